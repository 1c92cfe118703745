//! The pieces over a chart's canvas, one per bar piece, kept in step with the chart's targets by
//! key: a piece still there keeps its element (and so its focus), and only what changed in it is
//! written; a new piece gets one, a gone one loses it. Their events are listened to once, on the
//! group that holds them ([`piece_of_event`]), not on each piece.
//!
//! A piece is a button when clicking it acts (the explorer's charts), one tab stop for the chart,
//! the arrows moving between them; otherwise it is an image named by its value, which a screen
//! reader reads and a pointer hovers, but no tab stop (RGAA 7.1: no control that does nothing; its
//! values are in the chart's summary and table).

use std::collections::HashMap;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::charts::{PieceKey, Target, css_px};

/// The attribute that holds a button's piece index.
const INDEX: &str = "data-i";

/// A button on the page, with what was last written in it.
struct Shown {
    button: HtmlElement,
    index: usize,
    rect: [String; 4],
    label: String,
    /// Whether it is the chart's tab stop (`tabindex="0"`, the others `-1`).
    tab_stop: bool,
}

/// The piece buttons of one chart.
pub struct PieceButtons {
    group: Element,
    /// The chart's id: button `i` is `{chart}-piece-{i}`.
    chart: &'static str,
    /// Whether clicking a piece acts: buttons, else images.
    actionable: bool,
    /// The id of the hint saying what a click does, if any.
    hint: Option<String>,
    shown: Vec<(PieceKey, Shown)>,
    /// The piece that is the chart's tab stop.
    active: usize,
}

impl PieceButtons {
    pub fn new(group: Element, chart: &'static str, actionable: bool, hint: Option<String>) -> PieceButtons {
        PieceButtons { group, chart, actionable, hint, shown: Vec::new(), active: 0 }
    }

    /// Shows `targets`, in their order. The tab stop stays on its piece, or when it is gone goes to
    /// the piece at `active`; so does the focus. Returns the tab stop's index.
    pub fn update(&mut self, targets: &[Target], active: usize) -> usize {
        let document = self.group.owner_document();
        let had_focus =
            document.as_ref().and_then(|d| d.active_element()).is_some_and(|e| self.group.contains(Some(&e)));
        let mut old: HashMap<PieceKey, Shown> = self.shown.drain(..).collect();
        let mut next = Vec::with_capacity(targets.len());
        for (index, target) in targets.iter().enumerate() {
            let rect = [css_px(target.rect.x), css_px(target.rect.y), css_px(target.rect.w), css_px(target.rect.h)];
            let shown = match old.remove(&target.key) {
                Some(mut shown) => {
                    if shown.index != index {
                        self.number(&shown.button, index);
                        shown.index = index;
                    }
                    if shown.rect != rect {
                        place(&shown.button, &rect, Some(&shown.rect));
                        shown.rect = rect;
                    }
                    if shown.label != target.label {
                        let _ = shown.button.set_attribute("aria-label", &target.label);
                        shown.label.clone_from(&target.label);
                    }
                    shown
                }
                None => {
                    let Some(button) = self.button(document.as_ref(), index, &rect, &target.label) else { continue };
                    Shown { button, index, rect, label: target.label.clone(), tab_stop: false }
                }
            };
            next.push((target.key.clone(), shown));
        }
        for gone in old.values() {
            gone.button.remove();
        }
        // In the order of the pieces, moving only the buttons out of place.
        let mut cursor = self.group.first_element_child();
        for (_, shown) in &next {
            let button: &Element = shown.button.as_ref();
            if cursor.as_ref() == Some(button) {
                cursor = button.next_element_sibling();
            } else {
                let _ = self.group.insert_before(button, cursor.as_ref().map(|c| c.as_ref()));
            }
        }
        // The tab stop stays on its piece while the piece is there (writing `tabindex` on a button
        // in the page makes the browser restyle it at once), else goes to the piece at its place.
        let kept = next.iter().position(|(_, shown)| shown.tab_stop);
        self.shown = next;
        self.active = kept.unwrap_or_else(|| active.min(self.shown.len().saturating_sub(1)));
        for (i, (_, shown)) in self.shown.iter_mut().enumerate() {
            tab_stop(shown, self.actionable && i == self.active);
        }
        let lost_focus = !document.and_then(|d| d.active_element()).is_some_and(|e| self.group.contains(Some(&e)));
        if had_focus && lost_focus {
            self.focus(self.active);
        }
        self.active
    }

    /// Makes piece `index` (or the last) the chart's one tab stop.
    pub fn set_active(&mut self, index: usize) {
        let index = index.min(self.shown.len().saturating_sub(1));
        let moves = if index == self.active { vec![(index, true)] } else { vec![(self.active, false), (index, true)] };
        for (i, on) in moves {
            if let Some((_, shown)) = self.shown.get_mut(i).filter(|_| self.actionable) {
                tab_stop(shown, on);
            }
        }
        self.active = index;
    }

    pub fn focus(&self, index: usize) {
        if let Some((_, shown)) = self.shown.get(index) {
            let _ = shown.button.focus();
        }
    }

    fn button(
        &self,
        document: Option<&web_sys::Document>,
        index: usize,
        rect: &[String; 4],
        label: &str,
    ) -> Option<HtmlElement> {
        let button = if self.actionable {
            let button = document?.create_element("button").ok()?.dyn_into::<HtmlElement>().ok()?;
            let _ = button.set_attribute("type", "button");
            button
        } else {
            let image = document?.create_element("span").ok()?.dyn_into::<HtmlElement>().ok()?;
            let _ = image.set_attribute("role", "img");
            image
        };
        button.set_class_name("chart__hit");
        self.number(&button, index);
        if self.actionable {
            let _ = button.set_attribute("tabindex", "-1");
        }
        let _ = button.set_attribute("aria-label", label);
        if let Some(hint) = self.hint.as_ref().filter(|_| self.actionable) {
            let _ = button.set_attribute("aria-describedby", hint);
        }
        place(&button, rect, None);
        Some(button)
    }

    fn number(&self, button: &HtmlElement, index: usize) {
        button.set_id(&format!("{}-piece-{index}", self.chart));
        let _ = button.set_attribute(INDEX, &index.to_string());
    }
}

fn tab_stop(shown: &mut Shown, on: bool) {
    if shown.tab_stop != on {
        let _ = shown.button.set_attribute("tabindex", if on { "0" } else { "-1" });
        shown.tab_stop = on;
    }
}

/// Writes a button's box through the CSSOM (a strict CSP forbids `style` attributes), only the
/// sides that changed.
fn place(button: &HtmlElement, rect: &[String; 4], before: Option<&[String; 4]>) {
    let style = button.style();
    for (i, property) in ["left", "top", "width", "height"].into_iter().enumerate() {
        if before.is_none_or(|b| b[i] != rect[i]) {
            let _ = style.set_property(property, &rect[i]);
        }
    }
}

/// The index of the piece button an event happened on, if it did on one.
pub fn piece_of_event(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.class_list().contains("chart__hit").then(|| target.get_attribute(INDEX)?.parse().ok()).flatten()
}
