//! The few things only the browser knows or does, by concern: today's date and timers, the page,
//! the iframe's messages, storage, the service worker, downloads, the clipboard, the crash screen,
//! element observers.

mod clipboard;
mod crash;
mod downloads;
mod frames;
mod observers;
mod page;
mod service_worker;
mod storage;
mod time;

pub use clipboard::*;
pub use crash::*;
pub use downloads::*;
pub use frames::*;
pub use observers::*;
pub use page::*;
pub use service_worker::*;
pub use storage::*;
pub use time::*;
