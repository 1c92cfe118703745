//! Renders each page's first view into its HTML file (run by `./dev build` after Trunk).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use beta_dashboard::web::prerender::{Prerender, loaded_of_compact, render};
    let text = std::fs::read_to_string("public/data/tableau-de-bord.json").expect("data");
    let loaded = loaded_of_compact(&text, "data/tableau-de-bord.json").expect("read");
    let today = beta_dashboard::data::Date::new(2026, 12, 5).unwrap();
    let url = std::env::args().nth(1).unwrap_or_else(|| "/".into());
    println!("{}", render(&url, Prerender { loaded, today }));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
