#![recursion_limit = "512"]
//! beta-dashboard: the public data dashboard of beta.gouv.fr.
//!
//! - [`data`]: reading the published JSON into a domain model, and the figures computed from it;
//! - [`charts`]: the charts, drawn with plotters on any backend, and their data as tables;
//! - [`modes`]: the embed's and the presentation's options, slides and time-lapse frames;
//! - [`text`]: every French word the dashboard shows, and French number and date formats;
//! - [`audit`]: the RGAA audit grid, and the summary of it the accessibility statement shows;
//! - `web` (wasm32 only): the Leptos views that wire browser signals to the core.

// Unit tests sort with the standard library: natively, as an independent measure of the code
// they check (clippy.toml keeps the program itself to one sort, `data::order`).
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod audit;
pub mod charts;
pub mod data;
pub mod modes;
pub mod text;

pub mod web;
