//! The ways to show the dashboard besides the explorer, pure: an embed (one block in an iframe
//! of a beta.gouv.fr page) and a presentation (slides on a big screen, with a time-lapse).
//! Their options come from the URL, like the explorer's filters.

pub mod embed;
pub mod presentation;
pub mod timelapse;

/// Reads a number of seconds from a query value (`"30"`, `"2.5"`), within `min..=max`.
fn seconds(raw: Option<&str>, min: f64, max: f64) -> Option<Result<f64, String>> {
    let raw = raw?.trim();
    if raw.is_empty() {
        return None;
    }
    Some(match raw.replace(',', ".").parse::<f64>() {
        Ok(value) if value.is_finite() && (min..=max).contains(&value) => Ok(value),
        _ => Err(raw.to_owned()),
    })
}
