//! The page's reader of published files: a web worker of its own module (`src/bin/reader.rs`),
//! started the first time a page reads published files (`?source=` a folder, or the live API).
//! The page sends it the files as fetched and gets back the compact file they make, or why they
//! make none ([`crate::data::read::transfer`]); the default view never loads it.

use std::cell::RefCell;
use std::collections::HashMap;

use futures::channel::oneshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::charts::labels::{COMPACT_LABEL_MAX, short_label};
use crate::data::read::transfer;
use crate::data::{LoadError, ReaderError, SourceTexts};

/// The worker's script, beside `index.html` (Trunk's loader of `reader.js` and `reader_bg.wasm`).
const SCRIPT: &str = "reader_loader.js";

// ---- In the worker ------------------------------------------------------------------------------

/// Runs in the worker: answers each request, after saying it is ready (messages sent before
/// its module is running would be lost).
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let message: js_sys::Array = event.data().unchecked_into();
        let head = message.get(0).as_string().unwrap_or_default();
        let texts = [1, 2, 3, 4].map(|i| message.get(i).as_string());
        let (head, compact) = transfer::answer(&head, texts, |title| short_label(title, COMPACT_LABEL_MAX));
        let _ = replies.post_message(&js_sys::Array::of2(&head.into(), &compact.into()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

// ---- In the page --------------------------------------------------------------------------------

type Answer = Result<String, LoadError>;

/// The running worker and the requests it has not answered.
struct Reader {
    worker: web_sys::Worker,
    ready: bool,
    /// Requests made before the worker was ready, sent when it is.
    waiting: Vec<js_sys::Array>,
    pending: HashMap<u32, oneshot::Sender<Answer>>,
    next_id: u32,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

/// The compact file the published `texts` make, read by the worker.
pub async fn compact_of(texts: &SourceTexts<'_>) -> Answer {
    let (sent, received) = oneshot::channel();
    let started = READER.with_borrow_mut(|reader| {
        if reader.is_none() {
            *reader = Some(start()?);
        }
        let Some(reader) = reader.as_mut() else { return Err(LoadError::Reader(ReaderError::Other(String::new()))) };
        let id = reader.next_id;
        reader.next_id = reader.next_id.wrapping_add(1);
        let (head, files) = transfer::request(id, texts);
        let message = js_sys::Array::of1(&head.into());
        for file in files {
            message.push(&file.map_or(JsValue::NULL, JsValue::from_str));
        }
        reader.pending.insert(id, sent);
        if reader.ready {
            post(&reader.worker, &message);
        } else {
            reader.waiting.push(message);
        }
        Ok(())
    });
    started?;
    received.await.unwrap_or_else(|_| Err(LoadError::Reader(ReaderError::Other(String::new()))))
}

fn post(worker: &web_sys::Worker, message: &js_sys::Array) {
    if let Err(error) = worker.post_message(message) {
        leptos::logging::error!("{}", LoadError::Reader(ReaderError::Other(describe(&error))));
    }
}

fn start() -> Result<Reader, LoadError> {
    let address = format!("{}/{SCRIPT}", super::browser::base_path());
    let worker = web_sys::Worker::new(&address).map_err(|e| LoadError::Reader(ReaderError::Other(describe(&e))))?;
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
        READER.with_borrow_mut(|reader| {
            let Some(reader) = reader.as_mut() else { return };
            if event.data().as_string().as_deref() == Some("ready") {
                reader.ready = true;
                for message in reader.waiting.drain(..) {
                    post(&reader.worker, &message);
                }
                return;
            }
            let message: js_sys::Array = event.data().unchecked_into();
            let head = message.get(0).as_string().unwrap_or_default();
            let compact = message.get(1).as_string().unwrap_or_default();
            let (id, answer) = match transfer::read_answer(&head) {
                Ok((id, None)) => (id, Ok(compact)),
                Ok((id, Some(error))) => (id, Err(error)),
                Err(error) => (0, Err(error)),
            };
            if let Some(sent) = reader.pending.remove(&id) {
                let _ = sent.send(answer);
            }
        });
    });
    // The worker could not start, or stopped (a trap): every request waiting fails, and the next
    // one starts a new worker.
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(|event: web_sys::ErrorEvent| {
        event.prevent_default();
        let error = match event.message() {
            message if message.is_empty() => LoadError::Reader(ReaderError::Stopped),
            message => LoadError::Reader(ReaderError::Other(message)),
        };
        leptos::logging::error!("{error}");
        if let Some(mut reader) = READER.with_borrow_mut(Option::take) {
            reader.worker.terminate();
            for (_, sent) in reader.pending.drain() {
                let _ = sent.send(Err(error.clone()));
            }
            // Dropped later: this very function belongs to it.
            super::browser::set_timeout(move || drop(reader), std::time::Duration::ZERO);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Reader {
        worker,
        ready: false,
        waiting: Vec::new(),
        pending: HashMap::new(),
        next_id: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn describe(error: &JsValue) -> String {
    error.as_string().or_else(|| js_sys::Error::from(error.clone()).message().as_string()).unwrap_or_default()
}
