//! The documents' module (`/bilan`, `/accessibilite`), built by Trunk from `public/documents.html`:
//! the bilan and the accessibility statement, not the explorer (`web::module::Module`).

#[cfg(target_arch = "wasm32")]
fn main() {
    beta_dashboard::web::start_documents();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the documents' module runs in the browser: `./dev build` builds it (see docs/development.md).");
}
