//! One view per route.

mod explorer;
mod not_found;

pub use explorer::Explorer;
pub use not_found::NotFound;
