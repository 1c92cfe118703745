//! The embeds' module (`/embed/<bloc>`), built by Trunk from `public/embed.html`: the embed page
//! and its blocks only, not the explorer's pages (`web::app::Module`).

#[cfg(target_arch = "wasm32")]
fn main() {
    beta_dashboard::web::start_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the embeds' module runs in the browser: `./dev build` builds it (see docs/development.md).");
}
