//! French typography in every word the dashboard shows: a no-break space (U+00A0, or the narrow
//! U+202F) before `:`, `;`, `!`, `?` and `»` and after `«`, never a plain one; and digits grouped
//! by a narrow no-break space, never a plain space. Checked on every string literal of `src` (the
//! text module's and any other, in code and in macros, parsed with `syn`), and on what the text
//! module words for the bundled data: every chart's texts, tooltips and tables, the load report,
//! the errors.

mod common;

use beta_dashboard::charts::{
    ChartData, evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart, incubators_chart,
    ministries_chart, transparency_chart,
};
use beta_dashboard::data::{
    DataFile, Encoding, FetchError, Filter, FormatError, JsonErrorKind, JsonKind, LoadError, ReaderError,
};
use common::{load_published, published_file, today};
use proc_macro2::TokenTree;
use syn::visit::{self, Visit};

/// What breaks French typography in `text`: each mark with a plain space where a no-break one goes.
fn faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        match pair {
            [' ', mark @ (':' | ';' | '!' | '?' | '»')] => found.push(format!("a plain space before {mark}")),
            ['«', ' '] => found.push("a plain space after «".to_owned()),
            [digit, ' '] if digit.is_ascii_digit() => {
                let group = chars.get(i + 2..i + 5).is_some_and(|g| g.iter().all(char::is_ascii_digit));
                if group && !chars.get(i + 5).is_some_and(char::is_ascii_digit) {
                    found.push("a plain space between groups of digits".to_owned());
                }
            }
            _ => {}
        }
    }
    found
}

#[test]
fn the_faults_are_found_and_no_break_spaces_pass() {
    assert_eq!(faults("Construction : 12 services"), ["a plain space before :"]);
    assert_eq!(faults("« source »"), ["a plain space after «", "a plain space before »"]);
    assert_eq!(faults("4 160 000 €"), ["a plain space between groups of digits"; 2]);
    assert!(faults("Construction\u{a0}: 12 services\u{202f}; «\u{a0}source\u{a0}» 4\u{202f}160\u{202f}000").is_empty());
    assert!(faults("https://beta.gouv.fr/?source=x, FAST 12 - 2023, en 2023 12 services").is_empty());
}

/// The string literals of a file (`file:line`, the text), in code and in macros but for tests and
/// doc comments.
struct Literals(Vec<(usize, String)>);

impl Literals {
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        for tree in tokens {
            match tree {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    if let Ok(text) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        self.0.push((literal.span().start().line, text.value()));
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.0.push((literal.span().start().line, literal.value()));
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
    }

    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        let test = module
            .attrs
            .iter()
            .any(|a| a.path().is_ident("cfg") && a.meta.require_list().is_ok_and(|l| l.tokens.to_string() == "test"));
        if !test {
            visit::visit_item_mod(self, module);
        }
    }
}

/// Every `.rs` file of a folder and its subfolders.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_literal_of_the_program_keeps_french_typography() {
    // The text module's, and any other: a sentence written elsewhere is found here too.
    let mut files = Vec::new();
    rust_files(&common::root().join("src"), &mut files);
    let (mut in_text, mut found) = (0, Vec::new());
    for path in files {
        let file = syn::parse_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut literals = Literals(Vec::new());
        literals.visit_file(&file);
        let name = path.strip_prefix(common::root()).unwrap().display().to_string();
        in_text += if name.starts_with("src/text/") { literals.0.len() } else { 0 };
        for (line, text) in literals.0 {
            found.extend(faults(&text).into_iter().map(|fault| format!("{name}:{line}: {fault}: {text:?}")));
        }
    }
    assert!(in_text > 500, "{in_text} literals in src/text");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Every text a chart shows: its title, summary and empty message, its bars' names and notes, each
/// piece's tooltip, its table (caption, columns, cells).
fn chart_texts(data: &ChartData) -> Vec<String> {
    let mut texts = vec![data.title.clone(), data.summary.clone(), data.chart.empty_message.clone()];
    for (index, category) in data.chart.categories.iter().enumerate() {
        texts.extend([category.label.clone(), category.full_label.clone()]);
        texts.extend(category.note.iter().chain(&category.detail).cloned());
        texts.extend((0..data.chart.series.len()).map(|series| data.tooltip(index, series)));
    }
    texts.extend(data.chart.series.iter().map(|s| s.label.clone()));
    texts.push(data.table.caption.clone());
    texts.extend(data.table.columns.iter().cloned());
    texts.extend(data.table.rows.iter().flatten().map(|cell| cell.display().to_owned()));
    texts
}

#[test]
fn what_the_text_module_words_for_the_bundled_data_keeps_french_typography() {
    let dataset = load_published(&published_file("startups.json"), true);
    let mut texts = Vec::new();
    for year in [None, Some(2023)] {
        let filter = Filter { year, ..Filter::default() };
        let situation = dataset.situation(&filter, today());
        for data in [
            incubators_chart(&dataset, &situation),
            ministries_chart(&situation),
            transparency_chart(&situation.transparency(dataset.published), situation.date),
            funding_by_promotion_chart(&dataset, &filter),
            funding_by_incubator_chart(&dataset, &filter),
            evolution_chart(&dataset, &filter, today()),
        ] {
            texts.extend(chart_texts(&data));
            texts.extend(chart_texts(&data.folded(4)));
        }
    }
    texts.push(beta_dashboard::text::load_report_summary(&dataset.report));
    let errors = [
        LoadError::Unavailable(DataFile::Startups, FetchError::Status(404)),
        LoadError::Unavailable(DataFile::Compact, FetchError::Timeout(30)),
        LoadError::Unavailable(DataFile::Startups, FetchError::TooLarge { bytes: 70_000_000, limit: 64_000_000 }),
        LoadError::Malformed(DataFile::Startups, FormatError::Html),
        LoadError::Malformed(DataFile::Compact, FormatError::Encoding(Encoding::Gzip)),
        LoadError::Malformed(DataFile::Compact, FormatError::UnsupportedFormat { found: 9, known: 4 }),
        LoadError::Malformed(
            DataFile::Startups,
            FormatError::Syntax { line: 1200, column: 3, kind: JsonErrorKind::UnexpectedEnd },
        ),
        LoadError::Malformed(
            DataFile::Fast,
            FormatError::Shape { path: "fast.json".into(), expected: JsonKind::Object, found: JsonKind::Array },
        ),
        LoadError::Reader(ReaderError::Request),
        LoadError::Reader(ReaderError::Answer("7".into())),
        LoadError::Reader(ReaderError::Stopped),
    ];
    for error in &errors {
        texts.extend([error.to_string(), beta_dashboard::text::load_failed_help(error).to_owned()]);
    }
    assert!(texts.len() > 2000, "{} texts", texts.len());
    let found: Vec<String> =
        texts.iter().flat_map(|text| faults(text).into_iter().map(move |fault| format!("{fault}: {text:?}"))).collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}
