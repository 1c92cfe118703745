//! The page's first view, rendered into its HTML at build time (`src/bin/prerender.rs`), and the
//! app taking its place without a seam: the app is mounted beside it, hidden but laid out at the
//! same width, and replaces it in one frame once its figures and charts are drawn. Nothing moves
//! (the same components draw the same boxes), the scroll stays, and the focus goes to the same
//! element of the app.

use wasm_bindgen::JsCast;

/// The element that holds the first view (absent from the app's shell page, `shell.html`).
pub const FIRST_VIEW_ID: &str = "premier-rendu";
/// The element the app is mounted in.
pub const APP_ID: &str = "app";
/// The app's element's class while the first view is still shown.
const PENDING: &str = "app--pending";

/// The element to mount the app in: a new one at the end of the body, hidden while a first view
/// is shown. `None` only natively, or without a body.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let document = super::window()?.document()?;
    let body = document.body()?;
    let root = document.create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    root.set_id(APP_ID);
    if document.get_element_by_id(FIRST_VIEW_ID).is_some() {
        let _ = root.class_list().add_1(PENDING);
    }
    body.append_child(&root).ok()?;
    Some(root)
}

thread_local! {
    /// Whether the page mounted shows data, and whether it has it (`wait_for_data`, `take_over`).
    static WAITS_FOR_DATA: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static HAS_DATA: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Said by a page that shows data while it renders: the first view stays until it has them
/// ([`take_over`]).
pub fn wait_for_data() {
    WAITS_FOR_DATA.set(true);
}

/// The app is mounted: a page that waits for no data takes over (its route renders in the next
/// moments, and says whether it waits before the check runs).
pub fn mounted() {
    swap_soon();
}

/// The page has its data (or knows why it has none): it takes over.
pub fn take_over() {
    HAS_DATA.set(true);
    swap_soon();
}

/// Whether a first view is still shown in place of the app.
pub fn first_view_shown() -> bool {
    super::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(FIRST_VIEW_ID)).is_some()
}

/// Replaces the first view with the app two frames from now, if the page has what it shows: its
/// charts, measured at the next frame, are drawn by then.
fn swap_soon() {
    if !first_view_shown() {
        // Gone without the app: first-view.js removes a first view whose figures are not the
        // address's once the page is parsed, which may be after the app was mounted beside it
        // (hidden, pending): the app shows now, its loading state until it has the figures.
        reveal_app();
        return;
    }
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::request_animation_frame(|| {
            if !WAITS_FOR_DATA.get() || HAS_DATA.get() {
                swap();
            }
        })
    });
}

/// Shows the app mounted beside a first view that is no longer there.
fn reveal_app() {
    let app = super::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(APP_ID));
    if let Some(app) = app {
        let _ = app.class_list().remove_1(PENDING);
    }
}

/// In one task, so that no frame shows both or neither: the focus and scroll noted, the first
/// view removed, the app shown, the focus given to the app's element at the same place.
fn swap() {
    let Some(window) = super::window() else { return };
    let Some(document) = window.document() else { return };
    let (Some(first), Some(app)) = (document.get_element_by_id(FIRST_VIEW_ID), document.get_element_by_id(APP_ID))
    else {
        return;
    };
    let focused = document.active_element().filter(|e| first.contains(Some(e))).map(|e| path_in(&first, &e));
    let (x, y) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    first.remove();
    let _ = app.class_list().remove_1(PENDING);
    if let Some(target) = focused.and_then(|path| element_at(&app, &path))
        && let Ok(target) = target.dyn_into::<web_sys::HtmlElement>()
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
    if window.scroll_x().unwrap_or(0.0) != x || window.scroll_y().unwrap_or(0.0) != y {
        window.scroll_to_with_x_and_y(x, y);
    }
}

/// What only a first view has (its notices), which the app's page lacks.
const FIRST_VIEW_ONLY: &str = "data-first-view-only";

/// The children of `parent` that the app's page has too.
fn shared_children(parent: &web_sys::Element) -> Vec<web_sys::Element> {
    let children = parent.children();
    (0..children.length()).filter_map(|i| children.item(i)).filter(|c| !c.has_attribute(FIRST_VIEW_ONLY)).collect()
}

/// The positions of `element` and its ancestors among their parents' children, from `root` down.
fn path_in(root: &web_sys::Element, element: &web_sys::Element) -> Vec<usize> {
    let mut path = Vec::new();
    let mut node = element.clone();
    while &node != root {
        let Some(parent) = node.parent_element() else { break };
        path.push(shared_children(&parent).iter().position(|c| c == &node).unwrap_or(0));
        node = parent;
    }
    path.reverse();
    path
}

/// The element at `path` under `root`, if the app has one there.
fn element_at(root: &web_sys::Element, path: &[usize]) -> Option<web_sys::Element> {
    path.iter().try_fold(root.clone(), |node, &i| shared_children(&node).into_iter().nth(i))
}
