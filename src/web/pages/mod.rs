//! One view per route.

mod embed;
mod explorer;
mod not_found;
mod presentation;

pub use embed::Embed;
pub use explorer::Explorer;
pub use not_found::NotFound;
pub use presentation::Presentation;
