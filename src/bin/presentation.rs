//! The presentation's module (`/presentation`), built by Trunk from `public/presentation.html`:
//! the presentation, its slides and time-lapse only, not the explorer's pages (`web::app::Module`).

#[cfg(target_arch = "wasm32")]
fn main() {
    beta_dashboard::web::start_presentation();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the presentation's module runs in the browser: `./dev build` builds it (see docs/development.md).");
}
