//! The service worker that keeps the app and its last data for offline use.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::page::base_path;

/// Registers the service worker (`sw.js`, beside `index.html`, see its comments) that keeps the
/// app and its last data for offline use, for the whole app: its scope is the app's base path.
/// Done once the page has loaded, not to compete with it. A browser without service workers (or a
/// page not served over HTTPS, or a sandboxed iframe) just has no offline mode: a console warning
/// says so, and nothing else changes.
pub fn register_service_worker() {
    let Some(window) = super::window() else { return };
    let loaded = window.document().is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        spawn_registration();
        return;
    }
    // `load` fires once.
    let on_load = Closure::once_into_js(spawn_registration);
    let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

fn spawn_registration() {
    leptos::task::spawn_local(async {
        if let Err(error) = register_worker().await {
            web_sys::console::warn_2(&crate::text::OFFLINE_UNAVAILABLE.into(), &error);
        }
    });
}

async fn register_worker() -> Result<(), wasm_bindgen::JsValue> {
    use js_sys::Reflect;
    let navigator = super::window().ok_or("no window")?.navigator();
    // Through Reflect, which catches what the browser throws: reading `serviceWorker` throws in
    // a sandboxed iframe, and it is undefined where service workers are not offered.
    let container = Reflect::get(&navigator, &"serviceWorker".into())?;
    if container.is_undefined() {
        return Err("navigator.serviceWorker absent".into());
    }
    let register = Reflect::get(&container, &"register".into())?.dyn_into::<js_sys::Function>()?;
    let base = base_path();
    let options = js_sys::Object::new();
    Reflect::set(&options, &"scope".into(), &format!("{base}/").into())?;
    let promise = register.call2(&container, &format!("{base}/sw.js").into(), &options)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await?;
    Ok(())
}
