//! The ways to show the dashboard besides the explorer, pure: an embed (one block in an iframe
//! of a beta.gouv.fr page) and a presentation (slides on a big screen, with a time-lapse).
//! Their options come from the URL, like the explorer's filters.

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

pub mod bilan;
pub mod blocks;
pub mod colours;
pub mod embed;
pub mod presentation;
pub mod timelapse;

/// A query value that is not a number of seconds within the bounds (the page then ignores it
/// and says so, in `text::ignored_option`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondsError {
    /// The value as written, trimmed.
    pub raw: String,
}

/// Reads a number of seconds from a query value (`"30"`, `"2.5"`, `"2,5"`), within `min..=max`:
/// `Ok(None)` when there is none (absent or blank).
fn seconds(raw: Option<&str>, min: f64, max: f64) -> Result<Option<f64>, SecondsError> {
    let Some(raw) = raw.map(str::trim).filter(|raw| !raw.is_empty()) else {
        return Ok(None);
    };
    match raw.replace(',', ".").parse::<f64>() {
        Ok(value) if value.is_finite() && (min..=max).contains(&value) => Ok(Some(value)),
        _ => Err(SecondsError { raw: raw.to_owned() }),
    }
}

/// The one of `all` whose `slug` is `written` (in a URL: spaces around and case ignored).
fn by_slug<T: Copy>(all: impl IntoIterator<Item = T>, slug: fn(T) -> &'static str, written: &str) -> Option<T> {
    let written = written.trim().to_lowercase();
    all.into_iter().find(|item| slug(*item) == written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_absent_valid_or_an_error_keeping_the_text() {
        assert_eq!(seconds(None, 1.0, 60.0), Ok(None));
        assert_eq!(seconds(Some("  "), 1.0, 60.0), Ok(None));
        assert_eq!(seconds(Some(" 30 "), 1.0, 60.0), Ok(Some(30.0)));
        assert_eq!(seconds(Some("2,5"), 1.0, 60.0), Ok(Some(2.5)));
        assert_eq!(seconds(Some(" 61 "), 1.0, 60.0), Err(SecondsError { raw: "61".into() }));
        assert_eq!(seconds(Some("vite"), 1.0, 60.0), Err(SecondsError { raw: "vite".into() }));
        assert_eq!(seconds(Some("NaN"), 1.0, 60.0), Err(SecondsError { raw: "NaN".into() }));
    }
}
