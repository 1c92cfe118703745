//! One view per route.

mod accessibility;
mod bilan;
mod embed;
mod explorer;
mod not_found;
mod presentation;

pub use accessibility::Accessibility;
pub use bilan::Bilan;
pub use embed::Embed;
pub use explorer::Explorer;
pub use not_found::NotFound;
pub use presentation::Presentation;
