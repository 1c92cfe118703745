//! Memory taken while reading the published files, measured by counting every allocation of this
//! test binary (one test only, so no other test allocates meanwhile).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use beta_dashboard::data::{FetchError, SourceTexts, load};

mod common;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::SeqCst) + bytes;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        grew(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most memory held at once while `f` runs, beyond what was held before.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = CURRENT.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let result = f();
    (result, PEAK.load(Ordering::SeqCst) - before)
}

#[test]
fn reading_a_file_holds_less_than_three_times_its_size_text_included() {
    let text = common::published_file("startups.json");
    let size = text.len();
    let absent = || Err(FetchError::Status(404));
    let (dataset, extra) = peak_during(|| {
        load(&SourceTexts {
            startups: Ok(&text),
            incubators: absent(),
            organisations: absent(),
            fast: absent(),
            today: common::today(),
        })
    });
    let services = dataset.unwrap().services.len();
    assert!(services > 600, "{services} services");
    // What a whole-document tree would take, for comparison (printed, not asserted).
    let (_tree, tree) = peak_during(|| serde_json::from_str::<serde_json::Value>(&text).unwrap());
    let ratio = (size + extra) as f64 / size as f64;
    println!(
        "startups.json: {size} bytes; peak while loading {extra} bytes beyond the text: {ratio:.2}× the file \
         (a whole-document tree alone would take {:.2}×)",
        (size + tree) as f64 / size as f64
    );
    assert!(ratio < 3.0, "loading holds {ratio:.2}× the file's size");

    // The compact file the page loads by default carries only what is shown, so the dataset read
    // from it takes about twice its text: the bound is on what reading takes beyond that.
    let text = common::read("public/data/tableau-de-bord.json");
    let before = CURRENT.load(Ordering::SeqCst);
    let (compact, extra) = peak_during(|| beta_dashboard::data::read::compact::read(&text));
    let kept = CURRENT.load(Ordering::SeqCst) - before;
    assert!(compact.is_ok());
    let size = text.len() as f64;
    let (ratio, result) = ((size + (extra - kept) as f64) / size, kept as f64 / size);
    println!(
        "tableau-de-bord.json: {size} bytes; text and reading {ratio:.2}× the file, plus the dataset kept \
         {result:.2}×"
    );
    assert!(ratio < 3.0, "reading the compact file holds {ratio:.2}× its size besides the dataset");
}
