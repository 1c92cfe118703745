//! The few things only the browser knows: today's date, timers, the boot message.

use leptos::prelude::*;

use crate::data::Date;

/// Today in the visitor's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8);
    // The browser's calendar only gives valid days; 1970-01-01 stands in if it ever did not.
    Date::new(year, month, day).unwrap_or_else(|| Date::first_of_january(1970))
}

/// Removes the static "Chargement…" line of index.html once the app runs.
pub fn remove_boot_message() {
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
}

/// A flag that turns true after `millis` (e.g. to say that loading is slow).
pub fn flag_after(millis: u32) -> ReadSignal<bool> {
    let (flag, set_flag) = signal(false);
    // Setting a disposed signal is a no-op: no need to cancel the timer.
    set_timeout(move || _ = set_flag.try_set(true), std::time::Duration::from_millis(millis.into()));
    flag
}
