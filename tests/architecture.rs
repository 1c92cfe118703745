//! The layers of the code: the data core knows nothing of the French wording (`text`), the
//! charts, the modes or the browser; wording and charts build on the data, never the reverse.

use std::path::Path;

/// The `crate::…` modules a source folder uses, with the file that uses each.
fn uses_of(folder: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(folder);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        // Code only: comments may name another layer.
        for line in source.lines().filter(|line| !line.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let module: String = line[at + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                found.push((path.file_name().unwrap().to_string_lossy().into_owned(), module));
            }
        }
    }
    found
}

#[test]
fn the_data_core_uses_no_other_layer() {
    let outside: Vec<_> = uses_of("data").into_iter().filter(|(_, module)| module != "data").collect();
    assert!(outside.is_empty(), "src/data uses other layers: {outside:?}");
}

#[test]
fn charts_use_the_data_and_the_wording_but_never_the_browser() {
    let browser: Vec<_> =
        uses_of("charts").into_iter().filter(|(_, module)| module == "web" || module == "modes").collect();
    assert!(browser.is_empty(), "src/charts uses the shell: {browser:?}");
}
