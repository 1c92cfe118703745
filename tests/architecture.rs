//! The layers of the code, main → web → modes → charts → text → data: a layer builds on the
//! ones after it, never on one before. The data core knows nothing of the French wording
//! (`text`), the charts, the modes or the browser; wording and charts build on the data, never
//! the reverse. Inside `src/data`, modules use each other without a circle.
//!
//! Two checks. The imports: every `use` (grouped, nested, renamed, re-exported) and every
//! `crate::`/`super::`/`self::` path in code, in every file of every folder, parsed and resolved
//! to the module it names. And the compiler: each layer is built as a crate of its own with only
//! the layers it may use, which no import shows — a method of a trait implemented in another
//! layer (`problem.to_string()` in `data`, whose `Display` lives in `text`) fails to build there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The layers, lowest first: each may use itself and the ones before it.
const LAYERS: [&str; 5] = ["data", "text", "charts", "modes", "web"];

type ModulePath = Vec<String>;

/// A path found in the code, made absolute (from the crate's root).
#[derive(Debug, Clone)]
struct Reference {
    /// The module whose code holds it.
    from: ModulePath,
    path: Vec<String>,
    file: String,
    line: usize,
}

/// What the parser found in the files of a crate.
#[derive(Debug, Default)]
struct Crate {
    modules: BTreeSet<ModulePath>,
    references: Vec<Reference>,
    /// `pub use` items: the name a module gives, and the path it stands for.
    reexports: BTreeMap<Vec<String>, Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// Tokens: identifiers and punctuation, without comments, strings and characters.

#[derive(Debug, Clone, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    // Skips a string from its opening quote at `i`, `hashes` being the number of `#` of a raw one.
    let skip_string = |mut i: usize, raw: Option<usize>, line: &mut usize| -> usize {
        i += 1;
        while i < chars.len() {
            match chars[i] {
                '\\' if raw.is_none() => i += 1,
                '"' => {
                    let hashes = raw.unwrap_or(0);
                    if (1..=hashes).all(|k| at(i + k) == '#') {
                        return i + 1 + hashes;
                    }
                }
                '\n' => *line += 1,
                _ => {}
            }
            i += 1;
        }
        i
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(i, None, &mut line);
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r')) && {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = (start..).take_while(|&k| at(k) == '#').count();
            at(start + hashes) == '"'
        } {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = (start..).take_while(|&k| at(k) == '#').count();
            i = skip_string(start + hashes, Some(hashes), &mut line);
        } else if c == 'b' && at(i + 1) == '"' {
            i = skip_string(i + 1, None, &mut line);
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let q = if c == 'b' { i + 1 } else { i };
            if at(q + 1) == '\\' {
                // An escaped character ('\n', '\'', '\u{a0}'): up to its closing quote.
                i = q + 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(q + 2) == '\'' {
                i = q + 3;
            } else {
                // A lifetime or a label.
                i = q + 1;
                while at(i).is_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
            }
        } else if c.is_alphanumeric() || c == '_' || (c == '$' && at(i + 1).is_alphabetic()) {
            let start = i;
            i += 1;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let mut text: String = chars[start..i].iter().collect();
            if text == "r" && at(i) == '#' {
                // A raw identifier, r#type.
                let start = i + 1;
                i = start;
                while at(i).is_alphanumeric() || at(i) == '_' {
                    i += 1;
                }
                text = chars[start..i].iter().collect();
            }
            out.push(Token { text, line });
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token { text: "::".into(), line });
            i += 2;
        } else {
            out.push(Token { text: c.to_string(), line });
            i += 1;
        }
    }
    out
}

fn is_ident(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
}

// ---------------------------------------------------------------------------------------------
// Parsing: modules, `use` trees and paths in code.

/// A path as written, in the module whose code holds it.
struct Written {
    from: ModulePath,
    path: Vec<String>,
    line: usize,
    /// The name a `pub use` gives it, if it is one.
    reexported_as: Option<String>,
}

/// Reads a `use` tree from `i` (just after `use`) up to its `;`: each leaf's path and its name.
fn use_tree(tokens: &[Token], i: &mut usize, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let mut path = prefix;
    if text(*i) == "::" {
        // `use ::std::…`: another crate.
        *i += 1;
        path.push("::".into());
    }
    loop {
        match text(*i) {
            "{" => {
                *i += 1;
                while !matches!(text(*i), "}" | "") {
                    use_tree(tokens, i, path.clone(), out);
                    if text(*i) == "," {
                        *i += 1;
                    }
                }
                *i += 1;
                return;
            }
            "*" => {
                *i += 1;
                path.push("*".into());
                out.push((path, None));
                return;
            }
            word if is_ident(word) => {
                path.push(word.to_owned());
                *i += 1;
                if text(*i) == "::" {
                    *i += 1;
                    continue;
                }
                let mut name = None;
                if text(*i) == "as" {
                    name = Some(text(*i + 1).to_owned());
                    *i += 2;
                }
                out.push((path, name));
                return;
            }
            _ => return,
        }
    }
}

/// The modules a file declares and the paths its code writes, `module` being the file's own.
fn parse_file(module: &ModulePath, source: &str, modules: &mut BTreeSet<ModulePath>, written: &mut Vec<Written>) {
    let tokens = tokens(source);
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    // Inline modules (`mod tests { … }`): their path and the depth of braces inside them.
    let mut scopes: Vec<(ModulePath, usize)> = vec![(module.clone(), 0)];
    let mut depth = 0;
    let mut i = 0;
    while i < tokens.len() {
        let current = scopes.last().unwrap().0.clone();
        match text(i) {
            "{" => depth += 1,
            "}" => {
                if scopes.len() > 1 && scopes.last().unwrap().1 == depth {
                    scopes.pop();
                }
                depth -= 1;
            }
            "mod" if is_ident(text(i + 1)) && matches!(text(i + 2), "{" | ";") => {
                let mut child = current.clone();
                child.push(text(i + 1).to_owned());
                modules.insert(child.clone());
                if text(i + 2) == "{" {
                    depth += 1;
                    scopes.push((child, depth));
                }
                i += 3;
                continue;
            }
            // `pub(in crate::x)` names where an item is visible, not a use.
            "in" if text(i.wrapping_sub(1)) == "(" && text(i.wrapping_sub(2)) == "pub" => {
                while !matches!(text(i), ")" | "") {
                    i += 1;
                }
            }
            "use" => {
                let public = text(i.wrapping_sub(1)) == "pub"
                    || (text(i.wrapping_sub(1)) == ")" && (2..6).any(|k| text(i.wrapping_sub(k)) == "pub"));
                let line = tokens[i].line;
                i += 1;
                let mut leaves = Vec::new();
                use_tree(&tokens, &mut i, Vec::new(), &mut leaves);
                for (mut path, name) in leaves {
                    if path.last().is_some_and(|s| s == "self") {
                        path.pop();
                    }
                    let reexported_as = if public && path.last().is_some_and(|s| s != "*") {
                        Some(name.unwrap_or_else(|| path.last().unwrap().clone()))
                    } else {
                        None
                    };
                    written.push(Written { from: current.clone(), path, line, reexported_as });
                }
                continue;
            }
            word @ ("crate" | "$crate" | "super" | "self")
                if text(i + 1) == "::" && text(i.wrapping_sub(1)) != "::" =>
            {
                let line = tokens[i].line;
                let mut path = vec![word.trim_start_matches('$').to_owned()];
                i += 1;
                while text(i) == "::" && is_ident(text(i + 1)) {
                    path.push(text(i + 1).to_owned());
                    i += 2;
                }
                written.push(Written { from: current, path, line, reexported_as: None });
                continue;
            }
            _ => {}
        }
        i += 1;
    }
}

/// A written path made absolute, when it names something of this crate.
fn absolute(from: &ModulePath, path: &[String], modules: &BTreeSet<ModulePath>) -> Option<Vec<String>> {
    let first = path.first()?;
    match first.as_str() {
        "crate" => Some(path[1..].to_vec()),
        "self" => Some([from.as_slice(), &path[1..]].concat()),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            let base = from.get(..from.len().checked_sub(ups)?)?;
            Some([base, &path[ups..]].concat())
        }
        // Since Rust 2018 a path may start with a child module's name.
        _ => {
            let child = [from.as_slice(), &path[..1]].concat();
            modules.contains(&child).then(|| [from.as_slice(), path].concat())
        }
    }
}

/// Parses the files of a crate: `(module, source)`, the module of `src/data/compact.rs` being
/// `["data", "compact"]`, of `src/data/mod.rs` `["data"]`.
fn parse(files: &[(ModulePath, String, String)]) -> Crate {
    let mut krate = Crate::default();
    let mut written = Vec::new();
    let mut origin = Vec::new();
    for (module, file, source) in files {
        krate.modules.insert(module.clone());
        let before = written.len();
        parse_file(module, source, &mut krate.modules, &mut written);
        origin.extend(std::iter::repeat_n(file.clone(), written.len() - before));
    }
    for (w, file) in written.into_iter().zip(origin) {
        let Some(path) = absolute(&w.from, &w.path, &krate.modules) else { continue };
        if let Some(name) = w.reexported_as {
            krate.reexports.insert([w.from.as_slice(), &[name]].concat(), path.clone());
        }
        krate.references.push(Reference { from: w.from, path, file, line: w.line });
    }
    krate
}

impl Crate {
    /// The module an absolute path names or lies in, through re-exports: `data::Date` lies in
    /// `data::date`.
    fn module_of(&self, path: &[String]) -> ModulePath {
        let mut path = path.to_vec();
        for _ in 0..16 {
            let len = (1..=path.len()).rev().find(|&n| self.modules.contains(&path[..n])).unwrap_or(0);
            if len == path.len() {
                return path;
            }
            match self.reexports.get(&path[..=len]) {
                Some(target) if target.as_slice() != &path[..=len] => {
                    path = [target.as_slice(), &path[len + 1..]].concat();
                }
                _ => return path[..len].to_vec(),
            }
        }
        path
    }

    /// The uses of a layer that break the order of the layers, as `file:line: path`.
    fn layer_breaches(&self) -> Vec<String> {
        let rank = |name: &str| LAYERS.iter().position(|l| *l == name);
        self.references
            .iter()
            .filter(|r| {
                let (Some(from), Some(to)) = (r.from.first().and_then(|m| rank(m)), r.path.first()) else {
                    return false;
                };
                rank(to).is_some_and(|to| to > from)
            })
            .map(|r| format!("{}:{}: crate::{}", r.file, r.line, r.path.join("::")))
            .collect()
    }

    /// Which modules under `root` each module under `root` uses.
    fn graph(&self, root: &str) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
        let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
        for module in self.modules.iter().filter(|m| m.first().is_some_and(|m| m == root)) {
            graph.entry(module.clone()).or_default();
        }
        for r in self.references.iter().filter(|r| r.from.first().is_some_and(|m| m == root)) {
            let to = self.module_of(&r.path);
            if to.first().is_some_and(|m| m == root) && to != r.from {
                graph.entry(r.from.clone()).or_default().insert(to);
            }
        }
        graph
    }
}

/// A circle of the graph, if there is one: its modules, the first repeated at the end.
fn circle(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Option<Vec<ModulePath>> {
    fn visit(
        node: &ModulePath,
        graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
        done: &mut BTreeSet<ModulePath>,
        stack: &mut Vec<ModulePath>,
    ) -> Option<Vec<ModulePath>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut circle = stack[at..].to_vec();
            circle.push(node.clone());
            return Some(circle);
        }
        if !done.insert(node.clone()) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, done, stack) {
                return Some(circle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

// ---------------------------------------------------------------------------------------------
// The project's sources.

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file of a folder and its subfolders.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The library's files under `src/` (the binaries are crates of their own), with their modules.
fn library() -> Crate {
    let src = root().join("src");
    let mut paths = Vec::new();
    for layer in LAYERS {
        rust_files(&src.join(layer), &mut paths);
    }
    paths.push(src.join("lib.rs"));
    let files: Vec<(ModulePath, String, String)> = paths
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap().with_extension("");
            let mut module: ModulePath =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            let source = std::fs::read_to_string(path).unwrap();
            (module, format!("src/{}", path.strip_prefix(&src).unwrap().display()), source)
        })
        .collect();
    parse(&files)
}

fn show(module: &ModulePath) -> String {
    module.join("::")
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let library = library();
    assert!(library.references.len() > 100, "{} paths found", library.references.len());
    let breaches = library.layer_breaches();
    assert!(breaches.is_empty(), "uses against the order {}:\n{}", LAYERS.join(" ← "), breaches.join("\n"));
}

#[test]
fn the_modules_of_the_data_core_use_each_other_without_a_circle() {
    let graph = library().graph("data");
    assert!(graph.contains_key(&vec!["data".to_owned(), "compact".to_owned()]));
    let edges: Vec<String> = graph
        .iter()
        .filter(|(_, to)| !to.is_empty())
        .map(|(from, to)| format!("{} → {}", show(from), to.iter().map(show).collect::<Vec<_>>().join(", ")))
        .collect();
    if let Some(circle) = circle(&graph) {
        panic!(
            "a circle in src/data: {}\nthe modules' uses:\n{}",
            circle.iter().map(show).collect::<Vec<_>>().join(" → "),
            edges.join("\n")
        );
    }
}

/// Checks a crate named `name` made of `modules` (each a name and its file) and `dependencies`
/// (lines of a `[dependencies]` table), built in `target/layers/`: the compiler's errors if it
/// does not build.
fn cargo_check(name: &str, modules: &[(&str, PathBuf)], dependencies: &str) -> Result<(), String> {
    let dir = root().join("target").join("layers");
    let package = dir.join(name);
    std::fs::create_dir_all(&package).unwrap();
    let write = |path: PathBuf, text: String| {
        // Unchanged files keep their time: cargo then has nothing to redo.
        if std::fs::read_to_string(&path).ok().as_ref() != Some(&text) {
            std::fs::write(&path, text).unwrap();
        }
    };
    let lib: String = modules.iter().map(|(module, path)| format!("#[path = {path:?}]\npub mod {module};\n")).collect();
    write(package.join("lib.rs"), format!("#![allow(warnings)]\n{lib}"));
    write(
        package.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [lib]\npath = \"lib.rs\"\n\n[workspace]\n\n[dependencies]\n{dependencies}\n"
        ),
    );
    // The library's lock, so that the same versions are used, offline (cargo then drops what
    // this crate does not use).
    std::fs::copy(root().join("Cargo.lock"), package.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["check", "--offline", "--quiet", "--lib", "--manifest-path"])
        .arg(package.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .unwrap();
    if output.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&output.stderr).into_owned()) }
}

#[test]
fn each_layer_builds_without_the_layers_above_it() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let dependencies = manifest.split("\n[dependencies]\n").nth(1).unwrap().split("\n[").next().unwrap();
    for top in 1..LAYERS.len() {
        let layers = &LAYERS[..top];
        let modules: Vec<(&str, PathBuf)> =
            layers.iter().map(|layer| (*layer, root().join("src").join(layer).join("mod.rs"))).collect();
        if let Err(errors) = cargo_check(&format!("layer-{}", layers[top - 1]), &modules, dependencies) {
            panic!("src/{} does not build with only {}:\n{errors}", layers[top - 1], layers.join(", "));
        }
    }
}

#[test]
fn a_trait_implemented_in_a_layer_above_is_found_by_the_compiler_not_the_imports() {
    // Issue 16's leak, in small: `data` words a problem with the `Display` that `text` gives it.
    let data = "pub struct Problem;\npub fn written(problem: &Problem) -> String { problem.to_string() }\n";
    let text = "impl std::fmt::Display for crate::data::Problem {\n    \
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(\"anomalie\") }\n}\n";
    let krate = snippets(&[("data", data), ("text", text)]);
    assert_eq!(krate.layer_breaches(), Vec::<String>::new(), "no import shows it");

    let dir = root().join("target").join("layers").join("snippet");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, source) in [("data.rs", data), ("text.rs", text)] {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(source) {
            std::fs::write(dir.join(name), source).unwrap();
        }
    }
    let (data, text) = (("data", dir.join("data.rs")), ("text", dir.join("text.rs")));
    assert_eq!(cargo_check("snippet-both", &[data.clone(), text], ""), Ok(()));
    let errors = cargo_check("snippet-data", &[data], "").unwrap_err();
    assert!(errors.contains("to_string") && errors.contains("Display"), "{errors}");
}

// ---------------------------------------------------------------------------------------------
// The parser, on snippets.

fn snippets(files: &[(&str, &str)]) -> Crate {
    let files: Vec<(ModulePath, String, String)> = files
        .iter()
        .map(|(module, source)| {
            (module.split("::").map(str::to_owned).collect(), format!("{module}.rs"), (*source).to_owned())
        })
        .collect();
    parse(&files)
}

#[test]
fn a_grouped_use_of_a_layer_above_is_found() {
    let krate = snippets(&[("data::compact", "use crate::{text, data};\n"), ("text", ""), ("data", "")]);
    assert_eq!(krate.layer_breaches(), ["data::compact.rs:1: crate::text"]);
}

#[test]
fn nested_renamed_and_written_paths_are_found_wherever_they_are() {
    let source = r#"
        //! A comment naming crate::web is no use.
        use std::fmt;
        pub(crate) use crate::{data::{order, compact::{self as c, FORMAT}}, charts::{bar_chart::*}};
        const NOTE: &str = "crate::modes in a string is no use either"; const Q: [char; 2] = ['\'', '"'];
        impl fmt::Display for crate::modes::Slide {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { let c = 'a'; write!(f, "{}", crate::web::X) }
        }
        mod inner {
            use super::super::super::super::modes::embed;
            fn f() { let _ = ::std::mem::drop(self::g); }
        }
    "#;
    let krate = snippets(&[("data::fold::deep", source), ("data::fold", ""), ("data", ""), ("data::compact", "")]);
    let paths: Vec<String> = krate.references.iter().map(|r| format!("{}: {}", r.line, r.path.join("::"))).collect();
    assert_eq!(
        paths,
        [
            "4: data::order",
            "4: data::compact",
            "4: data::compact::FORMAT",
            "4: charts::bar_chart::*",
            "6: modes::Slide",
            "7: web::X",
            "10: modes::embed",
            "11: data::fold::deep::inner::g",
        ]
    );
    assert_eq!(krate.layer_breaches().len(), 4, "{:?}", krate.layer_breaches());
    assert_eq!(
        krate.reexports.get(&vec!["data".into(), "fold".into(), "deep".into(), "c".into()]).unwrap(),
        &["data", "compact"]
    );
}

#[test]
fn a_circle_of_imports_is_found_through_re_exports() {
    // The circle issue 16 found: compact → json → report → compact, report taking the compact
    // file's name from `compact`, `super::FILE_NAME` re-exported by the folder's module.
    let krate = snippets(&[
        ("data", "mod compact; mod json; mod report; pub use compact::FILE_NAME;"),
        ("data::compact", "use super::json::without_hidden; pub const FILE_NAME: &str = \"x\";"),
        ("data::json", "use super::report::{FormatError, JsonKind};"),
        ("data::report", "fn name() -> &'static str { super::FILE_NAME }"),
    ]);
    let found: Vec<String> = circle(&krate.graph("data")).expect("a circle").iter().map(show).collect();
    assert_eq!(found, ["data::compact", "data::json", "data::report", "data::compact"]);

    let krate = snippets(&[
        ("data", "mod ids; mod report; mod model;"),
        ("data::report", "use super::ids::IncubatorId;"),
        ("data::model", "use super::{ids::IncubatorId, report::LoadReport};"),
        ("data::ids", ""),
    ]);
    assert_eq!(circle(&krate.graph("data")), None);
}
