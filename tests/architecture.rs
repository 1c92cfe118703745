//! The layers of the code, main → web → modes → charts → text → data → audit: a layer builds on
//! the ones after it, never on one before. The data core knows nothing of the French wording
//! (`text`), the charts, the modes or the browser; wording and charts build on the data, never
//! the reverse; the RGAA audit's grid uses nothing of the program. Inside every layer, modules use
//! each other without a circle.
//!
//! Two checks. The paths: every file of the library parsed with `syn`, every `use` (grouped,
//! nested, renamed, re-exported) and every path in code, types and macros resolved to the module
//! that defines what it names (through `use`, re-exports and globs). And the compiler: each layer
//! is built as a crate of its own with only the layers it may use, which no path shows — a method
//! of a trait implemented in another layer (`problem.to_string()` in `data`, whose `Display`
//! lives in `text`) fails to build there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use proc_macro2::{Spacing, TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// The layers, lowest first: each may use itself and the ones before it.
const LAYERS: [&str; 6] = ["audit", "data", "text", "charts", "modes", "web"];

type ModulePath = Vec<String>;

/// A path written in a module's code, as written, then made absolute (from the crate's root).
#[derive(Debug, Clone)]
struct Reference {
    from: ModulePath,
    written: Vec<String>,
    path: Vec<String>,
    file: String,
    line: usize,
    /// The name a `use` gives it (`*` for a glob), if it is one, and whether that `use` is `pub`.
    given: Option<String>,
    public: bool,
}

impl Reference {
    /// A `pub use` of what a module below its own defines: a door, not a use.
    fn door(&self) -> bool {
        self.public && self.path.len() > self.from.len() + 1 && self.path.starts_with(&self.from)
    }
}

/// What the files of a crate define and use.
#[derive(Debug, Default)]
struct Crate {
    modules: BTreeSet<ModulePath>,
    /// The names of the items each module defines.
    items: BTreeMap<ModulePath, BTreeSet<String>>,
    /// The names each module's `use` gives (the module, then the name), and what they stand for.
    imports: BTreeMap<Vec<String>, Vec<String>>,
    /// The modules each module's `use …::*` takes every name of.
    globs: BTreeMap<ModulePath, Vec<ModulePath>>,
    references: Vec<Reference>,
}

/// Walks one file: the modules and items it defines, the paths it writes.
struct Walker<'a> {
    file: &'a str,
    scopes: Vec<ModulePath>,
    krate: &'a mut Crate,
}

impl Walker<'_> {
    fn write(&mut self, written: Vec<String>, line: usize, given: Option<String>, public: bool) {
        let (from, file) = (self.scopes.last().unwrap().clone(), self.file.to_owned());
        self.krate.references.push(Reference { from, written, path: vec![], file, line, given, public });
    }

    fn items(&mut self, items: &[syn::Item]) {
        use syn::Item::*;
        for item in items {
            let name = match item {
                Const(i) => Some(&i.ident),
                Enum(i) => Some(&i.ident),
                Fn(i) => Some(&i.sig.ident),
                Macro(i) => i.ident.as_ref(),
                Mod(i) => Some(&i.ident),
                Static(i) => Some(&i.ident),
                Struct(i) => Some(&i.ident),
                Trait(i) => Some(&i.ident),
                Type(i) => Some(&i.ident),
                _ => None,
            };
            let scope = self.scopes.last().unwrap().clone();
            self.krate.items.entry(scope).or_default().extend(name.map(ToString::to_string));
            self.visit_item(item);
        }
    }

    /// Each leaf of a `use` tree: its path and the name it gives (`*` for a glob).
    fn use_tree(tree: &syn::UseTree, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
        let path = |name: &syn::Ident| [prefix, &[name.to_string()]].concat();
        match tree {
            syn::UseTree::Path(p) => Self::use_tree(&p.tree, &path(&p.ident), out),
            syn::UseTree::Name(n) if n.ident == "self" => out.push((prefix.to_vec(), prefix.last().unwrap().clone())),
            syn::UseTree::Name(n) => out.push((path(&n.ident), n.ident.to_string())),
            syn::UseTree::Rename(r) if r.ident == "self" => out.push((prefix.to_vec(), r.rename.to_string())),
            syn::UseTree::Rename(r) => out.push((path(&r.ident), r.rename.to_string())),
            syn::UseTree::Glob(_) => out.push(([prefix, &["*".to_owned()]].concat(), "*".to_owned())),
            syn::UseTree::Group(g) => g.items.iter().for_each(|tree| Self::use_tree(tree, prefix, out)),
        }
    }

    /// The paths in a macro's tokens (`view! { <pages::NotFound/> }`, `write!(f, "{}", crate::x)`).
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let colons = |i: usize| {
            matches!((trees.get(i), trees.get(i + 1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':')
        };
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(group) => self.tokens(group.stream()),
                // Not after `::` (`::std::x`, another crate).
                TokenTree::Ident(first) if i < 2 || !colons(i - 2) => {
                    let (mut path, line) = (vec![first.to_string()], first.span().start().line);
                    while let (true, Some(TokenTree::Ident(next))) = (colons(i + 1), trees.get(i + 3)) {
                        path.push(next.to_string());
                        i += 3;
                    }
                    if path.len() > 1 {
                        self.write(path, line, None, false);
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Walker<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let module = [self.scopes.last().unwrap().as_slice(), &[item.ident.to_string()]].concat();
        self.krate.modules.insert(module.clone());
        if let Some((_, items)) = &item.content {
            self.scopes.push(module);
            self.items(items);
            self.scopes.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut leaves = Vec::new();
        Self::use_tree(&item.tree, &[], &mut leaves);
        for (path, name) in leaves {
            let public = !matches!(item.vis, syn::Visibility::Inherited);
            self.write(path, item.use_token.span.start().line, Some(name), public);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            let line = path.segments[0].ident.span().start().line;
            self.write(path.segments.iter().map(|s| s.ident.to_string()).collect(), line, None, false);
        }
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.tokens(mac.tokens.clone());
    }

    // `pub(in crate::x)` names where an item is visible, not a use.
    fn visit_vis_restricted(&mut self, _: &'ast syn::VisRestricted) {}
}

/// Parses the files of a crate: `(module, file name, source)`, the module of
/// `src/data/compact/mod.rs` being `["data", "compact"]`.
fn parse(files: &[(ModulePath, String, String)]) -> Crate {
    let mut krate = Crate::default();
    for (module, file, source) in files {
        let syntax = syn::parse_file(source).unwrap_or_else(|e| panic!("{file}: {e}"));
        krate.modules.insert(module.clone());
        Walker { file, scopes: vec![module.clone()], krate: &mut krate }.items(&syntax.items);
    }
    // The names `use` gives first: a path in code may start with one.
    let references = std::mem::take(&mut krate.references);
    for r in &references {
        let (Some(name), Some(path)) = (&r.given, krate.absolute(&r.from, &r.written)) else { continue };
        if name == "*" {
            krate.globs.entry(r.from.clone()).or_default().push(path[..path.len() - 1].to_vec());
        } else {
            krate.imports.entry([r.from.as_slice(), std::slice::from_ref(name)].concat()).or_insert(path);
        }
    }
    krate.references = references
        .into_iter()
        .filter_map(|r| Some(Reference { path: krate.absolute(&r.from, &r.written)?, ..r }))
        .collect();
    krate
}

impl Crate {
    /// A written path made absolute, when it names something of this crate.
    fn absolute(&self, from: &ModulePath, path: &[String]) -> Option<Vec<String>> {
        let first = path.first()?;
        match first.as_str() {
            "crate" => Some(path[1..].to_vec()),
            "self" => Some([from.as_slice(), &path[1..]].concat()),
            "super" => {
                let ups = path.iter().take_while(|s| *s == "super").count();
                Some([from.get(..from.len().checked_sub(ups)?)?, &path[ups..]].concat())
            }
            // Since Rust 2018 a path may start with a child module's name, or a name a `use` gives.
            _ => {
                let child = [from.as_slice(), &path[..1]].concat();
                let start = if self.modules.contains(&child) { &child } else { self.imports.get(&child)? };
                Some([start, &path[1..]].concat())
            }
        }
    }

    /// The module that defines what an absolute path names, through `use` and globs: `data::Date`
    /// lies in `data::date`.
    fn module_of(&self, path: &[String]) -> ModulePath {
        let defines = |module: &[String], name: &String| self.items.get(module).is_some_and(|i| i.contains(name));
        let mut path = path.to_vec();
        for _ in 0..16 {
            let n = (0..=path.len()).rev().find(|&n| self.modules.contains(&path[..n])).unwrap_or(0);
            let (module, rest) = path.split_at(n);
            let Some(name) = rest.first().filter(|name| !defines(module, name)) else { return module.to_vec() };
            let key = [module, &rest[..1]].concat();
            let target = self.imports.get(&key).cloned().or_else(|| {
                let globs = self.globs.get(module)?;
                let glob =
                    globs.iter().find(|g| defines(g, name) || self.imports.contains_key(&[g, &rest[..1]].concat()))?;
                Some([glob.as_slice(), &rest[..1]].concat())
            });
            match target {
                Some(target) if target != key => path = [target.as_slice(), &rest[1..]].concat(),
                _ => return module.to_vec(),
            }
        }
        path
    }

    /// The uses of a layer that break the order of the layers, as `file:line: path`.
    fn layer_breaches(&self) -> Vec<String> {
        let rank = |name: &String| LAYERS.iter().position(|l| l == name);
        let rank = |path: &ModulePath| path.first().and_then(rank);
        let breach = |r: &&Reference| matches!((rank(&r.from), rank(&r.path)), (Some(from), Some(to)) if to > from);
        self.references
            .iter()
            .filter(breach)
            .map(|r| format!("{}:{}: crate::{}", r.file, r.line, r.path.join("::")))
            .collect()
    }

    /// Which modules each module uses (a folder's re-exports of what its modules define left out).
    fn graph(&self) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
        let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> =
            self.modules.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
        for r in self.references.iter().filter(|r| !r.door()) {
            let to = self.module_of(&r.path);
            if to != r.from && !to.is_empty() {
                graph.entry(r.from.clone()).or_default().insert(to);
            }
        }
        graph
    }

    /// `Err` names a circle of modules, the first repeated at the end, and what each of them uses.
    fn without_circle(&self) -> Result<(), String> {
        type Graph = BTreeMap<ModulePath, BTreeSet<ModulePath>>;
        fn visit(
            node: &ModulePath,
            graph: &Graph,
            done: &mut BTreeSet<ModulePath>,
            stack: &mut Vec<ModulePath>,
        ) -> Option<Vec<ModulePath>> {
            if let Some(at) = stack.iter().position(|n| n == node) {
                return Some([&stack[at..], std::slice::from_ref(node)].concat());
            }
            if !done.insert(node.clone()) {
                return None;
            }
            stack.push(node.clone());
            let found = graph[node].iter().find_map(|next| visit(next, graph, done, stack));
            stack.pop();
            found
        }
        let graph = self.graph();
        let mut done = BTreeSet::new();
        let Some(circle) = graph.keys().find_map(|node| visit(node, &graph, &mut done, &mut Vec::new())) else {
            return Ok(());
        };
        let names: Vec<String> = circle.iter().map(|m| show(m)).collect();
        let uses = |m: &ModulePath| graph[m].iter().map(|m| show(m)).collect::<Vec<_>>().join(", ");
        let uses: Vec<String> = circle[1..].iter().map(|m| format!("{} → {}", show(m), uses(m))).collect();
        Err(format!("a circle: {}\nwhat its modules use:\n{}", names.join(" → "), uses.join("\n")))
    }
}

fn show(module: &[String]) -> String {
    if module.is_empty() { "crate".to_owned() } else { module.join("::") }
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
    let mut paths = vec![src.join("lib.rs")];
    for layer in LAYERS {
        rust_files(&src.join(layer), &mut paths);
    }
    let files: Vec<(ModulePath, String, String)> = paths
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap();
            let mut module: ModulePath =
                relative.with_extension("").iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            (module, format!("src/{}", relative.display()), std::fs::read_to_string(path).unwrap())
        })
        .collect();
    parse(&files)
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let library = library();
    assert!(library.references.len() > 1000, "{} paths found", library.references.len());
    let breaches = library.layer_breaches();
    assert!(breaches.is_empty(), "uses against the order {}:\n{}", LAYERS.join(" ← "), breaches.join("\n"));
}

#[test]
fn the_modules_of_every_layer_use_each_other_without_a_circle() {
    let library = library();
    for layer in LAYERS {
        assert!(library.graph().keys().filter(|m| m.first().is_some_and(|m| m == layer)).count() > 3, "{layer}");
    }
    if let Err(circle) = library.without_circle() {
        panic!("{circle}");
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
// The checks, on snippets.

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
        krate.imports.get(&vec!["data".into(), "fold".into(), "deep".into(), "c".into()]).unwrap(),
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
    let circle = krate.without_circle().unwrap_err();
    assert!(circle.starts_with("a circle: data::compact → data::json → data::report → data::compact\n"), "{circle}");

    let krate = snippets(&[
        ("data", "mod ids; mod report; mod model;"),
        ("data::report", "use super::ids::IncubatorId;"),
        ("data::model", "use super::{ids::IncubatorId, report::LoadReport};"),
        ("data::ids", ""),
    ]);
    assert_eq!(krate.without_circle(), Ok(()));
}

#[test]
fn a_circle_is_found_in_any_layer_through_globs_macros_and_imported_names() {
    // The circles issue 27 found in the charts: axis → targets → bar_chart → axis, `tenths`
    // reached through the folder's glob re-export; and one in the browser shell, through a path
    // inside `view!` that starts with a name a `use` gives.
    let charts = [
        ("charts", "pub mod axis; pub mod bar_chart; pub mod targets; pub use targets::*;"),
        ("charts::axis", "pub fn label(v: f64) -> String { super::tenths(v) }"),
        ("charts::targets", "use super::bar_chart::Rect; pub fn tenths(_: f64) -> String { String::new() }"),
        ("charts::bar_chart", "pub struct Rect; fn ticks() -> String { super::axis::label(1.0) }"),
    ];
    let circle = snippets(&charts).without_circle().unwrap_err();
    assert!(circle.contains("charts::axis → charts::targets → charts::bar_chart → charts::axis"), "{circle}");

    let web = [
        ("web", "mod pages; mod components;"),
        ("web::pages", "use crate::web; pub fn Explorer() { view! { <web::components::Panel/> } }"),
        ("web::components", "pub fn Panel() { let _ = crate::web::pages::Explorer; }"),
    ];
    let circle = snippets(&web).without_circle().unwrap_err();
    assert!(circle.starts_with("a circle: web::components → web::pages → web::components"), "{circle}");

    // The same modules without the back edges: no circle, and a folder's re-exports are no use.
    let charts = [charts[0], ("charts::axis", ""), charts[2], charts[3]];
    assert_eq!(snippets(&charts).without_circle(), Ok(()));
}

// ---------------------------------------------------------------------------------------------
// Small functions in the browser shell: a component or a `use_*` function reads on one screen.

/// The longest a function of `src/web` may be, in lines from its `fn` (or visibility) to its
/// closing brace, a component's `view!` included (issue 27: "no function in `src/web` over ~80
/// lines").
const LONGEST_WEB_FUNCTION: usize = 80;

/// Every function of a file (free, in an `impl` or a trait, nested), as `name` and its lines.
struct Lengths(Vec<(String, usize)>);

impl Lengths {
    fn add(&mut self, name: &syn::Ident, start: proc_macro2::Span, block: &syn::Block) {
        let lines = block.brace_token.span.close().end().line - start.start().line + 1;
        self.0.push((name.to_string(), lines));
    }
}

fn start_of(vis: &syn::Visibility, sig: &syn::Signature) -> proc_macro2::Span {
    use syn::spanned::Spanned;
    match vis {
        syn::Visibility::Inherited => sig.span(),
        _ => vis.span(),
    }
}

impl<'ast> Visit<'ast> for Lengths {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.add(&item.sig.ident, start_of(&item.vis, &item.sig), &item.block);
        visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.add(&item.sig.ident, start_of(&item.vis, &item.sig), &item.block);
        visit::visit_impl_item_fn(self, item);
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        if let Some(block) = &item.default {
            self.add(&item.sig.ident, start_of(&syn::Visibility::Inherited, &item.sig), block);
        }
        visit::visit_trait_item_fn(self, item);
    }
}

/// The functions of `files` (`(file name, source)`) longer than `longest` lines, as
/// `file: name (lines)`, longest first.
fn longer_than(files: &[(String, String)], longest: usize) -> Vec<String> {
    let mut long: BTreeSet<(std::cmp::Reverse<usize>, String)> = BTreeSet::new();
    for (file, source) in files {
        let syntax = syn::parse_file(source).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut lengths = Lengths(vec![]);
        lengths.visit_file(&syntax);
        long.extend(
            lengths
                .0
                .into_iter()
                .filter(|(_, n)| *n > longest)
                .map(|(name, n)| (std::cmp::Reverse(n), format!("{file}: {name} ({n})"))),
        );
    }
    long.into_iter().map(|(_, line)| line).collect()
}

#[test]
fn no_function_of_the_browser_shell_is_longer_than_a_screen() {
    let mut paths = vec![];
    rust_files(&root().join("src").join("web"), &mut paths);
    assert!(paths.len() > 30, "{} files", paths.len());
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            let name = path.strip_prefix(root()).unwrap().display().to_string();
            (name, std::fs::read_to_string(path).unwrap())
        })
        .collect();
    let long = longer_than(&files, LONGEST_WEB_FUNCTION);
    assert!(
        long.is_empty(),
        "functions over {LONGEST_WEB_FUNCTION} lines, to cut into components and `use_*` functions:\n{}",
        long.join("\n")
    );
}

#[test]
fn a_long_function_is_found_in_a_component_a_method_and_a_nested_function() {
    let body = |n: usize| (0..n).map(|i| format!("    let _x{i} = {i};\n")).collect::<String>();
    // The signature and the closing brace are counted, not the attributes: `Short` is 80 lines,
    // `Long` one more.
    let source = format!(
        "#[component]\n/// A doc line is not counted.\npub fn Short() -> impl IntoView {{\n{}}}\n\
         #[component]\npub fn Long() -> impl IntoView {{\n{}    view! {{ <p>\"x\"</p> }}\n}}\n\
         impl Panel {{\n    pub(crate) fn paint(&self) {{\n{}    }}\n}}\n\
         fn outer() {{\n    fn inner() {{\n{}    }}\n}}\n",
        body(78),
        body(78),
        body(85),
        body(90),
    );
    let long = longer_than(&[("snippet.rs".to_owned(), source)], LONGEST_WEB_FUNCTION);
    assert_eq!(
        long,
        ["snippet.rs: outer (94)", "snippet.rs: inner (92)", "snippet.rs: paint (87)", "snippet.rs: Long (81)"]
    );
}
