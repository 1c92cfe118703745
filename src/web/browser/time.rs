//! Time: today, dates in headers, timers, the clock, animation frames.

use leptos::prelude::*;

use crate::data::Date;

/// Today in the visitor's time zone (natively: the day the first views are rendered for).
pub fn today() -> Date {
    if !cfg!(target_arch = "wasm32") {
        return RENDER_DAY.get();
    }
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8);
    // The browser's calendar only gives valid days; 1970-01-01 stands in if it ever did not.
    Date::new(year, month, day).unwrap_or_else(|| Date::first_of_january(1970))
}

/// The day of an HTTP date (`Thu, 20 Aug 2026 10:00:00 GMT`), in the visitor's time zone.
pub fn http_date(text: &str) -> Option<Date> {
    let millis = js_sys::Date::parse(text);
    if millis.is_nan() {
        return None;
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    Date::new(date.get_full_year() as i32, date.get_month() as u8 + 1, date.get_date() as u8)
}

/// A moment written in ISO 8601 (`2026-11-29T13:05:00.000Z`), in the visitor's time zone.
pub fn local_date_time(text: &str) -> Option<crate::data::DateTime> {
    let millis = js_sys::Date::parse(text);
    if millis.is_nan() {
        return None;
    }
    let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    let date = Date::new(moment.get_full_year() as i32, moment.get_month() as u8 + 1, moment.get_date() as u8)?;
    crate::data::DateTime::new(date, moment.get_hours() as u8, moment.get_minutes() as u8)
}

/// A flag that turns true after `millis` (e.g. to say that loading is slow).
pub fn flag_after(millis: u32) -> ReadSignal<bool> {
    let (flag, set_flag) = signal(false);
    if !cfg!(target_arch = "wasm32") {
        return flag;
    }
    // Setting a disposed signal is a no-op: no need to cancel the timer.
    set_timeout(move || _ = set_flag.try_set(true), std::time::Duration::from_millis(millis.into()));
    flag
}

/// Milliseconds since the page opened (a clock that never goes back).
pub fn now_millis() -> f64 {
    super::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The time of day, as hours and minutes (natively: midnight).
pub fn clock() -> (u8, u8) {
    if !cfg!(target_arch = "wasm32") {
        return (0, 0);
    }
    let now = js_sys::Date::new_0();
    (now.get_hours() as u8, now.get_minutes() as u8)
}

/// Runs a job (a chart's drawing) at most once per animation frame, with what is current when it
/// runs: at once when it has not run in the current frame, else once at the next frame, however
/// many times it was asked for meanwhile.
#[derive(Clone)]
pub struct OncePerFrame(std::rc::Rc<OncePerFrameState>);

struct OncePerFrameState {
    job: Box<dyn Fn()>,
    ran_this_frame: std::cell::Cell<bool>,
    asked_again: std::cell::Cell<bool>,
}

impl OncePerFrame {
    pub fn new(job: impl Fn() + 'static) -> OncePerFrame {
        OncePerFrame(std::rc::Rc::new(OncePerFrameState {
            job: Box::new(job),
            ran_this_frame: std::cell::Cell::new(false),
            asked_again: std::cell::Cell::new(false),
        }))
    }

    pub fn request(&self) {
        if self.0.ran_this_frame.get() {
            self.0.asked_again.set(true);
        } else {
            self.run();
        }
    }

    fn run(&self) {
        (self.0.job)();
        self.0.ran_this_frame.set(true);
        let this = self.clone();
        request_animation_frame(move || {
            this.0.ran_this_frame.set(false);
            if this.0.asked_again.replace(false) {
                this.run();
            }
        });
    }
}

/// Runs `job` once, after `delay`.
pub fn set_timeout(job: impl FnOnce() + 'static, delay: std::time::Duration) {
    leptos::prelude::set_timeout(job, delay);
}

/// Runs `job` once, after `delay`, unless the handle is cleared before.
pub fn set_timeout_with_handle(
    job: impl FnOnce() + 'static,
    delay: std::time::Duration,
) -> Result<TimeoutHandle, wasm_bindgen::JsValue> {
    leptos::prelude::set_timeout_with_handle(job, delay)
}

/// Runs `job` every `interval`, until the handle is cleared.
pub fn set_interval_with_handle(
    job: impl Fn() + 'static,
    interval: std::time::Duration,
) -> Result<IntervalHandle, wasm_bindgen::JsValue> {
    leptos::prelude::set_interval_with_handle(job, interval)
}

/// Runs `job` before the next frame is painted.
pub fn request_animation_frame(job: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(job);
}

/// Runs `job` soon, in the current task, once what runs now is over (a microtask; natively,
/// where effects do not run either, never).
pub fn soon(job: impl FnOnce() + 'static) {
    if cfg!(target_arch = "wasm32") {
        leptos::task::spawn_local(async move { job() });
    }
}

/// Runs `job` in a task after the next frame is painted.
pub fn after_paint(job: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(job, std::time::Duration::ZERO));
}

thread_local! {
    /// The day first views are rendered for, natively (`set_render_day`).
    static RENDER_DAY: std::cell::Cell<Date> = std::cell::Cell::new(Date::first_of_january(1970));
}

/// Natively: the day [`today`] answers, the day the first views are rendered for.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_render_day(day: Date) {
    RENDER_DAY.set(day);
}
