//! Text folding: accent-free forms of French text, for search and file names.

/// `Services par incubateur — 1er janvier 2024` → `services-par-incubateur-1er-janvier-2024`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// `é` → `e`, `œ` → `oe`: French letters to their ASCII base, for slugs and accent-free search.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'â' | 'ä' | 'á' => "a",
        'À' | 'Â' | 'Ä' | 'Á' => "A",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' | 'Ê' | 'Ë' => "E",
        'î' | 'ï' | 'í' => "i",
        'Î' | 'Ï' | 'Í' => "I",
        'ô' | 'ö' | 'ó' => "o",
        'Ô' | 'Ö' | 'Ó' => "O",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'Ù' | 'Û' | 'Ü' | 'Ú' => "U",
        'ç' => "c",
        'Ç' => "C",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        '’' => "'",
        _ => "",
    };
    let single = folded.is_empty().then_some(c);
    folded.chars().chain(single)
}

/// A title without its leading article: "L'Incubateur de la Justice" → "Incubateur de la Justice".
pub fn without_article(title: &str) -> String {
    let title = title.trim();
    ["L'", "L’", "Le ", "La ", "Les "]
        .iter()
        .find_map(|article| title.strip_prefix(article))
        .map(|rest| uppercase_first(rest.trim_start()))
        .unwrap_or_else(|| title.to_owned())
}

fn uppercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A form of `text` for matching searches: lower case, without accents or extra spaces.
pub fn search_key(text: &str) -> String {
    // One pass, one allocation: it runs for every service of a large dataset.
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(fold_accent(c).flat_map(char::to_lowercase));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Services par incubateur — 1er janvier 2024"), "services-par-incubateur-1er-janvier-2024");
        assert_eq!(slug("Évolution : œuvres"), "evolution-oeuvres");
    }

    #[test]
    fn search_keys_ignore_case_accents_and_spaces() {
        assert_eq!(search_key("  Écologie   NUMÉRIQUE "), "ecologie numerique");
        assert_eq!(search_key("\tŒuvre\n  Côté  "), "oeuvre cote");
        assert_eq!(search_key("   "), "");
        assert!(search_key("L'Accélérateur de la Transition").contains(&search_key("accelerateur")));
    }
}
