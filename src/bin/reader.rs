//! The reader of beta.gouv.fr's published files, run by the page as a web worker for
//! `?source=` a folder or the live API (see `src/web/reader.rs`): the page's own module does not
//! carry this code, and a 4 MB file is read off the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    beta_dashboard::web::reader::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("reader runs as a web worker of the dashboard: `./dev serve` builds it (see README.md).");
}
