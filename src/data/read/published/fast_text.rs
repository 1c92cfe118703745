//! Reads a FAST award out of the French free text of a `fast` event:
//! "Montant de 300 000€ pour la promotion 13", "Lauréat du FAST 13.", "" …

/// What a `fast` event's comment says. Either part may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct FastComment {
    pub amount_eur: Option<u64>,
    pub promotion: Option<u32>,
    /// The text names two different amounts, or two different promotions: that part is unknown.
    pub ambiguous: bool,
    /// The text says something, but neither an amount, a promotion nor a laureate ("Bilan du
    /// Fast"): the event is about FAST, not an award.
    pub not_an_award: bool,
}

/// Reads the amount and the promotion number, where the text gives them.
pub(crate) fn parse_fast_comment(text: &str) -> FastComment {
    let numbers = numbers_in(text);
    let amounts = distinct(numbers.iter().filter_map(|n| n.euros));
    let lower = text.to_lowercase();
    // Lower-casing may shift byte offsets for a few scripts; keywords are searched in the lower-cased
    // copy and the numbers read again there, so offsets always refer to the same string.
    let promotions = distinct(promotions_in(&lower));
    let only = |values: &[u64]| match values {
        [one] => Some(*one),
        _ => None,
    };
    let amount_eur = only(&amounts);
    let promotion = only(&promotions).map(|n| n as u32);
    let laureate = lower.contains("lauréat") || lower.contains("laureat");
    FastComment {
        amount_eur,
        promotion,
        ambiguous: amounts.len() > 1 || promotions.len() > 1,
        not_an_award: amounts.is_empty() && promotions.is_empty() && !laureate && !text.trim().is_empty(),
    }
}

/// The values, each once, in the order first met.
fn distinct<T: Into<u64>>(values: impl IntoIterator<Item = T>) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for value in values.into_iter().map(Into::into) {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// Reads an amount in euros written as a number or as French text ("300 000 €", "1,2 M€").
pub(crate) fn parse_amount(text: &str) -> Option<u64> {
    let trimmed = text.trim();
    let numbers = numbers_in(trimmed);
    if let Some(euros) = numbers.iter().find_map(|n| n.euros) {
        return Some(euros);
    }
    // A bare number that is the whole text: "300000", "300 000".
    match numbers.as_slice() {
        [only] if only.start == 0 && only.end_of_number == trimmed.len() => only.value.and_then(plausible_euros),
        _ => None,
    }
}

/// A number found in a text, with what follows it.
#[derive(Debug)]
struct NumberInText {
    start: usize,
    /// Byte offset just past the digits (before any unit).
    end_of_number: usize,
    /// Its value; `None` when its digit groups make no sense as a number.
    value: Option<f64>,
    /// Set when the number is followed by a euro sign or word: its value in euros.
    euros: Option<u64>,
    /// Whether it is made of plain digits only (no separator, no decimals).
    plain: bool,
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\t'
}

/// Finds the numbers of a text. Groups of three digits separated by spaces (plain, no-break or
/// narrow no-break) or dots are thousands; a comma, or a dot before one or two digits, starts decimals.
fn numbers_in(text: &str) -> Vec<NumberInText> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let digits_from = |i: usize| (i..chars.len()).take_while(|&j| chars[j].1.is_ascii_digit()).count();

    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A number starts at its first digit ("FAST13" holds the number 13).
        let starts_number = chars[i].1.is_ascii_digit() && (i == 0 || !chars[i - 1].1.is_ascii_digit());
        if !starts_number {
            i += 1;
            continue;
        }
        let first = digits_from(i);
        let mut integer: String = chars[i..i + first].iter().map(|&(_, c)| c).collect();
        let mut decimals = String::new();
        let mut plain = true;
        let mut j = i + first;
        // Thousands groups and at most one decimal part.
        while let Some(sep) = at(j) {
            let group = digits_from(j + 1);
            let is_thousands = (is_space(sep) || sep == '.') && group == 3 && first <= 3 && decimals.is_empty();
            let is_decimal = (sep == ',' || sep == '.') && (1..=2).contains(&group) && decimals.is_empty();
            if is_thousands {
                integer.extend(chars[j + 1..j + 4].iter().map(|&(_, c)| c));
            } else if is_decimal {
                decimals.extend(chars[j + 1..j + 1 + group].iter().map(|&(_, c)| c));
            } else {
                break;
            }
            plain = false;
            j += 1 + group;
        }
        let end_of_number = offset(j);
        // "-300 000 €" is no amount: a minus sign (or dash) right before the number voids it.
        let mut before = i;
        while before > 0 && is_space(chars[before - 1].1) {
            before -= 1;
        }
        let negative = before > 0 && matches!(chars[before - 1].1, '-' | '−' | '–');
        let value = format!("{integer}.{}", if decimals.is_empty() { "0" } else { &decimals })
            .parse::<f64>()
            .ok()
            .filter(|_| !negative);

        // Unit: optional multiplier, then € or "euro(s)".
        let mut k = j;
        while at(k).is_some_and(is_space) {
            k += 1;
        }
        let multiplier = match at(k) {
            Some('k' | 'K') => Some(1_000.0),
            Some('M') => Some(1_000_000.0),
            _ => None,
        };
        if multiplier.is_some() {
            k += 1;
            while at(k).is_some_and(is_space) {
                k += 1;
            }
        }
        let rest = &text[offset(k)..];
        let has_euro = rest.starts_with('€') || is_euro_word(rest);
        let euros = if has_euro { value.and_then(|v| plausible_euros(v * multiplier.unwrap_or(1.0))) } else { None };
        found.push(NumberInText { start: offset(i), end_of_number, value, euros, plain });
        i = j.max(i + 1);
    }
    found
}

/// The largest amount a FAST award could plausibly be (awards are a few hundred thousand euros;
/// the whole fund a few million a year): beyond it a number is a typo or hostile, and unknown.
pub const MAX_PLAUSIBLE_EUR: u64 = 10_000_000;

/// Whole euros, if the amount is plausible (0 to [`MAX_PLAUSIBLE_EUR`]).
pub(crate) fn plausible_euros(value: f64) -> Option<u64> {
    // Below 2^53 the conversion is exact for whole euros.
    (value.is_finite() && (0.0..=MAX_PLAUSIBLE_EUR as f64).contains(&value)).then(|| value.round() as u64)
}

/// "euro", "euros", "EUR" as a whole word at the start of `rest` (not "européens").
fn is_euro_word(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(word.to_lowercase().as_str(), "euro" | "euros" | "eur")
}

/// Promotion numbers are small; "FAST 2024" names a year, not a promotion.
const MAX_PROMOTION: u32 = 200;

/// The promotion numbers: each a plain number right after "promotion", "promo" or "fast"
/// (optionally "n°"), that is not an amount.
fn promotions_in(lower: &str) -> Vec<u32> {
    let numbers = numbers_in(lower);
    let mut found = Vec::new();
    for keyword in ["promotion", "promo", "fast"] {
        for (position, _) in lower.match_indices(keyword) {
            // A whole word: "breakfast 3" names no promotion.
            if lower[..position].chars().next_back().is_some_and(char::is_alphabetic) {
                continue;
            }
            let mut rest = &lower[position + keyword.len()..];
            rest = rest.trim_start_matches(|c: char| is_space(c) || c == ':');
            for marker in ["n°", "no.", "n.", "#", "numéro"] {
                if let Some(after) = rest.strip_prefix(marker) {
                    rest = after.trim_start_matches(is_space);
                    break;
                }
            }
            let start = lower.len() - rest.len();
            let number = numbers.iter().find(|n| n.start == start && n.plain && n.euros.is_none());
            let parsed = number.and_then(|n| lower[n.start..n.end_of_number].parse::<u32>().ok());
            if let Some(n) = parsed.filter(|n| (1..=MAX_PROMOTION).contains(n)) {
                found.push(n);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(text: &str) -> (Option<u64>, Option<u32>) {
        let c = parse_fast_comment(text);
        (c.amount_eur, c.promotion)
    }

    #[test]
    fn reads_amount_and_promotion_in_every_published_spelling() {
        assert_eq!(reads("Montant de 300 000€ pour la promotion 13"), (Some(300_000), Some(13)));
        assert_eq!(reads("Montant de 300000€ pour la promotion 12"), (Some(300_000), Some(12)));
        assert_eq!(reads("Montant de 200\u{a0}000€ pour la promotion 13"), (Some(200_000), Some(13)));
        assert_eq!(reads("Montant de 200\u{202f}000 € pour la promotion 13"), (Some(200_000), Some(13)));
        assert_eq!(reads("Montant de 30 000€ pour la promotion 14"), (Some(30_000), Some(14)));
    }

    #[test]
    fn a_laureate_without_amount_has_an_unknown_amount() {
        assert_eq!(reads("Lauréat du FAST 13. "), (None, Some(13)));
        assert_eq!(reads("Lauréat du FAST13"), (None, Some(13)));
    }

    #[test]
    fn an_amount_without_promotion_has_an_unknown_promotion() {
        assert_eq!(reads("Montant de 370 000€"), (Some(370_000), None));
    }

    #[test]
    fn two_promotions_or_two_amounts_are_ambiguous_and_left_unknown() {
        let c = parse_fast_comment("Promotion 12 puis promotion 13, 300 000 €");
        assert_eq!((c.promotion, c.amount_eur, c.ambiguous), (None, Some(300_000), true));
        let c = parse_fast_comment("Montant de 300 000 € puis 200 000 € (FAST 13)");
        assert_eq!((c.promotion, c.amount_eur, c.ambiguous), (Some(13), None, true));
        // The same promotion named twice is not ambiguous ("promotion 13" in "FAST 13").
        let c = parse_fast_comment("Lauréat du FAST 13, promotion 13");
        assert_eq!((c.promotion, c.ambiguous), (Some(13), false));
    }

    #[test]
    fn a_text_about_fast_that_names_no_award_is_not_an_award() {
        assert!(parse_fast_comment("Bilan du Fast").not_an_award);
        assert!(parse_fast_comment("Présentation au comité").not_an_award);
        assert!(!parse_fast_comment("").not_an_award);
        assert!(!parse_fast_comment("Lauréat du FAST").not_an_award);
        assert!(!parse_fast_comment("Montant de 370 000€").not_an_award);
    }

    #[test]
    fn empty_or_unrelated_text_gives_nothing() {
        assert_eq!(reads(""), (None, None));
        assert_eq!(reads("Bilan du Fast"), (None, None));
        assert_eq!(reads("   "), (None, None));
    }

    #[test]
    fn reads_other_reasonable_forms() {
        assert_eq!(reads("300 k€, promo n°15"), (Some(300_000), Some(15)));
        assert_eq!(reads("1,2 M€ (FAST 16)"), (Some(1_200_000), Some(16)));
        assert_eq!(reads("150.000 euros, promotion #17"), (Some(150_000), Some(17)));
        assert_eq!(reads("FAST : 120 000 EUR"), (Some(120_000), None));
    }

    #[test]
    fn a_number_without_unit_or_keyword_is_not_read() {
        assert_eq!(reads("version2 de l'outil"), (None, None));
        assert_eq!(reads("3 européens"), (None, None), "euro must be a whole word");
    }

    #[test]
    fn years_are_not_promotions_and_absurd_amounts_are_unknown() {
        assert_eq!(reads("Lauréat du FAST 2024 : 300 000 €"), (Some(300_000), None));
        assert_eq!(reads("Montant de 99999999999999999999 € pour la promotion 12"), (None, Some(12)));
        assert_eq!(parse_amount("18446744073709551615"), None);
        assert_eq!(reads("Montant de 3 000 000 000 € pour la promotion 12"), (None, Some(12)));
    }

    #[test]
    fn negative_amounts_and_keywords_inside_words_are_not_read() {
        assert_eq!(reads("Montant de -300 000 € pour la promotion 13"), (None, Some(13)));
        assert_eq!(reads("Montant de − 300 000 €"), (None, None));
        assert_eq!(parse_amount("-300000"), None);
        assert_eq!(reads("Petit breakfast 3 avec l'équipe"), (None, None));
        assert_eq!(reads("superpromo 4"), (None, None));
        assert_eq!(reads("(FAST 13)"), (None, Some(13)));
    }

    #[test]
    fn bare_amounts_are_read_as_euros() {
        assert_eq!(parse_amount("300000"), Some(300_000));
        assert_eq!(parse_amount("300 000"), Some(300_000));
        assert_eq!(parse_amount("300 000 €"), Some(300_000));
        assert_eq!(parse_amount("beaucoup"), None);
        assert_eq!(parse_amount("12 et 14"), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(text in "\\PC*") {
            let _ = parse_fast_comment(&text);
            let _ = parse_amount(&text);
        }

        #[test]
        fn reads_back_any_amount_written_the_french_way(amount in 0u64..=MAX_PLAUSIBLE_EUR, promotion in 1u32..100) {
            // Thousands apart with no-break spaces, as French writes them.
            let digits = amount.to_string();
            let groups: Vec<&str> = digits.as_bytes().rchunks(3).rev().map(|g| std::str::from_utf8(g).unwrap()).collect();
            let text = format!("Montant de {} € pour la promotion {promotion}", groups.join("\u{a0}"));
            proptest::prop_assert_eq!(reads(&text), (Some(amount), Some(promotion)));
        }
    }
}
