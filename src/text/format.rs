//! French number and date formats: `4 160 000 €`, `1er janvier 2024`.
//!
//! As the browser's `Intl` does for `fr-FR`: digits grouped by three with a narrow no-break space
//! (U+202F), a no-break space (U+00A0) before the euro sign.

use crate::data::{Date, YearMonth};

/// Thousands separator: narrow no-break space.
pub(crate) const GROUP_SEPARATOR: char = '\u{202f}';
/// Space before a unit: no-break space.
pub const UNIT_SPACE: char = '\u{a0}';

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// `4160000` → `4 160 000`.
pub fn format_int(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(GROUP_SEPARATOR);
        }
        out.push(c);
    }
    out
}

/// A count, as `usize`.
pub fn format_count(n: usize) -> String {
    format_int(n as u64)
}

/// `count` out of `total` in tenths of a percent, rounded half up (`236`, `666` → `354`); `None`
/// when `total` is 0. Integer arithmetic: the same figure on every platform.
pub fn share_tenths(count: usize, total: usize) -> Option<u64> {
    (total > 0).then(|| (count as u64 * 2000 + total as u64) / (2 * total as u64))
}

/// A share in tenths of a percent as the CSV holds it, with a decimal comma (`354` → `35,4`).
pub fn format_tenths(tenths: u64) -> String {
    format!("{},{}", tenths / 10, tenths % 10)
}

/// A share in tenths of a percent as the page shows it (`354` → `35,4 %`).
pub fn format_share(tenths: u64) -> String {
    format!("{}{UNIT_SPACE}%", format_tenths(tenths))
}

/// `4160000` → `4 160 000 €`.
pub fn format_eur(amount: u64) -> String {
    format!("{}{UNIT_SPACE}€", format_int(amount))
}

/// An amount short, as an axis' tick says it: `1 500 000` → `1,5 M€`, `300 000` → `300 k€`,
/// `0` → `0 €`.
pub fn format_eur_short(amount: u64) -> String {
    let (divisor, unit) = match amount {
        v if v >= 1_000_000 => (1_000_000.0, "M€"),
        v if v >= 1_000 => (1_000.0, "k€"),
        _ => (1.0, "€"),
    };
    let scaled = amount as f64 / divisor;
    let text = if (scaled - scaled.round()).abs() < 0.05 {
        format_int(scaled.round() as u64)
    } else {
        format_tenths((scaled * 10.0).round() as u64)
    };
    format!("{text}{UNIT_SPACE}{unit}")
}

/// A whole percent: `20` → `20 %`.
pub fn format_percent(whole: u64) -> String {
    format!("{}{UNIT_SPACE}%", format_int(whole))
}

/// `2024-01-01` → `1er janvier 2024`.
pub fn format_date_long(date: Date) -> String {
    let day = match date.day() {
        1 => "1er".to_owned(),
        d => d.to_string(),
    };
    format!("{day} {} {}", month_name(date.month()), date.year())
}

/// `2023-09` → `septembre 2023`.
pub fn format_month(month: YearMonth) -> String {
    format!("{} {}", month_name(month.month), month.year)
}

fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12) - 1)]
}

/// Makes a French count agree: `plural(1, "service", "services")`.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    // French: 0 and 1 take the singular.
    if n <= 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_by_three_with_narrow_no_break_spaces() {
        assert_eq!(format_int(0u64), "0");
        assert_eq!(format_int(999u64), "999");
        assert_eq!(format_int(1000u64), "1\u{202f}000");
        assert_eq!(format_int(4_160_000u64), "4\u{202f}160\u{202f}000");
    }

    #[test]
    fn euros_have_a_no_break_space_before_the_sign() {
        assert_eq!(format_eur(4_160_000).replace(['\u{202f}', '\u{a0}'], " "), "4 160 000 €");
    }

    #[test]
    fn euros_ticks_are_short() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        assert_eq!(plain(format_eur_short(0)), "0 €");
        assert_eq!(plain(format_eur_short(300_000)), "300 k€");
        assert_eq!(plain(format_eur_short(1_500_000)), "1,5 M€");
        assert_eq!(plain(format_eur_short(2_000_000)), "2 M€");
        assert_eq!(plain(format_percent(20)), "20 %");
    }

    #[test]
    fn first_of_the_month_is_written_premier() {
        assert_eq!(format_date_long(Date::first_of_january(2024)), "1er janvier 2024");
        assert_eq!(format_date_long("2026-11-28".parse().unwrap()), "28 novembre 2026");
        assert_eq!(format_date_long("2026-08-02".parse().unwrap()), "2 août 2026");
    }

    #[test]
    fn zero_and_one_take_the_singular() {
        assert_eq!(plural(0, "lauréat", "lauréats"), "lauréat");
        assert_eq!(plural(1, "lauréat", "lauréats"), "lauréat");
        assert_eq!(plural(2, "lauréat", "lauréats"), "lauréats");
    }

    #[test]
    fn shares_are_tenths_of_a_percent_rounded_half_up_with_a_decimal_comma() {
        assert_eq!(share_tenths(236, 666), Some(354));
        assert_eq!(share_tenths(1, 3), Some(333));
        assert_eq!(share_tenths(2, 3), Some(667));
        assert_eq!(share_tenths(1, 2000), Some(1), "0.05 % rounds up to 0.1 %");
        assert_eq!(share_tenths(5, 5), Some(1000));
        assert_eq!(share_tenths(0, 0), None);
        assert_eq!(format_tenths(354), "35,4");
        assert_eq!(format_share(1000).replace('\u{a0}', " "), "100,0 %");
    }
}
