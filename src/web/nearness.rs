//! What is far from the screen can wait a frame. A block of the page (a chart, the services
//! list) shows a copy of its data that follows the data at once while the block is on screen or
//! within half a screen's height of it, and after the next paint while it is farther: an interaction
//! repaints what the visitor sees first, and the rest in the frame after.
//!
//! Nothing is skipped, only ordered: the far block is up to date one frame later, and at once
//! when it comes near.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};

use leptos::prelude::*;
use leptos::reactive::graph::{AnySource, AnySubscriber, ReactiveNode, Source, Subscriber, WithObserver};

use crate::web::browser::{OnScreen, after_paint, soon};

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
///
/// `source` is not read when it changes, only marked as changed ([`ChangeWatch`]): a far block's
/// data (a chart's aggregation, the list's rows) is computed after the paint too, not in the
/// interaction's own frame.
pub fn follow_when_near_or<T, U>(source: Signal<T>, near: ReadSignal<bool>, urgent: Signal<U>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    U: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = RwSignal::new(source.get_untracked());
    // Whether `source` changed since `shown` last followed it.
    let waiting = Arc::new(AtomicBool::new(false));
    let catch_up = {
        let waiting = waiting.clone();
        move || {
            if waiting.load(Ordering::Relaxed) {
                // Still waiting while it is read: reading a memo that recomputes tells its
                // watchers it changed, which is this very change.
                let value = source.try_get_untracked();
                waiting.store(false, Ordering::Relaxed);
                if let Some(value) = value {
                    shown.maybe_update(|shown| replace_if_changed(shown, value));
                }
            }
        }
    };
    let watch = {
        let (waiting, catch_up) = (waiting.clone(), catch_up.clone());
        ChangeWatch::new(move || {
            if !waiting.swap(true, Ordering::Relaxed) {
                let catch_up = catch_up.clone();
                // Once the change that marked it is over, in the same task.
                soon(move || {
                    if near.try_get_untracked() == Some(true) {
                        catch_up();
                    } else {
                        after_paint(catch_up);
                    }
                });
            }
        })
    };
    watch.follow(move || source.track());
    let watch = StoredValue::new(Some(watch));
    on_cleanup(move || watch.update_value(|w| *w = None));
    // The block's own controls, and coming near: shown at once.
    let at_once = catch_up.clone();
    Effect::new(move |before: Option<U>| {
        let now = urgent.get();
        if before.is_some_and(|before| before != now) {
            at_once();
        }
        now
    });
    Effect::new(move |_| {
        if near.get() {
            catch_up();
        }
    });
    shown.into()
}

/// Learns that a reactive value may have changed without computing it: subscribed to what a
/// function reads ([`ChangeWatch::follow`]), it calls `on_change` as soon as one of them is
/// marked as changed, where an effect would recompute every memo it reads to know whether it
/// changed. Stops when dropped.
struct ChangeWatch(Arc<WatchNode>);

struct WatchNode {
    on_change: Box<dyn Fn() + Send + Sync>,
    sources: Mutex<Vec<AnySource>>,
}

impl ChangeWatch {
    fn new(on_change: impl Fn() + Send + Sync + 'static) -> ChangeWatch {
        ChangeWatch(Arc::new(WatchNode { on_change: Box::new(on_change), sources: Mutex::new(Vec::new()) }))
    }

    fn subscriber(&self) -> AnySubscriber {
        let node: Weak<dyn Subscriber + Send + Sync> = Arc::downgrade(&self.0) as _;
        AnySubscriber(Arc::as_ptr(&self.0) as *const () as usize, node)
    }

    /// Watches what `read` reads (it is run once, now).
    fn follow(&self, read: impl FnOnce()) {
        self.subscriber().with_observer(read);
    }
}

impl Drop for ChangeWatch {
    fn drop(&mut self) {
        let subscriber = self.subscriber();
        self.0.clear_sources(&subscriber);
    }
}

impl ReactiveNode for WatchNode {
    fn mark_dirty(&self) {
        (self.on_change)();
    }

    fn mark_check(&self) {
        (self.on_change)();
    }

    fn mark_subscribers_check(&self) {}

    fn update_if_necessary(&self) -> bool {
        false
    }
}

impl Subscriber for WatchNode {
    fn add_source(&self, source: AnySource) {
        if let Ok(mut sources) = self.sources.lock() {
            sources.push(source);
        }
    }

    fn clear_sources(&self, subscriber: &AnySubscriber) {
        let sources = self.sources.lock().map(|mut s| std::mem::take(&mut *s)).unwrap_or_default();
        for source in sources {
            source.remove_subscriber(subscriber);
        }
    }
}

fn replace_if_changed<T: PartialEq>(shown: &mut T, value: T) -> bool {
    let changed = *shown != value;
    if changed {
        *shown = value;
    }
    changed
}
