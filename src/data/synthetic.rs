//! Synthetic data for benchmarks: beta.gouv.fr's published files made `n` times larger, by
//! copying every service (and its FAST award) under new ids. Every figure is then `n` times the
//! real one, which the benchmarks and the size tests rely on.

use serde_json::Value;

/// `startups.json` and `fast.json` with each service present `n` times: the original, then
/// copies `id~2` … `id~n` (named "Name (2)" …). `n` of 0 or 1 gives the files as they are.
/// Fails when the text is not JSON.
pub fn scale_published(startups: &str, fast: Option<&str>, n: usize) -> serde_json::Result<(String, Option<String>)> {
    let mut startups: Value = serde_json::from_str(startups)?;
    if let Some(Value::Array(records)) = startups.get_mut("data") {
        *records = replicate(records, n, |record, copy| {
            if let Some(Value::String(id)) = record.get_mut("id") {
                *id = format!("{id}~{copy}");
            }
            if let Some(Value::String(name)) = record.pointer_mut("/attributes/name") {
                *name = format!("{name} ({copy})");
            }
        });
    }
    let fast = match fast {
        Some(text) => {
            let mut fast: Value = serde_json::from_str(text)?;
            if let Some(Value::Array(awards)) = fast.get_mut("awards") {
                *awards = replicate(awards, n, |award, copy| {
                    if let Some(Value::String(id)) = award.get_mut("startup") {
                        *id = format!("{id}~{copy}");
                    }
                });
            }
            Some(serde_json::to_string(&fast)?)
        }
        None => None,
    };
    Ok((serde_json::to_string(&startups)?, fast))
}

fn replicate(items: &[Value], n: usize, rename: impl Fn(&mut Value, usize)) -> Vec<Value> {
    let mut out = items.to_vec();
    for copy in 2..=n {
        out.extend(items.iter().map(|item| {
            let mut item = item.clone();
            rename(&mut item, copy);
            item
        }));
    }
    out
}
