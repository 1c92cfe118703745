//! What is far from the screen can wait a frame. A block of the page (a chart, the services
//! list) shows a copy of its data that follows the data at once while the block is on screen or
//! within half a screen's height of it, and after the next paint while it is farther: an interaction
//! repaints what the visitor sees first, and the rest in the frame after.
//!
//! Nothing is skipped, only ordered: the far block is up to date one frame later, and at once
//! when it comes near.

use leptos::prelude::*;

use crate::web::browser::{OnScreen, after_paint};

/// Whether an element is within half a screen's height of the viewport; true until the browser says
/// otherwise (a page's first render is not held back).
pub fn near_screen(element: NodeRef<leptos::html::Section>) -> ReadSignal<bool> {
    let near = RwSignal::new(true);
    let observer = StoredValue::new_local(None::<OnScreen>);
    element.on_load(move |element| {
        observer.set_value(OnScreen::watch(&element, "50% 0px", move |seen| _ = near.try_set(seen)));
    });
    near.read_only()
}

/// `source`, followed at once while `near`, after the next paint while not (and as soon as it
/// comes near). The copy is the price of the ordering: the block reads this one value.
pub fn follow_when_near<T>(source: Signal<T>, near: ReadSignal<bool>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    follow_when_near_or(source, near, Signal::stored(()))
}

/// As [`follow_when_near`], but at once too whenever `urgent` changes: the block's own controls
/// (the list's search, order and page) act on it at once, wherever it is.
pub fn follow_when_near_or<T, U>(source: Signal<T>, near: ReadSignal<bool>, urgent: Signal<U>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    U: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = RwSignal::new(source.get_untracked());
    let waiting = StoredValue::new(false);
    let catch_up = move || {
        if waiting.try_get_value() == Some(true) {
            waiting.set_value(false);
            if let Some(value) = source.try_get_untracked() {
                shown.maybe_update(|shown| replace_if_changed(shown, value));
            }
        }
    };
    Effect::new(move |before: Option<U>| {
        source.track();
        let now = urgent.get();
        let Some(before) = before else { return now };
        let already_waiting = waiting.get_value();
        waiting.set_value(true);
        if near.get_untracked() || before != now {
            catch_up();
        } else if !already_waiting {
            after_paint(catch_up);
        }
        now
    });
    // Coming near: shown at once.
    Effect::new(move |_| {
        if near.get() {
            catch_up();
        }
    });
    shown.into()
}

fn replace_if_changed<T: PartialEq>(shown: &mut T, value: T) -> bool {
    let changed = *shown != value;
    if changed {
        *shown = value;
    }
    changed
}
