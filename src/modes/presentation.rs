//! The presentation (`/presentation`): full-screen slides for a big screen, driven by a
//! keyboard or a presenter's clicker, optionally advancing by themselves and re-reading the data.
//!
//! `diapos=chiffres,incubateurs,fast,evolution,ministeres,transparence,historique` picks and orders the
//! slides (each block of the explorer is one, named as its embed), `auto=N`
//! advances every N seconds (and loops), `rafraichir=N` re-reads the data every N seconds, and
//! `vitesse=X` plays the time-lapse X times as fast.

use crate::data::Published;
use crate::modes::blocks::Block;

pub const PARAM_SLIDES: &str = "diapos";
pub const PARAM_AUTO: &str = "auto";
pub const PARAM_REFRESH: &str = "rafraichir";
pub const PARAM_SPEED: &str = "vitesse";

/// Bounds of `auto` and `rafraichir`, in seconds.
pub const AUTO_SECONDS: (f64, f64) = (2.0, 3600.0);
pub const REFRESH_SECONDS: (f64, f64) = (2.0, 86_400.0);
/// Bounds of `vitesse` (1 = one year every [`super::timelapse::YEAR_MILLIS`]).
pub const SPEED: (f64, f64) = (0.1, 20.0);

/// A slide: a block of the dashboard (each is one, named as its embed), or the time-lapse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Block(Block),
    TimeLapse,
}

impl Slide {
    /// Every presentable block, in the explorer's order, then the time-lapse.
    pub const ALL: [Slide; Block::ALL.len() + 1] = {
        let mut all = [Slide::TimeLapse; Block::ALL.len() + 1];
        let mut i = 0;
        while i < Block::ALL.len() {
            all[i] = Slide::Block(Block::ALL[i]);
            i += 1;
        }
        all
    };

    /// Its name in `diapos=`: its block's slug, or `historique`.
    pub fn slug(self) -> &'static str {
        match self {
            Slide::Block(block) => block.slug(),
            Slide::TimeLapse => "historique",
        }
    }

    /// The slide named `slug` in `diapos=` (spaces around and case ignored).
    pub fn from_slug(slug: &str) -> Option<Slide> {
        super::by_slug(Slide::ALL, Slide::slug, slug)
    }

    /// Its title, as its heading gives it.
    pub fn title(self) -> &'static str {
        match self {
            Slide::Block(block) => block.title(),
            Slide::TimeLapse => crate::text::TIMELAPSE_TITLE,
        }
    }

    /// Whether the data holds what it shows (see [`Block::shown_with`]).
    pub fn shown_with(self, published: Published) -> bool {
        match self {
            Slide::Block(block) => block.shown_with(published),
            Slide::TimeLapse => true,
        }
    }
}

/// What the presentation's URL asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct PresentationOptions {
    /// Never empty: all slides when none is named (or none is known).
    pub slides: Vec<Slide>,
    /// Seconds between slides, when they advance by themselves.
    pub auto: Option<f64>,
    /// Seconds between two readings of the data.
    pub refresh: Option<f64>,
    /// How fast the time-lapse plays (1 = normal).
    pub speed: f64,
    /// Values that were not understood, `(parameter, value)`.
    pub ignored: Vec<(&'static str, String)>,
}

impl PresentationOptions {
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> PresentationOptions {
        let mut ignored = Vec::new();
        let mut slides = Vec::new();
        for name in get(PARAM_SLIDES).unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match Slide::from_slug(name) {
                Some(slide) if !slides.contains(&slide) => slides.push(slide),
                Some(_) => {}
                None => ignored.push((PARAM_SLIDES, name.to_owned())),
            }
        }
        if slides.is_empty() {
            slides = Slide::ALL.to_vec();
        }
        let mut number =
            |param: &'static str, (min, max): (f64, f64)| match super::seconds(get(param).as_deref(), min, max) {
                Ok(value) => value,
                Err(error) => {
                    ignored.push((param, error.raw));
                    None
                }
            };
        let auto = number(PARAM_AUTO, AUTO_SECONDS);
        let refresh = number(PARAM_REFRESH, REFRESH_SECONDS);
        let speed = number(PARAM_SPEED, SPEED).unwrap_or(1.0);
        PresentationOptions { slides, auto, refresh, speed, ignored }
    }
}

/// What a key (or a presenter's clicker, which sends keys) asks the presentation to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    FullScreen,
    Pause,
}

impl Command {
    /// The command of a `KeyboardEvent.key`, if any.
    /// `letters`: whether the one-letter shortcuts (F, P) are on. A visitor can turn them off
    /// (WCAG 2.1.4, RGAA 12.10): a speech-input user's words would otherwise fire them.
    pub fn of_key(key: &str, letters: bool) -> Option<Command> {
        match key {
            "ArrowRight" | " " | "Spacebar" | "PageDown" => Some(Command::Next),
            "ArrowLeft" | "PageUp" => Some(Command::Previous),
            "Home" => Some(Command::First),
            "End" => Some(Command::Last),
            "f" | "F" if letters => Some(Command::FullScreen),
            "p" | "P" if letters => Some(Command::Pause),
            _ => None,
        }
    }
}

/// The slide shown after `command` on slide `current` of `count`: next and previous loop round.
pub fn step(current: usize, count: usize, command: Command) -> usize {
    if count == 0 {
        return 0;
    }
    match command {
        Command::Next => (current + 1) % count,
        Command::Previous => (current + count - 1) % count,
        Command::First => 0,
        Command::Last => count - 1,
        Command::FullScreen | Command::Pause => current.min(count - 1),
    }
}

/// How much larger than the explorer at the default text size a slide draws its charts on a window
/// `width` CSS pixels wide, with the browser's text at `text_zoom` (2 at 200 %): twice at 1920 px,
/// so that a chart's smallest text (12 px) is 24 px, never less than the text size asks; and that
/// much more when the text is larger (canvas text grows with the page's).
pub fn zoom(width: f64, text_zoom: f64) -> f64 {
    let text_zoom = if text_zoom.is_finite() { text_zoom.clamp(1.0, 3.0) } else { 1.0 };
    (width / 960.0).clamp(1.0, 3.0) * text_zoom
}

/// The share of a small screen's height a chart's box takes at least (see [`chart_least_height`]).
const SMALL_SCREEN_CHART: f64 = 0.75;

/// Whether a window `width` × `height` CSS pixels with the text at `text_zoom` is small for a
/// slide (a phone, a short landscape screen, or large text): narrower than 48 or shorter than 30
/// lines of text. There a slide cannot fit the screen at a readable size: the page scrolls.
pub fn small_screen(width: f64, height: f64, text_zoom: f64) -> bool {
    let em = 16.0 * if text_zoom.is_finite() { text_zoom.max(1.0) } else { 1.0 };
    width / em < 48.0 || height / em < 30.0
}

/// The height, in CSS pixels, under which a slide's chart box is never made on a window `height`
/// high: on a small screen, where the page scrolls anyway, three quarters of the screen, so that a
/// chart shows most of its bars rather than the fewest that fit what is left beside its head;
/// elsewhere nothing (the chart fits what the slide leaves it).
pub fn chart_least_height(width: f64, height: f64, text_zoom: f64) -> f64 {
    if small_screen(width, height, text_zoom) { SMALL_SCREEN_CHART * height } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(query: &[(&str, &str)]) -> PresentationOptions {
        PresentationOptions::from_query(|key| query.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn without_options_every_slide_shows_once_by_hand() {
        let o = options(&[]);
        assert_eq!(o.slides, Slide::ALL.to_vec());
        assert_eq!((o.auto, o.refresh, o.speed), (None, None, 1.0));
    }

    #[test]
    fn slides_are_picked_and_ordered_and_unknown_names_listed() {
        let o = options(&[("diapos", "fast, chiffres,carte,fast")]);
        assert_eq!(o.slides, vec![Slide::Block(Block::Funding), Slide::Block(Block::KeyFigures)]);
        assert_eq!(o.ignored, vec![(PARAM_SLIDES, "carte".to_owned())]);
        assert_eq!(options(&[("diapos", "carte")]).slides, Slide::ALL.to_vec(), "never an empty show");
    }

    #[test]
    fn durations_are_bounded_and_odd_ones_listed() {
        let o = options(&[("auto", "15"), ("rafraichir", "60"), ("vitesse", "2,5")]);
        assert_eq!((o.auto, o.refresh, o.speed), (Some(15.0), Some(60.0), 2.5));
        let odd = options(&[("auto", "0"), ("rafraichir", "-1"), ("vitesse", "vite")]);
        assert_eq!((odd.auto, odd.refresh, odd.speed), (None, None, 1.0));
        assert_eq!(odd.ignored.len(), 3);
        assert_eq!(options(&[("auto", "NaN")]).auto, None);
    }

    #[test]
    fn clicker_keys_move_between_slides_and_loop() {
        let key = |k: &str| Command::of_key(k, true).unwrap();
        assert_eq!(step(0, 4, key("ArrowRight")), 1);
        assert_eq!(step(0, 4, key(" ")), 1);
        assert_eq!(step(3, 4, key("PageDown")), 0, "after the last comes the first");
        assert_eq!(step(0, 4, key("PageUp")), 3);
        assert_eq!(step(2, 4, key("ArrowLeft")), 1);
        assert_eq!(step(2, 4, key("Home")), 0);
        assert_eq!(step(0, 4, key("End")), 3);
        assert_eq!(step(2, 4, key("f")), 2);
        assert_eq!(Command::of_key("P", true), Some(Command::Pause));
        assert_eq!(Command::of_key("x", true), None);
        assert_eq!(step(5, 0, Command::Next), 0);
    }

    #[test]
    fn letter_shortcuts_can_be_turned_off_and_the_clicker_keys_stay() {
        for letter in ["f", "F", "p", "P"] {
            assert!(Command::of_key(letter, true).is_some(), "{letter} on");
            assert_eq!(Command::of_key(letter, false), None, "{letter} off");
        }
        for key in ["ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Home", "End", " "] {
            assert_eq!(Command::of_key(key, false), Command::of_key(key, true), "{key}");
            assert!(Command::of_key(key, false).is_some(), "{key}");
        }
    }

    #[test]
    fn a_full_hd_screen_doubles_the_charts() {
        assert_eq!(zoom(1920.0, 1.0), 2.0);
        assert_eq!(zoom(375.0, 1.0), 1.0);
    }

    #[test]
    fn on_a_small_screen_a_chart_takes_most_of_its_height_elsewhere_what_is_left() {
        for (width, height, text) in
            [(320.0, 256.0, 1.0), (375.0, 800.0, 1.0), (800.0, 360.0, 1.0), (1280.0, 800.0, 2.0)]
        {
            assert!(small_screen(width, height, text), "{width}×{height} at {text}");
            assert_eq!(chart_least_height(width, height, text), 0.75 * height);
        }
        for (width, height) in [(1024.0, 600.0), (1280.0, 720.0), (1920.0, 1080.0)] {
            assert!(!small_screen(width, height, 1.0), "{width}×{height}");
            assert_eq!(chart_least_height(width, height, 1.0), 0.0);
        }
    }

    #[test]
    fn slide_charts_grow_with_the_text_size() {
        assert_eq!(zoom(1280.0, 2.0), 2.0 * zoom(1280.0, 1.0));
        assert_eq!(zoom(375.0, 2.0), 2.0);
        assert_eq!(zoom(1920.0, f64::NAN), 2.0);
    }

    #[test]
    fn every_presentable_block_is_a_slide_named_as_its_embed() {
        let slides: Vec<Block> = Slide::ALL
            .into_iter()
            .filter_map(|s| match s {
                Slide::Block(block) => Some(block),
                Slide::TimeLapse => None,
            })
            .collect();
        assert!(crate::modes::blocks::missing(&Block::ALL, &slides, |b| !b.presentable()).is_empty());
        for block in Block::ALL {
            let slide = Slide::from_slug(block.slug());
            assert_eq!(slide, Some(Slide::Block(block)), "{} has no slide", block.slug());
            assert_eq!(slide.map(Slide::title), Some(block.title()));
        }
        assert_eq!(Slide::ALL.last(), Some(&Slide::TimeLapse));
    }
}
