//! The query of the page's address — the filters, the list's search, order and page, an embed's
//! options — as the pages read it: one signal, the state of the page.
//!
//! The explorer writes it straight into the history: a filter change keeps the route, only its
//! query changes, so there is nothing for the router to match, resolve or render. Back and
//! Forward, and the router's own navigations (a link to another page and back), are followed.

use leptos::prelude::*;
use leptos_router::location::{BrowserUrl, LocationProvider};
use leptos_router::params::ParamsMap;

/// The page's query, provided under the router.
#[derive(Clone, Copy)]
pub struct PageQuery(RwSignal<ParamsMap>);

impl PageQuery {
    /// Provides the page's query to the whole app; call it inside `<Router>`.
    pub fn provide() {
        // The router's navigations (links): after them the address is the router's.
        let location = leptos_router::hooks::use_location();
        // (Rendered natively, the address is the one the first view is rendered for.)
        let query =
            RwSignal::new(if cfg!(target_arch = "wasm32") { current() } else { location.query.get_untracked() });
        Effect::new(move |first: Option<()>| {
            location.search.track();
            location.pathname.track();
            if first.is_some() {
                query.set(location.query.get_untracked());
            }
        });
        // Back and Forward: the address is the browser's.
        super::browser::on_window_event(leptos::ev::popstate, move |_| query.set(current()));
        provide_context(PageQuery(query));
    }

    /// The page's query, as provided by [`PageQuery::provide`].
    pub fn get() -> PageQuery {
        // A bug only: the app provides it above every route.
        use_context::<PageQuery>().expect("PageQuery::provide is called in App")
    }

    /// The query as a signal.
    pub fn read(self) -> ReadSignal<ParamsMap> {
        self.0.read_only()
    }

    /// The query's parameters, in order (for writing a new query from the current one).
    pub fn pairs(self) -> Vec<(String, String)> {
        self.0.with_untracked(|q| q.latest_values().map(|(k, v)| (k.to_string(), v.to_owned())).collect())
    }

    /// Shows the page at `query` (`?a=1&b=2`, or empty), and writes it in the history as a new
    /// entry, or in place of the current one (`replace`). The page shows it first; the address
    /// follows once that is painted (writing the history takes a browser several milliseconds).
    pub fn go(self, query: &str, replace: bool) {
        let Some(window) = super::browser::window() else { return };
        let path = window.location().pathname().unwrap_or_default();
        let address = format!("{path}{query}");
        self.0.set(parse(query));
        PENDING.with_borrow_mut(|pending| {
            if pending.is_empty() {
                super::browser::after_paint(write_pending);
            }
            pending.push((address, replace));
        });
    }
}

thread_local! {
    /// Addresses shown but not yet written in the history, in order.
    static PENDING: std::cell::RefCell<Vec<(String, bool)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes the addresses shown since the last paint in the history, in order.
fn write_pending() {
    let pending = PENDING.with_borrow_mut(std::mem::take);
    let Some(history) = super::browser::window().and_then(|w| w.history().ok()) else { return };
    for (address, replace) in pending {
        let state = wasm_bindgen::JsValue::NULL;
        let written = if replace {
            history.replace_state_with_url(&state, "", Some(&address))
        } else {
            history.push_state_with_url(&state, "", Some(&address))
        };
        if let Err(error) = written {
            leptos::logging::warn!("{}", crate::text::console_line(&address, format!("{error:?}")));
        }
    }
}

/// The parameters of a query string (`?a=1&b=2`), as the router reads them.
fn parse(query: &str) -> ParamsMap {
    BrowserUrl::parse(&format!("/{query}")).map(|url| url.search_params().clone()).unwrap_or_default()
}

impl PageQuery {
    /// A click on a link to the explorer's start (the header's title), on the explorer itself:
    /// shows it without filters here, as the router would not (it did not see the filters come).
    pub fn home_click(self, event: &leptos::ev::MouseEvent) {
        if event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
            return;
        }
        let path = super::browser::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        if path.trim_end_matches('/') == super::browser::base_path() {
            event.prevent_default();
            self.go("", false);
        }
    }
}

/// The parameters of the window's address.
fn current() -> ParamsMap {
    BrowserUrl::current().map(|url| url.search_params().clone()).unwrap_or_default()
}
