#![recursion_limit = "512"]
//! beta-dashboard: the public data dashboard of beta.gouv.fr.
//!
//! - [`data`]: reading the published JSON into a domain model, and the figures computed from it;
//! - [`charts`]: the charts, drawn with plotters on any backend, and their data as tables;
//! - [`modes`]: the embed's and the presentation's options, slides and time-lapse frames;
//! - [`text`]: every French word the dashboard shows, and French number and date formats;
//! - `web` (wasm32 only): the Leptos views that wire browser signals to the core.

pub mod charts;
pub mod data;
pub mod modes;
pub mod text;

pub mod web;
