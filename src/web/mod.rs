//! The browser shell: Leptos components that wire signals to the pure core. Nothing here computes
//! a figure; it reads the URL, fetches the files, and shows what `crate::data` answers.

pub(crate) mod api;
pub mod app;
mod browser;
mod components;
mod derived;
pub mod module;
mod nearness;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod query;
pub mod reader;
mod theme;

/// Mounts the explorer's app on the page (its module's wasm entry point, `src/main.rs`).
pub fn start() {
    start_app(app::App);
}

/// Mounts the documents' app on the page (its module's wasm entry point, `src/bin/documents.rs`).
pub fn start_documents() {
    start_app(app::DocumentsApp);
}

/// Mounts the embeds' app on the page (its module's wasm entry point, `src/bin/embed.rs`).
pub fn start_embed() {
    start_app(app::EmbedApp);
}

/// Mounts the presentation's app on the page (its module's wasm entry point, `src/bin/presentation.rs`).
pub fn start_presentation() {
    start_app(app::PresentationApp);
}

/// Mounts `app`, the app of the page's module: the same boot, crash and take-over in every module.
fn start_app<V: leptos::prelude::IntoView + 'static>(app: fn() -> V) {
    // A bug (a panic) or a trap (out of memory) stops the app: the page says so, in French, with
    // "Réessayer", instead of a spinner that never ends.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash();
    }));
    browser::on_fatal_error();
    browser::remove_boot_message();
    // Beside the page's first view when it has one, which the app replaces once ready.
    let Some(root) = browser::app_root() else { return };
    leptos::mount::mount_to(root, app).forget();
    browser::mounted();
    // Offline use: the app and the last data it read stay in the browser.
    browser::register_service_worker();
}
