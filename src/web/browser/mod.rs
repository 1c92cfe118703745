//! The few things only the browser knows or does, by concern: today's date and timers, the page,
//! the iframe's messages, storage, the service worker, downloads, the clipboard, the crash screen,
//! element observers.
//!
//! The only module that calls the browser's window, its events and its timers (clippy.toml's
//! `disallowed-methods` sends every other module here).

#![allow(clippy::disallowed_methods)]

mod clipboard;
mod crash;
mod downloads;
mod first_view;
mod frames;
mod observers;
mod page;
mod service_worker;
mod storage;
mod time;

pub use clipboard::*;
pub use crash::*;
pub use downloads::*;
pub use first_view::*;
pub use frames::*;
pub use observers::*;
pub use page::*;
pub use service_worker::*;
pub use storage::*;
pub use time::*;

/// The browser's window; none when the app renders natively (each page's first view, written into
/// its HTML file at build time), where every browser call here does nothing.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") { web_sys::window() } else { None }
}

/// Listens to `event` on the window for as long as the calling component lives (natively: never).
pub fn on_window_event<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let handle = leptos::prelude::window_event_listener(event, handler);
    leptos::prelude::on_cleanup(move || handle.remove());
}
