//! `./dev build`'s last step: writes each page's first view into its HTML file under `dist/`
//! (`src/web/prerender.rs`), from Trunk's page and the data file the build ships.
//!
//!   prerender [dist]     (default `dist`; PRERENDER_DAY=YYYY-MM-DD renders for another day)
//!
//! Each route's file is rendered from its module's page (`Module::template`): the explorer's
//! Trunk page is kept as `shell.html` (the app alone: the page of every other address), and read
//! from there when the first views are rendered again (`./dev prerender`, after `./dev data`
//! refreshed the data in place); the embeds' is `embed.html` (the page of an embed without a
//! first view, `/embed/<unknown>`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use std::path::Path;

    use beta_dashboard::data::{DEFAULT_COMPACT, Date};
    use beta_dashboard::web::module::Module;
    use beta_dashboard::web::prerender::{Prerender, loads_module, page, routes, stylesheet};

    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let dist = Path::new(&dist);
    let shell = dist.join("shell.html");
    if !shell.exists() {
        std::fs::copy(dist.join("index.html"), &shell).map_err(|e| format!("{}: {e}", shell.display()))?;
    }
    let mut templates = Vec::new();
    for module in Module::ALL {
        let file = dist.join(module.template());
        let template = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        if !loads_module(&template, module) {
            return Err(format!("{}: does not load the {} module's wasm", file.display(), module.bin()));
        }
        templates.push((module, template));
    }
    let data = dist.join(DEFAULT_COMPACT);
    let text = std::fs::read_to_string(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    let today = match std::env::var("PRERENDER_DAY") {
        Ok(day) => day.parse::<Date>().map_err(|_| format!("PRERENDER_DAY={day} is not a YYYY-MM-DD date"))?,
        Err(_) => {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_err(|e| e.to_string())?;
            Date::in_paris_of_unix_seconds(now.as_secs())
        }
    };
    let prerender =
        Prerender::of_compact(&text, DEFAULT_COMPACT, today).map_err(|e| format!("{}: {e}", data.display()))?;
    let mut pages = Vec::new();
    for route in routes() {
        let template = templates.iter().find(|(m, _)| *m == route.module).map(|(_, t)| t.as_str()).unwrap_or_default();
        let html = page(template, &route, &prerender).map_err(|e| e.to_string())?;
        pages.push((dist.join(route.file()), html));
    }
    // The charts' boxes and colours, for every page, in one file named by its content.
    let css = stylesheet();
    let name = format!("first-view-{:016x}.css", {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        css.hash(&mut hasher);
        hasher.finish()
    });
    std::fs::write(dist.join(&name), &css).map_err(|e| format!("{name}: {e}"))?;
    // Beside the page's other stylesheets, before its scripts and preloads: requested with them, it
    // does not wait behind the app's code for bandwidth (measured at the phone profile: the first
    // view showed at ~0.65 s instead of ~1.4 s on a busy machine, the app ready as before).
    let link = format!("<link href=\"{name}\" rel=stylesheet>");
    for (file, html) in pages {
        let html = with_stylesheet(&html, &link);
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&file, &html).map_err(|e| format!("{}: {e}", file.display()))?;
        println!("{}: {} bytes, for {today}", file.display(), html.len());
    }
    println!("{}: {} bytes", dist.join(&name).display(), css.len());
    Ok(())
}

/// `html` with the `<link>` of a stylesheet just before its first script in `<head>`, or at the end of
/// `<head>` if it has none.
#[cfg(not(target_arch = "wasm32"))]
fn with_stylesheet(html: &str, link: &str) -> String {
    let head_end = html.find("</head>").unwrap_or(html.len());
    let at = html[..head_end].find("<script").unwrap_or(head_end);
    format!("{}{link}{}", &html[..at], &html[at..])
}

#[cfg(target_arch = "wasm32")]
fn main() {}
