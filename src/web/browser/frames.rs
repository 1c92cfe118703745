//! Messages with the page that holds this one in an iframe: its height, its theme.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::modes::embed::HostTheme;

/// Tells the page that holds this one in an iframe how tall it is:
/// `{type: "beta-dashboard:resize", height, id}`. Does nothing outside an iframe.
pub fn post_height(height: f64, id: Option<&str>) {
    let Some(window) = super::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let set = |key: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    };
    set("type", crate::modes::embed::RESIZE_MESSAGE.into());
    set("height", height.ceil().into());
    set("id", id.map_or(wasm_bindgen::JsValue::NULL, Into::into));
    // Any host may embed the dashboard; the message only says a height.
    let _ = parent.post_message(&message, "*");
}

/// Applies a resize message from one of this page's iframes (the "Intégrer" preview) to it.
pub fn on_resize_messages() {
    super::on_window_event(leptos::ev::message, |event: web_sys::MessageEvent| {
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        if field("type").and_then(|t| t.as_string()).as_deref() != Some(crate::modes::embed::RESIZE_MESSAGE) {
            return;
        }
        let Some(height) = field("height").and_then(|h| h.as_f64()).filter(|h| *h > 0.0 && *h < 100_000.0) else {
            return;
        };
        let Some(document) = super::window().and_then(|w| w.document()) else { return };
        let frames = document.get_elements_by_tag_name("iframe");
        for i in 0..frames.length() {
            let Some(frame) = frames.item(i).and_then(|f| f.dyn_into::<web_sys::HtmlIFrameElement>().ok()) else {
                continue;
            };
            let same = match (frame.content_window(), event.source()) {
                (Some(window), Some(source)) => {
                    wasm_bindgen::JsValue::from(window) == wasm_bindgen::JsValue::from(source)
                }
                _ => false,
            };
            if same {
                let _ = web_sys::HtmlElement::style(&frame).set_property("height", &format!("{}px", height.ceil()));
                // As `integration.js` does: the preview of `theme=auto` takes this page's theme.
                if let Some(source) = frame.content_window() {
                    post_theme(&source, page_theme());
                }
            }
        }
    })
}

/// This page's theme as the DSFR marks it on the root element.
fn page_theme() -> HostTheme {
    let root = super::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let attribute = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name));
    HostTheme::of_page(attribute("data-fr-theme").as_deref(), attribute("data-fr-scheme").as_deref())
}

/// Posts `{type: "beta-dashboard:theme", theme}` to an embed of this dashboard (same origin).
fn post_theme(frame: &web_sys::Window, theme: HostTheme) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &crate::modes::embed::THEME_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"theme".into(), &theme.value().into());
    let origin = super::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let _ = frame.post_message(&message, &origin);
}

/// The theme the page that holds this one in an iframe relays (`integration.js`): `None` until
/// it sends one. Only messages from the parent window, of the theme type and a known value, count.
/// One that came before the app ran is on the root (`data-host-theme`, from `first-view.js`).
pub fn host_theme() -> ReadSignal<Option<HostTheme>> {
    let before = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-host-theme"));
    let theme = RwSignal::new(HostTheme::from_message(Some(crate::modes::embed::THEME_MESSAGE), before.as_deref()));
    let in_frame =
        super::window().and_then(|w| Some((w.parent().ok().flatten()?, w))).filter(|(parent, window)| parent != window);
    if let Some((parent, _)) = in_frame {
        let parent = wasm_bindgen::JsValue::from(parent);
        super::on_window_event(leptos::ev::message, move |event: web_sys::MessageEvent| {
            if event.source().map(wasm_bindgen::JsValue::from).as_ref() != Some(&parent) {
                return;
            }
            let data = event.data();
            let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok().and_then(|v| v.as_string());
            if let Some(relayed) = HostTheme::from_message(field("type").as_deref(), field("theme").as_deref())
                && theme.get_untracked() != Some(relayed)
            {
                theme.set(Some(relayed));
            }
        });
    }
    theme.read_only()
}
