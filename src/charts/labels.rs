//! Fitting text in a chart without measuring it: a safe estimate of its width, and sensible
//! short names for long incubator titles.

/// Average width of a character of Marianne (wider than Arial), as a share of the font size. Slightly
/// generous so that estimated text never overflows.
const CHAR_WIDTH: f64 = 0.64;

/// The longest short label a compact file holds for an incubator (the incubator chart's widest).
pub const COMPACT_LABEL_MAX: usize = 32;

/// The estimated width of `text` at `font_px`.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * CHAR_WIDTH
}

/// How many characters fit in `width` at `font_px`.
pub fn chars_fitting(width: f64, font_px: f64) -> usize {
    (width / (font_px * CHAR_WIDTH)).floor().max(0.0) as usize
}

/// Cuts `text` to `max` characters at a word boundary, with an ellipsis.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    if max <= 1 {
        return "…".chars().take(max).collect();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space >= cut.len() / 2 => &cut[..space],
        _ => &cut,
    };
    format!("{}…", at_word.trim_end_matches([' ', ',', '-', '–', '(']))
}

/// A short name for an incubator title in at most `max` characters: without its leading article,
/// keeping a final acronym ("(ADEME)", "de la DINUM") when the title must be cut.
pub fn short_label(title: &str, max: usize) -> String {
    let title = title.trim();
    let bare = crate::text::without_article(title);
    if bare.chars().count() <= max {
        return bare;
    }
    if let Some(acronym) = final_acronym(&bare) {
        let head = bare[..bare.len() - acronym.len()].trim_end_matches([' ', '(', '-', '–']);
        let room = max.saturating_sub(acronym.chars().count() + 1);
        let first_word = head.split(' ').next().unwrap_or_default().chars().count();
        if room > first_word {
            return format!("{} {acronym}", truncate(head, room));
        }
        let bare_acronym = acronym.trim_start_matches('(').trim_end_matches(')');
        if bare_acronym.chars().count() <= max {
            return bare_acronym.to_owned();
        }
    }
    middle_truncate(&bare, max)
}

/// Cuts the middle of `text` to fit `max` characters, keeping its first and last words, which
/// usually tell what (an "Atelier numérique") and whose ("… de la Culture").
pub fn middle_truncate(text: &str, max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max {
        return text.to_owned();
    }
    if max < 12 {
        return truncate(text, max);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut tail: Vec<&str> = Vec::new();
    let mut tail_len = 0;
    // The end gets up to half of the room, in whole words.
    for word in words.iter().rev() {
        let len = word.chars().count() + usize::from(!tail.is_empty());
        if tail_len + len > (max - 1) / 2 {
            break;
        }
        tail.insert(0, word);
        tail_len += len;
    }
    if tail.is_empty() {
        return truncate(text, max);
    }
    let tail = tail.join(" ");
    // The start gets the rest, in whole words too, the ellipsis included.
    let room = max - tail.chars().count() - 2;
    let mut head = String::new();
    for word in &words {
        let len = head.chars().count() + usize::from(!head.is_empty()) + word.chars().count();
        if len > room {
            break;
        }
        if !head.is_empty() {
            head.push(' ');
        }
        head.push_str(word);
    }
    if head.is_empty() {
        head = truncate(text, room + 1).trim_end_matches('…').to_owned();
    }
    format!("{}… {tail}", head.trim_end_matches([' ', ',', '-', '–', '(']))
}

/// A trailing "(ABC)" or all-capitals word ("DINUM") of a title.
fn final_acronym(title: &str) -> Option<&str> {
    let last = title.rsplit(' ').next()?;
    let inner = last.trim_start_matches('(').trim_end_matches(')');
    let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
    let is_acronym = letters >= 2 && inner.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
    is_acronym.then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_lose_only_their_article() {
        assert_eq!(short_label("L'Incubateur de la Justice", 30), "Incubateur de la Justice");
        assert_eq!(short_label("Accélérema", 30), "Accélérema");
        assert_eq!(
            short_label("Le KUBE, incubateur du ministère des Armées", 60),
            "KUBE, incubateur du ministère des Armées"
        );
    }

    #[test]
    fn long_titles_keep_their_final_acronym() {
        assert_eq!(
            short_label("L'Accélérateur de la Transition Écologique (ADEME)", 30),
            "Accélérateur de la… (ADEME)"
        );
        assert_eq!(
            short_label("Le département Accompagnement de services numériques de la DINUM", 30),
            "Département… DINUM"
        );
        assert_eq!(short_label("L'Incubateur des Territoires (ANCT)", 12), "ANCT");
    }

    #[test]
    fn long_titles_without_acronym_keep_their_first_and_last_words() {
        let label = short_label(
            "La Ruche numérique - l'Incubateur du Ministère de l'Agriculture et de la Souveraineté alimentaire",
            30,
        );
        assert_eq!(label, "Ruche numérique… alimentaire");
        assert!(label.chars().count() <= 30);
        assert_eq!(short_label("La Fabrique Numérique du Ministère de l'Intérieur", 30), "Fabrique… de l'Intérieur");
        assert_eq!(short_label("L'Atelier Numérique du Ministère de la Culture", 30), "Atelier… de la Culture");
    }

    #[test]
    fn labels_never_exceed_their_room() {
        let titles =
            ["Opérateur de produits interministériels", "ab", "Un titre très long sans majuscules finales à couper"];
        for title in titles {
            for max in 1..50 {
                assert!(short_label(title, max).chars().count() <= max.max(1), "{title} {max}");
            }
        }
    }
}
