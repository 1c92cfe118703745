//! The browser entry point, built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    beta_dashboard::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("beta-dashboard runs in the browser: `./dev serve` builds and serves it (see README.md).");
}
