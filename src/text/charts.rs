//! The charts: titles, captions, columns of their tables, summaries for screen readers, tooltips.

use super::COLON;
use super::figures::TODAY;
use super::figures::fast_promotion_title;
use super::format::format_count;
use super::format::format_date_long;
use super::format::format_eur;
use super::format::plural;

pub const CHART_INCUBATORS: &str = "Services par incubateur";

pub const CHART_FUNDING: &str = "Financement FAST par promotion";

pub const CHART_FUNDING_BY_INCUBATOR: &str = "Financement FAST par incubateur";

pub const CHART_EVOLUTION: &str = "Évolution des services par phase";

pub const COLUMN_INCUBATOR: &str = "Incubateur";

pub const CHART_MINISTRIES: &str = "Services par ministère";

pub const COLUMN_MINISTRY: &str = "Ministère";

pub const COLUMN_TOTAL: &str = "Total";

pub const COLUMN_PROMOTION: &str = "Promotion";

pub const COLUMN_MONTH: &str = "Date";

pub const COLUMN_AMOUNT: &str = "Montant (€)";

pub const COLUMN_LAUREATES: &str = "Lauréats";

pub const COLUMN_UNKNOWN_AMOUNT: &str = "dont montant inconnu";

pub const COLUMN_DATE: &str = "Date";

pub const NO_SERVICE: &str = "Aucun service ne correspond à ces filtres.";

pub const NO_FAST: &str = "Aucun lauréat FAST ne correspond à ces filtres.";

pub const TODAY_SHORT: &str = "Auj.";

pub const UNKNOWN_SHORT: &str = "Inconnue";

/// "Services par incubateur — situation au 1er janvier 2024".
pub fn chart_caption(title: &str, date: crate::data::Date) -> String {
    format!("{title} — situation au {}", format_date_long(date))
}

/// "Financement FAST par promotion — promotions de 2023" (or "— toutes les promotions").
pub fn funding_caption(title: &str, year: Option<i32>) -> String {
    match year {
        Some(year) => format!("{title} — promotions de {year}"),
        None => format!("{title} — toutes les promotions"),
    }
}

/// "9 lauréats" or "9 lauréats, dont 1 au montant inconnu".
pub fn laureates_note(laureates: usize, unknown: usize) -> String {
    let base = format!("{} {}", format_count(laureates), plural(laureates, "lauréat", "lauréats"));
    if unknown == 0 { base } else { format!("{base}, dont {} au montant inconnu", format_count(unknown)) }
}

/// "4 160 000 € pour 46 lauréats." then, if some amounts are unknown, how they are counted.
pub fn funding_summary(amount: u64, laureates: usize, unknown: usize) -> String {
    if laureates == 0 {
        return NO_FAST.to_owned();
    }
    let mut text = format!("{} pour {}.", format_eur(amount), laureates_note(laureates, 0));
    if unknown > 0 {
        text.push_str(&format!(
            " {} {} au montant inconnu\u{a0}: {} dans le nombre de lauréats, pas dans les montants.",
            format_count(unknown),
            plural(unknown, "lauréat", "lauréats"),
            plural(unknown, "compté", "comptés"),
        ));
    }
    text
}

/// "Les lauréats de FAST 1 à FAST 11 ne sont pas publiés dans les données."
pub fn unpublished_promotions(numbers: &[u32]) -> String {
    // Runs of consecutive numbers: "FAST 1 à FAST 4"; pairs and single ones are listed.
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let mut j = i;
        while j + 1 < numbers.len() && numbers[j + 1] == numbers[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{} à {}", fast_promotion_title(numbers[i]), fast_promotion_title(numbers[j])));
        } else {
            parts.extend(numbers[i..=j].iter().map(|&n| fast_promotion_title(n)));
        }
        i = j + 1;
    }
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
        _ => parts.concat(),
    };
    format!("Les lauréats de {list} ne sont pas publiés dans les données.")
}

/// "16 ministères\u{202f}; Transition écologique compte le plus de services, 132. Un service compte
/// pour chaque ministère de ses sponsors\u{202f}; 30 services n'en nomment aucun." Ministries that
/// tie for the most are all named ("Justice et Intérieur comptent le plus de services, 132 chacun").
pub fn ministries_summary(ministries: usize, largest: Option<(&[&str], usize)>, without: usize) -> String {
    let mut summary = format!("{} {}", format_count(ministries), plural(ministries, "ministère", "ministères"));
    if let Some((largest, total)) = largest.filter(|(names, _)| !names.is_empty()) {
        let count = format_count(total);
        summary.push_str(&match largest {
            [one] => format!("\u{202f}; {one} compte le plus de services, {count}"),
            several => format!("\u{202f}; {} comptent le plus de services, {count} chacun", and_list(several)),
        });
    }
    summary.push_str(". Un service compte pour chaque ministère de ses sponsors");
    if without > 0 {
        summary.push_str(&format!(
            "\u{202f}; {} {} aucun",
            format_count(without),
            plural(without, "service n'en nomme", "services n'en nomment")
        ));
    }
    summary.push('.');
    summary
}

/// "21 incubateurs\u{202f}; le plus grand, L'Incubateur des Territoires (ANCT), compte 106 services."
/// Incubators that tie for the most are all named ("les plus grands, A et B, comptent 106 services
/// chacun").
pub fn incubators_summary(incubators: usize, largest: &[&str], largest_total: usize) -> String {
    let services = format!("{} {}", format_count(largest_total), plural(largest_total, "service", "services"));
    let largest = match largest {
        [one] => format!("le plus grand, {one}, compte {services}"),
        several => format!("les plus grands, {}, comptent {services} chacun", and_list(several)),
    };
    format!("{} {}\u{202f}; {largest}.", format_count(incubators), plural(incubators, "incubateur", "incubateurs"))
}

/// "A", "A et B", "A, B et C".
fn and_list(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// "Bilan 2023 (1er janvier 2024)" or "Aujourd'hui (28 novembre 2026)".
pub fn evolution_point(year: Option<i32>, date: crate::data::Date) -> String {
    match year {
        Some(year) => format!("Bilan {year} ({})", format_date_long(date)),
        None => format!("{TODAY} ({})", format_date_long(date)),
    }
}

/// "De 4 services au 1er janvier 2014 à 662 aujourd'hui, tous états confondus."
/// "De 4 services au 1er janvier 2014 à 662 aujourd'hui" (`to` is None for today, else the
/// last bilan's date).
pub fn evolution_summary(
    from: crate::data::Date,
    from_total: usize,
    to: Option<crate::data::Date>,
    to_total: usize,
) -> String {
    let when = to.map_or_else(|| "aujourd'hui".to_owned(), |date| format!("au {}", format_date_long(date)));
    format!(
        "De {} {} au {} à {} {when}, tous états confondus.",
        format_count(from_total),
        plural(from_total, "service", "services"),
        format_date_long(from),
        format_count(to_total)
    )
}

pub const CHART_DRAW_FAILED: &str = "Le graphique n'a pas pu être dessiné";

pub const TABLE_VIEW: &str = "Vue tableau";

/// The name of a table's scrolling region: "Vue tableau : Services par incubateur — …", unlike
/// the chart's section, which its title names.
pub fn table_region(caption: &str) -> String {
    format!("{TABLE_VIEW}\u{a0}: {caption}")
}

pub const DOWNLOAD_CSV: &str = "Données (CSV)";

pub const DOWNLOAD_PNG: &str = "Image (PNG)";

pub const CHART_PIECES: &str = "barres du graphique (flèches pour passer de l'une à l'autre)";

/// The bars of a chart a click does nothing on: read, not tab stops.
pub const CHART_BARS: &str = "barres du graphique, chacune nommée par sa valeur";

/// The short text alternative of a chart's image (RGAA 1.1, 1.6): what it is, and where its
/// detailed description is.
pub fn chart_image_label(title: &str) -> String {
    format!(
        "Graphique en barres «\u{a0}{title}\u{a0}»\u{a0}: ses valeurs sont dans le résumé qui le précède, ses barres et son tableau («\u{a0}Vue tableau\u{a0}»)"
    )
}

/// What a bar does, said for the mouse, the keyboard and touch (where a first touch shows the
/// bar's value and a second acts).
pub const HINT_FOCUS_INCUBATOR: &str = "Cliquer sur une barre (ou Entrée) affiche seulement cet incubateur\u{202f}; un second clic les affiche tous. Sur écran tactile, toucher une barre montre sa valeur, la toucher de nouveau affiche seulement cet incubateur.";

pub const HINT_FOCUS_MINISTRY: &str = "Cliquer sur une barre (ou Entrée) affiche seulement ce ministère\u{202f}; un second clic les affiche tous. Sur écran tactile, toucher une barre montre sa valeur, la toucher de nouveau affiche seulement ce ministère.";

pub const HINT_PICK_PROMOTION_YEAR: &str = "Cliquer sur une barre (ou Entrée) affiche l'année de cette promotion, quand sa date est connue. Sur écran tactile, toucher une barre montre sa valeur, la toucher de nouveau affiche cette année.";

pub const HINT_PICK_YEAR: &str = "Cliquer sur une barre (ou Entrée) affiche les chiffres de cette année. Sur écran tactile, toucher une barre montre sa valeur, la toucher de nouveau affiche cette année.";

pub const FUNDING_VIEW_LABEL: &str = "Regrouper les montants";

pub const FUNDING_BY_PROMOTION: &str = "Par promotion";

pub const FUNDING_BY_INCUBATOR: &str = "Par incubateur";

pub const EVOLUTION_SUBTITLE: &str = "Au 1er janvier de chaque année (bilan de l'année précédente), et aujourd'hui";

/// A tooltip on a piece of a stacked bar: "DINUM — Construction\u{a0}: 12 services (sur 45)".
pub fn tooltip_piece(bar: &str, series: &str, value: &str, total: &str) -> String {
    format!("{bar} — {series}{COLON}{value} (sur {total})")
}

/// A tooltip on a whole bar: "FAST 12 - Janvier 2023\u{a0}: 1 630 000 € (9 lauréats)".
pub fn tooltip_bar(bar: &str, value: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{bar}{COLON}{value} ({note})"),
        None => format!("{bar}{COLON}{value}"),
    }
}

/// "Promotions FAST de 2023" or "Toutes les promotions FAST".
pub fn funding_subtitle(year: Option<i32>) -> String {
    match year {
        Some(year) => format!("Promotions FAST de {year}"),
        None => "Toutes les promotions FAST".to_owned(),
    }
}

// ---- Transparency ---------------------------------------------------------------------------------

pub const CHART_TRANSPARENCY: &str = "Transparence des services";

pub const COLUMN_PUBLICATION: &str = "Ce que le service publie";

pub const COLUMN_SERVICES: &str = "Services";

pub const COLUMN_SHARE: &str = "Part des services (%)";

/// One line of the transparency block, as its bar, its table and its tooltips name it.
pub fn indicator_line(indicator: crate::data::Indicator) -> &'static str {
    use crate::data::Indicator as I;
    match indicator {
        I::Total => "Services retenus par les filtres",
        I::Stats => "Page de statistiques publique",
        I::Budget => "Page de budget",
        I::Impact => "Page d'impact",
        I::Repository => "Code source publié",
        I::Accessibility(status) => accessibility_line(status),
    }
}

/// An accessibility status by its name alone, as the transparency summary says it.
pub fn accessibility_status(status: crate::data::Accessibility) -> &'static str {
    use crate::data::Accessibility as A;
    match status {
        A::Totalement => "totalement conforme",
        A::Partiellement => "partiellement conforme",
        A::NonConforme => "non conforme",
        A::NotStated => "non déclarée",
    }
}

/// An accessibility status as a line of the transparency block (its bar, its table and its tooltip
/// say it in the same words).
fn accessibility_line(status: crate::data::Accessibility) -> &'static str {
    use crate::data::Accessibility as A;
    match status {
        A::Totalement => "Accessibilité\u{a0}: totalement conforme",
        A::Partiellement => "Accessibilité\u{a0}: partiellement conforme",
        A::NonConforme => "Accessibilité\u{a0}: non conforme",
        A::NotStated => "Accessibilité\u{a0}: non déclarée",
    }
}

/// What a transparency line's tooltip says after its share: "236 services sur 662".
pub fn share_detail(count: usize, total: usize) -> String {
    format!("{} {} sur {}", format_count(count), plural(count, "service", "services"), format_count(total))
}

/// "Situation au 1er janvier 2024 · liens publiés au 20 août 2026": links are published as they are
/// today, not dated, whatever the year chosen.
pub fn transparency_subtitle(caption: &str, published: Option<crate::data::Date>) -> String {
    match published {
        Some(date) => format!("{caption} · liens publiés au {}", format_date_long(date)),
        None => format!("{caption} · liens tels que publiés aujourd'hui, non datés"),
    }
}

/// What the block says at a glance: "Sur 412 services\u{a0}: page de statistiques publique 35,4\u{a0}%,
/// …. Accessibilité déclarée\u{a0}: totalement conforme 0,5\u{a0}%, …". Each line is (its label, its
/// share, or `None` when the data's version does not publish it).
pub fn transparency_summary(
    total: usize,
    links: &[(&str, Option<String>)],
    statuses: &[(&str, Option<String>)],
) -> String {
    let said = |lines: &[(&str, Option<String>)]| {
        let said: Vec<String> = lines
            .iter()
            .map(|(label, share)| match share {
                Some(share) => format!("{} {share}", lower_first(label)),
                None => format!("{}\u{a0}: {}", lower_first(label), super::NOT_PUBLISHED),
            })
            .collect();
        said.join(", ")
    };
    format!(
        "Sur {} {}\u{a0}: {}. Accessibilité déclarée\u{a0}: {}.",
        format_count(total),
        plural(total, "service", "services"),
        said(links),
        said(statuses)
    )
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_ministries_summary_says_the_services_without_a_ministry_apart() {
        assert_eq!(
            ministries_summary(16, Some((&["Justice"], 26)), 30),
            "16 ministères\u{202f}; Justice compte le plus de services, 26. Un service compte pour chaque ministère de ses sponsors\u{202f}; 30 services n'en nomment aucun."
        );
        assert_eq!(
            ministries_summary(1, Some((&["Justice"], 1)), 0),
            "1 ministère\u{202f}; Justice compte le plus de services, 1. Un service compte pour chaque ministère de ses sponsors."
        );
        assert!(ministries_summary(0, None, 1).ends_with("1 service n'en nomme aucun."));
    }

    #[test]
    fn a_tie_for_the_most_names_every_one_tied() {
        assert_eq!(
            ministries_summary(16, Some((&["Transition écologique", "Économie"], 132)), 0),
            "16 ministères\u{202f}; Transition écologique et Économie comptent le plus de services, 132 chacun. Un service compte pour chaque ministère de ses sponsors."
        );
        assert_eq!(
            incubators_summary(3, &["A", "B", "C"], 7),
            "3 incubateurs\u{202f}; les plus grands, A, B et C, comptent 7 services chacun."
        );
        assert_eq!(incubators_summary(3, &["A"], 1), "3 incubateurs\u{202f}; le plus grand, A, compte 1 service.");
    }

    use super::*;

    #[test]
    fn unpublished_promotions_are_listed_as_ranges() {
        assert_eq!(
            unpublished_promotions(&[1, 2, 3, 4, 7, 9, 10]),
            "Les lauréats de FAST 1 à FAST 4, FAST 7, FAST 9 et FAST 10 ne sont pas publiés dans les données."
        );
        assert_eq!(
            unpublished_promotions(&[1, 3]),
            "Les lauréats de FAST 1 et FAST 3 ne sont pas publiés dans les données."
        );
        assert_eq!(unpublished_promotions(&[5]), "Les lauréats de FAST 5 ne sont pas publiés dans les données.");
    }
}
