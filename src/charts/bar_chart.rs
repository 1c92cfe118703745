//! One bar-chart engine for every chart of the dashboard: categories (incubators, years,
//! promotions) with one bar each, stacked by series (phases, phase groups), horizontal or vertical.
//!
//! [`BarChart::layout`] computes every box in device pixels — pure geometry, also used to place the
//! focusable overlays of the browser — and [`draw`] paints it on any plotters backend.

use crate::data::order;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::nice_ticks;
use super::keys::{CategoryKey, SeriesKey};
use super::labels::{chars_fitting, short_label, text_width};
use super::theme::{self, Palette, Rgb};
use super::units::ValueKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// One row per category, bars growing rightwards (long names).
    Horizontal,
    /// One column per category, bars growing upwards (years, promotions).
    Vertical,
}

/// A series: one colour, stacked in every bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub key: SeriesKey,
    pub label: String,
    pub color: Rgb,
}

/// A category: one bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub key: CategoryKey,
    /// The name written next to the bar (shortened further if it does not fit).
    pub label: String,
    /// The full name, for tooltips.
    pub full_label: String,
    /// One value per series.
    pub values: Vec<u64>,
    /// A note written at the end of the bar ("9 lauréats").
    pub note: Option<String>,
    /// What its tooltip says after its value, instead of the note ("236 services sur 662").
    pub detail: Option<String>,
    /// Drawn on a tinted band with a bold label (the selected year).
    pub highlighted: bool,
}

impl Category {
    pub fn total(&self) -> u64 {
        self.values.iter().fold(0, |sum, v| sum.saturating_add(*v))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub orientation: Orientation,
    pub series: Vec<Series>,
    pub categories: Vec<Category>,
    pub value_kind: ValueKind,
    /// Said in the chart when there is nothing to draw.
    pub empty_message: String,
}

/// A rectangle in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    fn corners(&self) -> [(i32, i32); 2] {
        [
            (self.x.round() as i32, self.y.round() as i32),
            ((self.x + self.w).round() as i32, (self.y + self.h).round() as i32),
        ]
    }

    /// The same rectangle in CSS pixels.
    pub fn scaled(&self, scale: f64) -> Rect {
        Rect { x: self.x / scale, y: self.y / scale, w: self.w / scale, h: self.h / scale }
    }
}

/// One stacked piece of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub category: usize,
    pub series: usize,
    pub value: u64,
    pub rect: Rect,
}

/// Where a label's point is, horizontally then vertically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Center,
    Bottom,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub pos: (Align, Baseline),
    pub bold: bool,
    pub size: f64,
}

/// The bars of a layout and their axis, placed by orientation.
struct Bars {
    plot: Rect,
    segments: Vec<Segment>,
    bands: Vec<Rect>,
    ticks: Vec<(u64, f64)>,
    /// The height below the plot: the axis' labels.
    axis: f64,
}

/// Everything [`draw`] paints, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub scale: f64,
    pub plot: Rect,
    pub segments: Vec<Segment>,
    /// One band per category: the whole row or column, for highlighting and hit-testing.
    pub bands: Vec<Rect>,
    pub labels: Vec<Label>,
    /// Grid lines: value and position along the value axis.
    pub ticks: Vec<(u64, f64)>,
    /// Legend swatches: series and swatch box.
    pub legend: Vec<(usize, Rect)>,
    pub empty: bool,
}

// Sizes in CSS pixels, multiplied by the device pixel ratio.
const FONT: f64 = 13.0;
const SMALL: f64 = 12.0;
const PAD: f64 = 8.0;
const ROW: f64 = 28.0;
const BAR: f64 = 18.0;
const SWATCH: f64 = 12.0;
const LEGEND_ROW: f64 = 22.0;
const AXIS: f64 = 24.0;
/// Below this width (CSS pixels), horizontal bars have their names on a line above them.
const NAMES_ABOVE_BELOW: f64 = 520.0;
const NAME_LINE: f64 = 18.0;
/// The least width a chart is laid out at (CSS pixels): a narrower box draws it smaller.
pub const LEAST_WIDTH: f64 = 200.0;
/// The tightest row of a horizontal chart in a box too short for its usual rows: the bar and a
/// little space (then the names line on narrow screens).
const TIGHT_ROW: f64 = BAR + 4.0;
/// The least height of a vertical chart's plot in a box (a slide) that gives it less than usual.
const LEAST_PLOT_IN_BOX: f64 = 100.0;
/// The longest name a horizontal chart widens its names' column for, in characters (then names
/// are shortened).
const LONGEST_NAME: usize = 40;
/// The space between two axis labels of a vertical chart, and the height of their lines.
const LABEL_GAP: f64 = 6.0;
const LABEL_LINE: f64 = 14.0;

impl BarChart {
    fn max_total(&self) -> u64 {
        self.categories.iter().map(Category::total).max().unwrap_or(0)
    }

    fn is_empty(&self) -> bool {
        self.max_total() == 0
    }

    /// Places everything for a chart `width_css` CSS pixels wide on a screen of `scale` device
    /// pixels per CSS pixel. The height follows from the content.
    pub fn layout(&self, width_css: f64, scale: f64) -> Layout {
        self.layout_in(width_css, None, scale)
    }

    /// As [`BarChart::layout`], in a box `height_css` high when given (a slide): vertical bars
    /// grow to fill it, never below their usual least height; horizontal rows spread out to fill
    /// it, up to half as tall again (fold them to fit first, [`crate::charts::ChartData::fitted`]).
    pub fn layout_in(&self, width_css: f64, height_css: Option<f64>, scale: f64) -> Layout {
        let s = scale.max(0.5);
        let width = (width_css.max(LEAST_WIDTH) * s).round();
        let mut labels = Vec::new();
        if self.is_empty() {
            // The message, in lines at word boundaries that fit the width, centred.
            let lines = wrap_words(&self.empty_message, chars_fitting(width - 2.0 * PAD * s, FONT * s));
            let line = 1.4 * FONT * s;
            let height = (120.0 * s).max(lines.len() as f64 * line + 2.0 * PAD * s).round();
            let first = height / 2.0 - (lines.len() as f64 - 1.0) * line / 2.0;
            for (i, text) in lines.into_iter().enumerate() {
                labels.push(Label {
                    text,
                    x: width / 2.0,
                    y: first + i as f64 * line,
                    pos: (Align::Center, Baseline::Center),
                    bold: false,
                    size: FONT * s,
                });
            }
            return Layout {
                width: width as u32,
                height: height as u32,
                scale: s,
                plot: Rect { x: 0.0, y: 0.0, w: width, h: height },
                segments: vec![],
                bands: vec![],
                labels,
                ticks: vec![],
                legend: vec![],
                empty: true,
            };
        }
        let (legend, legend_height) = self.legend_layout(width, s, &mut labels);
        let top = legend_height + if legend_height > 0.0 { PAD * s } else { PAD * s / 2.0 };
        let bars = match self.orientation {
            Orientation::Horizontal => self.horizontal(width, top, height_css.map(|h| h * s), s, &mut labels),
            Orientation::Vertical => self.vertical(width, top, height_css.map(|h| h * s), s, &mut labels),
        };
        let height = (bars.plot.y + bars.plot.h + bars.axis).round();
        Layout {
            width: width as u32,
            height: height as u32,
            scale: s,
            plot: bars.plot,
            segments: bars.segments,
            bands: bars.bands,
            labels,
            ticks: bars.ticks,
            legend,
            empty: false,
        }
    }

    /// Legend swatches flowing in lines; only when there is more than one series.
    fn legend_layout(&self, width: f64, s: f64, labels: &mut Vec<Label>) -> (Vec<(usize, Rect)>, f64) {
        if self.series.len() < 2 {
            return (vec![], 0.0);
        }
        let mut legend = Vec::new();
        let (mut x, mut y) = (0.0, 0.0);
        for (i, series) in self.series.iter().enumerate() {
            // A name too long for a line of its own is written smaller, never cut.
            let room = width - SWATCH * s - 6.0 * s;
            let size = FONT * s * (room / text_width(&series.label, FONT * s)).min(1.0);
            let item = SWATCH * s + 6.0 * s + text_width(&series.label, size) + 16.0 * s;
            if x > 0.0 && x + item > width {
                x = 0.0;
                y += LEGEND_ROW * s;
            }
            let swatch = Rect { x, y: y + (LEGEND_ROW - SWATCH) * s / 2.0, w: SWATCH * s, h: SWATCH * s };
            legend.push((i, swatch));
            labels.push(Label {
                text: series.label.clone(),
                x: x + SWATCH * s + 6.0 * s,
                y: y + LEGEND_ROW * s / 2.0,
                pos: (Align::Left, Baseline::Center),
                bold: false,
                size,
            });
            x += item;
        }
        (legend, y + LEGEND_ROW * s)
    }

    /// Horizontal bars, one row each, the rows spread out to fill `height` (device pixels, the
    /// whole chart's) when given, up to half as tall again as usual.
    fn horizontal(&self, width: f64, top: f64, height: Option<f64>, s: f64, labels: &mut Vec<Label>) -> Bars {
        // Names beside the bars, in a column of a third of the width or so, wider for names that
        // would be cut in it, shortened to it. On narrow screens, or when shortening them would
        // make two alike ("Accessibilité… conforme"), each name gets its own line above its bar,
        // the whole width long; there a name too long for the width takes two lines, cut between
        // words, when shortening would make two alike.
        let alike = |names: &[Vec<String>]| names.iter().collect::<std::collections::HashSet<_>>().len() < names.len();
        let shortened = |max_chars: usize| -> Vec<Vec<String>> {
            self.categories.iter().map(|c| vec![short_label(&c.label, max_chars)]).collect()
        };
        let beside_width = {
            let usual = (width * 0.36).clamp(90.0 * s, 290.0 * s);
            let widest = self
                .categories
                .iter()
                .map(|c| text_width(&short_label(&c.label, LONGEST_NAME), FONT * s))
                .fold(0.0, f64::max);
            usual.max((widest + PAD * s).min(width * 0.45))
        };
        let beside = shortened(chars_fitting(beside_width - PAD * s, FONT * s));
        let names_above = width / s < NAMES_ABOVE_BELOW || alike(&beside);
        let label_width = if names_above { 0.0 } else { beside_width };
        let zero = text_width(&self.value_kind.format_tick(0), SMALL * s) / 2.0;
        let names: Vec<Vec<String>> = if names_above {
            let max_chars = chars_fitting(width - (6.0 * s).max(zero) - PAD * s, FONT * s);
            let one_line = shortened(max_chars);
            if alike(&one_line) {
                self.categories.iter().map(|c| name_lines(&c.label, max_chars)).collect()
            } else {
                one_line
            }
        } else {
            beside
        };
        let name_lines_count = if names_above { names.iter().map(Vec::len).max().unwrap_or(1) } else { 0 };
        let name_line = NAME_LINE * s * name_lines_count as f64;
        let natural_row = ROW * s + name_line;
        let rows = self.categories.len() as f64;
        // In a box, rows spread out up to half as tall again, or close up to the tightest.
        let row = height.map_or(natural_row, |h| {
            ((h - top - AXIS * s) / rows.max(1.0)).clamp(TIGHT_ROW * s + name_line, 1.5 * natural_row)
        });
        // A row's content keeps its usual height, centred in the row.
        let inset = (row - natural_row) / 2.0;
        let note_width = self
            .categories
            .iter()
            .filter_map(|c| c.note.as_deref())
            .map(|n| text_width(n, SMALL * s))
            .fold(0.0, f64::max)
            .min(width * 0.45);
        // A small inset keeps the "0" of the axis inside the canvas.
        let plot_x = if names_above { (6.0 * s).max(zero) } else { label_width.max(zero) };
        let plot_w = (width - plot_x - note_width - 2.0 * PAD * s).max(40.0 * s);
        let plot = Rect { x: plot_x, y: top, w: plot_w, h: rows * row };
        let ticks_values = nice_ticks(self.max_total(), (plot_w / (70.0 * s)).clamp(3.0, 8.0) as usize);
        let top_value = *ticks_values.last().unwrap_or(&1) as f64;
        let to_x = |v: f64| plot.x + v / top_value * plot.w;

        let mut segments = Vec::new();
        let mut bands = Vec::new();
        for ((c, category), name) in self.categories.iter().enumerate().zip(names) {
            let band_y = top + c as f64 * row;
            bands.push(Rect { x: 0.0, y: band_y, w: width, h: row });
            let row_y = band_y + inset;
            let bar_y = row_y + name_line + (ROW - BAR) * s / 2.0;
            let mut acc = 0.0;
            for (i, &value) in category.values.iter().enumerate() {
                if value == 0 {
                    continue;
                }
                let (x0, x1) = (to_x(acc), to_x(acc + value as f64));
                segments.push(Segment {
                    category: c,
                    series: i,
                    value,
                    rect: Rect { x: x0, y: bar_y, w: x1 - x0, h: BAR * s },
                });
                acc += value as f64;
            }
            // Its lines, the last just above its bar.
            let count = name.len();
            for (line, text) in name.into_iter().enumerate() {
                let (x, y, pos) = if names_above {
                    // Right of the axis line, which runs the plot's height: no letter is crossed.
                    let above = (count - 1 - line) as f64 * NAME_LINE * s;
                    (plot_x + PAD * s / 2.0, row_y + name_line - above - 2.0 * s, (Align::Left, Baseline::Bottom))
                } else {
                    (label_width - PAD * s, row_y + ROW * s / 2.0, (Align::Right, Baseline::Center))
                };
                labels.push(Label { text, x, y, pos, bold: category.highlighted, size: FONT * s });
            }
            if let Some(note) = &category.note {
                labels.push(Label {
                    text: note.clone(),
                    x: to_x(acc) + PAD * s / 2.0,
                    y: bar_y + BAR * s / 2.0,
                    pos: (Align::Left, Baseline::Center),
                    bold: false,
                    size: SMALL * s,
                });
            }
        }
        let ticks: Vec<(u64, f64)> = ticks_values.iter().map(|&v| (v, to_x(v as f64))).collect();
        for &(value, x) in &ticks {
            labels.push(Label {
                text: self.value_kind.format_tick(value),
                x,
                y: plot.y + plot.h + 4.0 * s,
                pos: (Align::Center, Baseline::Top),
                bold: false,
                size: SMALL * s,
            });
        }
        Bars { plot, segments, bands, ticks, axis: AXIS * s }
    }

    /// Vertical bars, their plot `(width × 0.45)` high within bounds, or filling `height` (device
    /// pixels, the whole chart's) when given, down to a least plot.
    ///
    /// Every bar has its name below it, on one line, or on two when that lets them all fit ("FAST"
    /// over "12"); when even that does not fit, one bar in two (or three…) is named, counting back
    /// from the last (today's), the highlighted one always: a regular thinning the table completes.
    fn vertical(&self, width: f64, top: f64, height: Option<f64>, s: f64, labels: &mut Vec<Label>) -> Bars {
        let note_room = if self.categories.iter().any(|c| c.note.is_some()) { 16.0 * s } else { 0.0 };
        let plot_height = |axis: f64| match height {
            Some(height) => (height - top - note_room - axis).floor().max(LEAST_PLOT_IN_BOX * s),
            None => (width * 0.45).clamp(180.0 * s, 320.0 * s),
        };
        let place = |plot_h: f64| {
            let ticks = nice_ticks(self.max_total(), (plot_h / (50.0 * s)).clamp(2.0, 6.0) as usize);
            let axis_width =
                ticks.iter().map(|&v| text_width(&self.value_kind.format_tick(v), SMALL * s)).fold(0.0, f64::max)
                    + PAD * s;
            let plot =
                Rect { x: axis_width, y: top + note_room, w: (width - axis_width - PAD * s).max(40.0 * s), h: plot_h };
            (ticks, plot)
        };
        let names = VerticalNames::of(&self.categories, SMALL * s, LABEL_GAP * s);
        let (mut ticks_values, mut plot) = place(plot_height(AXIS * s));
        let mut slot = plot.w / self.categories.len().max(1) as f64;
        let mut lines = names.lines(slot);
        if lines == 2 {
            // A second line of names takes its height from the plot; if the bars then no longer
            // leave the names room, one line it is.
            (ticks_values, plot) = place(plot_height((AXIS + LABEL_LINE) * s));
            slot = plot.w / self.categories.len().max(1) as f64;
            lines = names.lines(slot);
            if lines != 2 {
                (ticks_values, plot) = place(plot_height(AXIS * s));
                slot = plot.w / self.categories.len().max(1) as f64;
                lines = 1;
            }
        }
        let stride = if lines == 0 { ((names.one_line + LABEL_GAP * s) / slot).ceil().max(1.0) as usize } else { 1 };
        let top_value = *ticks_values.last().unwrap_or(&1) as f64;
        let to_y = |v: f64| plot.y + plot.h - v / top_value * plot.h;
        let bar_w = (slot * 0.7).min(64.0 * s);
        let last = self.categories.len().saturating_sub(1);
        let highlighted = self.categories.iter().position(|c| c.highlighted);

        let mut segments = Vec::new();
        let mut bands = Vec::new();
        for (c, category) in self.categories.iter().enumerate() {
            let slot_x = plot.x + c as f64 * slot;
            bands.push(Rect { x: slot_x, y: top, w: slot, h: plot.y + plot.h - top });
            let bar_x = slot_x + (slot - bar_w) / 2.0;
            let mut acc = 0.0;
            for (i, &value) in category.values.iter().enumerate() {
                if value == 0 {
                    continue;
                }
                let (y1, y0) = (to_y(acc), to_y(acc + value as f64));
                segments.push(Segment {
                    category: c,
                    series: i,
                    value,
                    rect: Rect { x: bar_x, y: y0, w: bar_w, h: y1 - y0 },
                });
                acc += value as f64;
            }
            // Every stride-th name back from the last, and the highlighted one, whose neighbours
            // then give way.
            let near_highlight = highlighted.is_some_and(|h| h != c && h.abs_diff(c) < stride);
            let shown = category.highlighted || ((last - c).is_multiple_of(stride) && !near_highlight);
            if shown {
                let text_lines = if lines == 2 { two_lines(&category.label) } else { vec![category.label.clone()] };
                for (line, text) in text_lines.into_iter().enumerate() {
                    // Centred under its bar, but never past the canvas' edge (the last, on a phone).
                    let half = text_width(&text, SMALL * s) / 2.0;
                    let x = (slot_x + slot / 2.0).min(width - half).max(half);
                    labels.push(Label {
                        text,
                        x,
                        y: plot.y + plot.h + 4.0 * s + line as f64 * LABEL_LINE * s,
                        pos: (Align::Center, Baseline::Top),
                        bold: category.highlighted,
                        size: SMALL * s,
                    });
                }
            }
            if let Some(note) = &category.note
                && text_width(note, SMALL * s) <= slot
            {
                labels.push(Label {
                    text: note.clone(),
                    x: slot_x + slot / 2.0,
                    y: to_y(acc) - 3.0 * s,
                    pos: (Align::Center, Baseline::Bottom),
                    bold: false,
                    size: SMALL * s,
                });
            }
        }
        let ticks: Vec<(u64, f64)> = ticks_values.iter().map(|&v| (v, to_y(v as f64))).collect();
        for &(value, y) in &ticks {
            labels.push(Label {
                text: self.value_kind.format_tick(value),
                x: plot.x - PAD * s / 2.0,
                y,
                pos: (Align::Right, Baseline::Center),
                bold: false,
                size: SMALL * s,
            });
        }
        let axis = if lines == 2 { (AXIS + LABEL_LINE) * s } else { AXIS * s };
        Bars { plot, segments, bands, ticks, axis }
    }
}

/// The widths of a vertical chart's names, on one line and on two.
struct VerticalNames {
    /// The widest name on one line, with the space between two.
    one_line: f64,
    /// The widest line of the names each cut in two at a space, when all have one.
    two_lines: Option<f64>,
    gap: f64,
}

impl VerticalNames {
    fn of(categories: &[Category], size: f64, gap: f64) -> VerticalNames {
        let one_line = categories.iter().map(|c| text_width(&c.label, size)).fold(0.0, f64::max);
        let two_lines = categories
            .iter()
            .map(|c| {
                let lines = two_lines(&c.label);
                (lines.len() == 2).then(|| lines.iter().map(|l| text_width(l, size)).fold(0.0, f64::max))
            })
            .try_fold(0.0, |widest: f64, width| width.map(|w| widest.max(w)));
        VerticalNames { one_line, two_lines, gap }
    }

    /// On how many lines every name fits a slot `slot` wide: 1, 2, or 0 when none does.
    fn lines(&self, slot: f64) -> usize {
        if self.one_line + self.gap <= slot {
            1
        } else if self.two_lines.is_some_and(|w| w + self.gap <= slot) {
            2
        } else {
            0
        }
    }
}

/// A bar's name above it, in lines of at most `max` characters cut between words: up to three, the
/// last shortened if it must (keeping its last words, which tell the names apart).
fn name_lines(label: &str, max: usize) -> Vec<String> {
    const MOST: usize = 3;
    let bare = crate::text::without_article(label);
    let mut lines = wrap_words(&bare, max);
    if lines.len() == 1 || lines.iter().take(MOST - 1).any(|l| l.chars().count() > max) {
        return vec![short_label(label, max)];
    }
    if lines.len() > MOST {
        let rest = lines.split_off(MOST - 1).join(" ");
        lines.push(super::labels::middle_truncate(&rest, max));
    }
    if let Some(last) = lines.last_mut() {
        *last = super::labels::middle_truncate(last, max);
    }
    lines
}

/// `text` in lines of at most `max` characters, cut at spaces (a word longer than a line has one
/// of its own).
fn wrap_words(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// A name cut in two lines at the space that makes its longer line shortest ("FAST 12" → "FAST",
/// "12"); one line when it has no space.
fn two_lines(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split(' ').collect();
    (1..words.len())
        .map(|cut| (words[..cut].join(" "), words[cut..].join(" ")))
        .min_by_key(|(a, b)| a.chars().count().max(b.chars().count()))
        .map_or_else(|| vec![text.to_owned()], |(a, b)| vec![a, b])
}

/// Paints a chart laid out by [`BarChart::layout`] on `root` (which must be `layout.width` ×
/// `layout.height`) in the colours of `palette`. The background is left as it is: the page's
/// shows through (a canvas is cleared when sized), and downloads fill it first.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    chart: &BarChart,
    layout: &Layout,
    palette: Palette,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = layout.scale;
    for (band, category) in layout.bands.iter().zip(&chart.categories) {
        if category.highlighted {
            root.draw(&Rectangle::new(band.corners(), palette.highlight().to_plotters().filled()))?;
        }
    }
    // Lines are thin filled boxes: a canvas fills a box far faster than it strokes a path.
    let grid = palette.grid().to_plotters().filled();
    let axis = palette.axis().to_plotters().filled();
    let p = layout.plot;
    let axis_width = (s.round() as i32).max(1);
    let line_at = |at: f64, width: i32| {
        let start = at.round() as i32 - width / 2;
        match chart.orientation {
            Orientation::Horizontal => [(start, p.y as i32), (start + width, (p.y + p.h) as i32)],
            Orientation::Vertical => [(p.x as i32, start), ((p.x + p.w) as i32, start + width)],
        }
    };
    for &(value, at) in &layout.ticks {
        if value != 0 {
            root.draw(&Rectangle::new(line_at(at, 1), grid))?;
        }
    }
    // Each piece is filled within an edge of the background two CSS pixels wide, which keeps
    // stacked pieces visibly apart: neighbours in the stacking order also contrast 3:1 (the
    // palette alternates dark and light), but a phase absent from a bar brings together two that
    // may not. (Filling less costs a canvas far less than stroking an edge around each piece.)
    let edge = ((2.0 * s).round() as i32).max(2);
    let (inset_start, inset_end) = (edge / 2, edge - edge / 2);
    // A piece thinner than its edges is still drawn, a CSS pixel thick: a value is never invisible
    // (2 services of 662 are a bar of 1.7 px).
    let thinnest = (s.round() as i32).max(1);
    for segment in &layout.segments {
        let [(x0, y0), (x1, y1)] = segment.rect.corners();
        let mut inner = [(x0 + inset_start, y0 + inset_start), (x1 - inset_end, y1 - inset_end)];
        inner[1].0 = inner[1].0.max(inner[0].0 + thinnest);
        inner[1].1 = inner[1].1.max(inner[0].1 + thinnest);
        let color = palette.fill(chart.series[segment.series].color).to_plotters();
        root.draw(&Rectangle::new(inner, color.filled()))?;
    }
    // The zero line last, unbroken by the bars' white edges.
    if let Some(&(_, at)) = layout.ticks.iter().find(|(value, _)| *value == 0) {
        root.draw(&Rectangle::new(line_at(at, axis_width), axis))?;
    }
    for &(series, swatch) in &layout.legend {
        root.draw(&Rectangle::new(swatch.corners(), palette.fill(chart.series[series].color).to_plotters().filled()))?;
    }
    let text_color = palette.text().to_plotters();
    // Grouped by font: a canvas parses and resolves its font again at every change (names and
    // notes alternate between two sizes), which cost more than all the rest of a chart's drawing.
    let mut labels: Vec<&Label> = layout.labels.iter().collect();
    order::sort_by(&mut labels, |a, b| a.bold.cmp(&b.bold).then(a.size.total_cmp(&b.size)));
    for label in labels {
        let weight = if label.bold { FontStyle::Bold } else { FontStyle::Normal };
        let h = match label.pos.0 {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let v = match label.pos.1 {
            Baseline::Top => VPos::Top,
            Baseline::Center => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        let style = TextStyle::from((theme::FONT_FAMILY, label.size).into_font().style(weight))
            .color(&text_color)
            .pos(Pos::new(h, v));
        root.draw(&Text::new(label.text.clone(), (label.x.round() as i32, label.y.round() as i32), style))?;
    }
    root.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Phase;

    fn chart(orientation: Orientation) -> BarChart {
        BarChart {
            orientation,
            series: vec![
                Series {
                    key: SeriesKey::Phase(Phase::Construction),
                    label: "Construction".into(),
                    color: Rgb(0, 0, 145),
                },
                Series { key: SeriesKey::Phase(Phase::Abandon), label: "Abandon".into(), color: Rgb(102, 102, 102) },
            ],
            categories: vec![
                Category {
                    key: CategoryKey::Year(2020),
                    label: "Incubateur X".into(),
                    full_label: "L'Incubateur X".into(),
                    values: vec![3, 1],
                    note: Some("4".into()),
                    detail: None,
                    highlighted: false,
                },
                Category {
                    key: CategoryKey::Year(2021),
                    label: "Incubateur Y".into(),
                    full_label: "Incubateur Y".into(),
                    values: vec![0, 2],
                    note: None,
                    detail: None,
                    highlighted: true,
                },
            ],
            value_kind: ValueKind::Count,
            empty_message: "Aucun service".into(),
        }
    }

    #[test]
    fn horizontal_segments_are_proportional_and_stacked() {
        let layout = chart(Orientation::Horizontal).layout(600.0, 1.0);
        assert_eq!(layout.segments.len(), 3, "zero values have no segment");
        let (a, b) = (&layout.segments[0].rect, &layout.segments[1].rect);
        assert!((a.w - 3.0 * b.w).abs() < 1.0, "3 vs 1: {a:?} {b:?}");
        assert!((a.x + a.w - b.x).abs() < 0.01, "stacked end to start");
        assert!(layout.segments.iter().all(|s| s.rect.x + s.rect.w <= layout.width as f64));
        assert_eq!(layout.bands.len(), 2);
    }

    #[test]
    fn hidpi_layout_is_the_css_layout_scaled() {
        let one = chart(Orientation::Vertical).layout(500.0, 1.0);
        let two = chart(Orientation::Vertical).layout(500.0, 2.0);
        assert_eq!(two.width, 2 * one.width);
        assert!((two.height as f64 - 2.0 * one.height as f64).abs() <= 1.0);
        let (r1, r2) = (one.segments[0].rect, two.segments[0].rect.scaled(2.0));
        assert!((r1.x - r2.x).abs() < 0.5 && (r1.h - r2.h).abs() < 0.5);
    }

    #[test]
    fn an_empty_chart_says_so() {
        let mut empty = chart(Orientation::Horizontal);
        empty.categories.clear();
        let layout = empty.layout(400.0, 1.0);
        assert!(layout.empty);
        assert_eq!(layout.labels[0].text, "Aucun service");
    }

    #[test]
    fn bars_fill_the_height_they_are_given_closing_up_to_a_least_size() {
        let vertical = chart(Orientation::Vertical);
        let natural = vertical.layout(900.0, 2.0);
        for height in [500.0, 731.0] {
            let filled = vertical.layout_in(900.0, Some(height), 2.0);
            assert!((f64::from(filled.height) - height * 2.0).abs() <= 2.0, "{} for {height}", filled.height);
            assert!(filled.plot.h > natural.plot.h);
        }
        // In a short box the plot closes up, never below its least height.
        let short = vertical.layout_in(900.0, Some(180.0), 2.0);
        assert!((f64::from(short.height) - 360.0).abs() <= 2.0 && short.plot.h < natural.plot.h, "{}", short.height);
        assert_eq!(vertical.layout_in(900.0, Some(50.0), 2.0).plot.h, LEAST_PLOT_IN_BOX * 2.0);
        // Horizontal rows spread out to fill the height, up to half as tall again.
        let horizontal = chart(Orientation::Horizontal);
        let natural = horizontal.layout(900.0, 1.0);
        let a_little_more = f64::from(natural.height) + 10.0;
        assert!((f64::from(horizontal.layout_in(900.0, Some(a_little_more), 1.0).height) - a_little_more).abs() <= 1.0);
        let spread = horizontal.layout_in(900.0, Some(2000.0), 1.0);
        assert!((spread.plot.h - 1.5 * natural.plot.h).abs() < 0.01, "{} vs {}", spread.plot.h, natural.plot.h);
        assert_eq!(spread.segments.len(), natural.segments.len());
        for (a, b) in spread.segments.iter().zip(&natural.segments) {
            assert_eq!((a.rect.h, a.rect.w), (b.rect.h, b.rect.w), "bars keep their thickness and length");
        }
        // …and close up in a short box, bars and all, down to the tightest rows.
        let tight = horizontal.layout_in(900.0, Some(f64::from(natural.height) - 6.0), 1.0);
        assert!(f64::from(tight.height) < f64::from(natural.height) && tight.plot.h < natural.plot.h);
        for (a, b) in tight.segments.iter().zip(&natural.segments) {
            assert_eq!((a.rect.h, a.rect.w), (b.rect.h, b.rect.w), "bars keep their thickness and length");
        }
        let tightest = horizontal.layout_in(900.0, Some(10.0), 1.0);
        assert!((tightest.plot.h - 2.0 * TIGHT_ROW).abs() < 0.01, "{}", tightest.plot.h);
    }

    #[test]
    fn vertical_labels_thin_out_when_they_do_not_fit() {
        let mut many = chart(Orientation::Vertical);
        many.categories = (2013..=2026)
            .map(|y| Category {
                key: CategoryKey::Year(y),
                label: y.to_string(),
                full_label: y.to_string(),
                values: vec![y as u64 - 2000, 1],
                note: None,
                detail: None,
                highlighted: y == 2020,
            })
            .collect();
        let narrow = many.layout(320.0, 1.0);
        let wide = many.layout(1200.0, 1.0);
        let years = |l: &Layout| l.labels.iter().filter(|l| l.text.len() == 4 && l.text.starts_with("20")).count();
        assert_eq!(years(&wide), 14);
        assert!(years(&narrow) < 14 && years(&narrow) >= 4);
        assert!(narrow.labels.iter().any(|l| l.text == "2020" && l.bold), "the highlighted year is always labelled");
        let mut years_shown: Vec<&Label> =
            narrow.labels.iter().filter(|l| l.text.len() == 4 && l.text.starts_with("20")).collect();
        years_shown.sort_by(|a, b| a.x.total_cmp(&b.x));
        for pair in years_shown.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let half = |l: &Label| text_width(&l.text, l.size) / 2.0;
            assert!(a.x + half(a) <= b.x - half(b), "{} and {} overlap", a.text, b.text);
        }
    }
}
