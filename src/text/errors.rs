//! Why something could not be read: the wording of data's errors and problems (their `Display`).

use super::format::format_int;
use crate::data::Encoding;
use crate::data::FetchError;
use crate::data::FileStatus;
use crate::data::FormatError;
use crate::data::JsonErrorKind;
use crate::data::JsonKind;
use crate::data::LoadError;
use crate::data::Problem;
use crate::data::ReaderError;
use std::fmt;

/// What a reader can do about a load failure, by its cause.
pub fn load_failed_help(error: &LoadError) -> &'static str {
    match error {
        LoadError::Unavailable(_, FetchError::Network(_) | FetchError::Timeout(_) | FetchError::Pending) => {
            "Vérifiez votre connexion puis réessayez. Si le problème persiste, les données restent consultables sur beta.gouv.fr."
        }
        LoadError::Unavailable(_, FetchError::Interrupted(_)) => {
            "Le fichier est arrivé incomplet\u{202f}: réessayez, une coupure passagère de la connexion suffit à l'interrompre. Si le problème persiste, les données restent consultables sur beta.gouv.fr."
        }
        LoadError::Unavailable(_, FetchError::Status(404)) => {
            "Le fichier n'est pas à cette adresse\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse, ou signalez-le aux responsables du site."
        }
        LoadError::Unavailable(_, FetchError::Status(_)) => {
            "Le serveur est en difficulté\u{202f}: réessayez dans quelques minutes. Les données restent consultables sur beta.gouv.fr."
        }
        LoadError::Unavailable(_, FetchError::TooLarge { .. }) => {
            "Le tableau de bord lit d'ordinaire une version compacte des données (quelques centaines de ko)\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse."
        }
        LoadError::Malformed(_, FormatError::Html) => {
            "L'adresse mène à une page web et non au fichier de données\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse."
        }
        LoadError::Malformed(_, FormatError::Encoding(Encoding::Gzip)) => {
            "Le serveur doit envoyer ce fichier avec l'en-tête «\u{a0}Content-Encoding: gzip\u{a0}», ou non compressé\u{202f}: signalez-le aux responsables du site."
        }
        LoadError::Malformed(_, FormatError::Encoding(_)) => {
            "Le fichier doit être enregistré en UTF-8 (ou UTF-16)\u{202f}: signalez-le aux responsables du site."
        }
        LoadError::Malformed(_, FormatError::UnsupportedFormat { .. }) => {
            "Ce fichier vient d'une version plus récente du tableau de bord\u{202f}: rechargez la page pour obtenir la dernière version."
        }
        LoadError::Malformed(_, FormatError::Syntax { kind: JsonErrorKind::UnexpectedEnd, .. }) => {
            "Le fichier est incomplet\u{202f}: réessayer peut suffire s'il a été coupé en route\u{202f}; sinon il doit être publié à nouveau."
        }
        LoadError::Malformed(_, FormatError::Syntax { .. }) => {
            "Le fichier n'est pas du JSON valide à l'endroit indiqué\u{202f}: il doit être corrigé puis publié à nouveau."
        }
        LoadError::Malformed(_, FormatError::Shape { .. } | FormatError::Field { .. }) => {
            "C'est du JSON, mais pas de la forme des données de beta.gouv.fr\u{202f}: vérifiez le paramètre «\u{a0}source\u{a0}» de l'adresse, ou signalez-le aux responsables du site."
        }
        LoadError::Reader(_) => {
            "Rechargez la page\u{202f}; si le problème persiste, le site sert mal le lecteur des fichiers publiés (reader_loader.js, reader.js, reader_bg.wasm)\u{202f}: signalez-le à ses responsables. Les données compactes du tableau de bord, sans paramètre «\u{a0}source\u{a0}», restent lisibles."
        }
    }
}

impl fmt::Display for crate::data::DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "«\u{a0}{}\u{a0}» n'est pas une date AAAA-MM-JJ", self.text)
    }
}

impl std::error::Error for crate::data::DateError {}

// The other errors of the data core, worded above: errors like any other (`?`, `Box<dyn Error>`).
// Their wording lives here with every word of the dashboard; the data layer alone builds without it.
impl std::error::Error for crate::data::FetchError {}
impl std::error::Error for crate::data::FormatError {}
impl std::error::Error for crate::data::LoadError {}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "vide (null)",
            JsonKind::Bool => "un booléen",
            JsonKind::Number => "un nombre",
            JsonKind::String => "un texte",
            JsonKind::Array => "un tableau",
            JsonKind::Object => "un objet",
        })
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Status(404) => write!(f, "fichier introuvable (HTTP 404)"),
            FetchError::Status(status) => write!(f, "le serveur a répondu par une erreur (HTTP {status})"),
            // The browser's own words (English) go to the console only.
            FetchError::Network(_) => {
                f.write_str("le serveur n'a pas pu être joint (réseau indisponible ou accès refusé)")
            }
            FetchError::Timeout(seconds) => write!(f, "pas de réponse complète en {seconds} secondes"),
            // The browser's own words (English) go to the console only.
            FetchError::Interrupted(_) => {
                f.write_str("téléchargement interrompu avant la fin du fichier (connexion coupée en cours de route)")
            }
            FetchError::Pending => f.write_str("en cours de chargement"),
            FetchError::TooLarge { bytes, limit } => write!(
                f,
                "fichier trop volumineux pour un navigateur ({}\u{a0}Mo, limite {}\u{a0}Mo)",
                bytes.div_ceil(1_000_000),
                limit / 1_000_000
            ),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Syntax { line, column, kind } => {
                let what = match kind {
                    JsonErrorKind::UnexpectedEnd => "fichier tronqué",
                    JsonErrorKind::Syntax => "syntaxe incorrecte",
                    JsonErrorKind::NumberOutOfRange => "nombre hors des limites d'un nombre à virgule",
                    JsonErrorKind::Other => "contenu illisible",
                };
                write!(f, "JSON invalide ({what}), ligne {line}, colonne {column}")
            }
            FormatError::Shape { path, expected, found } => {
                write!(f, "{path} devrait être {expected}, c'est {found}")
            }
            // The parser's words (English), said in French: what it found, what it expected, where.
            FormatError::Field { detail } => write!(f, "champ absent ou d'un autre type ({})", parser_detail(detail)),
            FormatError::Html => f.write_str("page HTML reçue au lieu de données JSON"),
            FormatError::Encoding(Encoding::Utf32) => f.write_str("texte en UTF-32, un encodage non pris en charge"),
            FormatError::Encoding(Encoding::Gzip) => {
                f.write_str("fichier compressé (gzip) envoyé sans l'indiquer, que le navigateur n'a pas décompressé")
            }
            FormatError::Encoding(Encoding::Binary) => f.write_str("contenu binaire, pas du texte"),
            FormatError::UnsupportedFormat { found, known } => write!(
                f,
                "format {found}, plus récent que celui que cette version du tableau de bord sait lire ({known})"
            ),
        }
    }
}

impl fmt::Display for FileStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileStatus::Read => f.write_str("lu"),
            FileStatus::Unavailable(error) => write!(f, "indisponible\u{a0}: {error}"),
            FileStatus::Malformed(error) => write!(f, "illisible\u{a0}: {error}"),
            FileStatus::Noted(text) => f.write_str(text),
        }
    }
}

impl fmt::Display for ReaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReaderError::Request => f.write_str("requête illisible"),
            ReaderError::Answer(head) => write!(f, "réponse illisible «\u{a0}{head}\u{a0}»"),
            ReaderError::Stopped => f.write_str("reader_loader.js n'a pas pu être chargé ou s'est arrêté"),
            ReaderError::Other(words) => f.write_str(words),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unavailable(file, error) => write!(f, "{} est indisponible\u{a0}: {error}.", file.file_name()),
            LoadError::Malformed(file, error) => write!(f, "{} est illisible\u{a0}: {error}.", file.file_name()),
            LoadError::Reader(error) => {
                write!(f, "le lecteur des fichiers publiés n'a pas pu s'exécuter\u{a0}: {error}.")
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotAnObject { found } => write!(f, "l'enregistrement est {found}, pas un objet"),
            Problem::MissingId => f.write_str("pas d'identifiant"),
            Problem::DuplicateId => f.write_str("identifiant en double\u{a0}: seul le premier est gardé"),
            Problem::MissingField { field } => write!(f, "champ «\u{a0}{field}\u{a0}» absent"),
            Problem::WrongType { field, expected, found } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: {expected} attendu, {found} trouvé")
            }
            Problem::BadDate { field, text } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: «\u{a0}{text}\u{a0}» n'est pas une date valide")
            }
            Problem::ImplausibleDate { field, text } => write!(
                f,
                "champ «\u{a0}{field}\u{a0}»\u{a0}: date invraisemblable «\u{a0}{text}\u{a0}» (attendue de {} à {} ans après aujourd'hui), ignorée",
                crate::data::FIRST_PLAUSIBLE_YEAR,
                crate::data::YEARS_AHEAD
            ),
            Problem::UnknownPhase { name } => {
                write!(f, "phase «\u{a0}{name}\u{a0}» inconnue\u{a0}: gardée telle quelle, hors des quatre groupes")
            }
            Problem::NoPhase => f.write_str("aucune phase datée\u{a0}: le service n'est compté à aucune date"),
            Problem::NoIncubator => f.write_str("aucun incubateur\u{a0}: compté dans les totaux seulement"),
            Problem::UnknownIncubator { id } => {
                write!(
                    f,
                    "incubateur «\u{a0}{id}\u{a0}», qui n'est décrit nulle part\u{a0}: affiché sous son identifiant"
                )
            }
            Problem::NoTitle => f.write_str("pas de titre\u{a0}: l'identifiant le remplace"),
            Problem::UnknownService { id } => write!(f, "service «\u{a0}{id}\u{a0}» absent de startups.json"),
            Problem::UnknownPromotion { number } => write!(f, "promotion {number} absente de la liste des promotions"),
            Problem::UnknownAmount { text } if text.is_empty() => {
                f.write_str("montant non indiqué\u{a0}: compté comme lauréat au montant inconnu")
            }
            Problem::UnknownAmount { text } => {
                write!(
                    f,
                    "aucun montant plausible (de 0 à {}\u{a0}M€) dans «\u{a0}{text}\u{a0}»\u{a0}: compté comme lauréat au montant inconnu",
                    crate::data::MAX_PLAUSIBLE_EUR / 1_000_000
                )
            }
            Problem::AmbiguousText { text } => write!(
                f,
                "«\u{a0}{text}\u{a0}» nomme deux promotions ou deux montants\u{a0}: cette partie reste inconnue"
            ),
            Problem::NotAnAward { text } => {
                write!(f, "«\u{a0}{text}\u{a0}» ne nomme ni montant, ni promotion, ni lauréat\u{a0}: non compté")
            }
            Problem::NoPromotion { text } if text.is_empty() => f.write_str("promotion non indiquée"),
            Problem::NoPromotion { text } => write!(f, "promotion introuvable dans «\u{a0}{text}\u{a0}»"),
            Problem::Noted { text } => f.write_str(text),
            Problem::HiddenCharacters { field } => write!(
                f,
                "champ «\u{a0}{field}\u{a0}»\u{a0}: caractères invisibles ou d'inversion du sens d'écriture retirés"
            ),
            Problem::Unreadable { error } => write!(f, "enregistrement illisible\u{a0}: {error}"),
            Problem::TooLong { bytes, limit } => write!(
                f,
                "enregistrement trop long ({}\u{a0}ko, limite {}\u{a0}ko)\u{a0}: ignoré sans être lu",
                format_int(bytes.div_ceil(1000) as u64),
                format_int((limit / 1000) as u64)
            ),
            Problem::TooDeep { limit } => {
                write!(f, "enregistrement imbriqué sur plus de {limit} niveaux\u{a0}: ignoré sans être lu")
            }
            Problem::BadNumber { field, text } => {
                write!(f, "champ «\u{a0}{field}\u{a0}»\u{a0}: «\u{a0}{text}\u{a0}» n'est pas un nombre valable")
            }
        }
    }
}

/// A data error of the JSON parser (serde's English: "invalid type: null, expected struct Document
/// at line 1 column 4") in French: "vide (null) trouvé, un objet attendu, ligne 1, colonne 4".
/// Field names stay as written; what the parser says that is not recognised is not shown.
pub fn parser_detail(detail: &str) -> String {
    let (what, place) = match detail.rsplit_once(" at line ") {
        Some((what, place)) => match place.split_once(" column ") {
            Some((line, column)) if line.parse::<u64>().is_ok() && column.parse::<u64>().is_ok() => {
                (what, Some((line, column)))
            }
            _ => (detail, None),
        },
        None => (detail, None),
    };
    let quoted = |rest: &str| rest.split('`').nth(1).map(str::to_owned).unwrap_or_default();
    let words = if let Some(rest) = what.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        format!("{} trouvé, {} attendu", found_words(found), expected_words(expected))
    } else if let Some(rest) = what.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        format!("valeur non valable ({}), {} attendu", found_words(found), expected_words(expected))
    } else if let Some(rest) = what.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        format!("longueur {} non valable, {} attendu", length.trim(), expected_words(expected))
    } else if let Some(rest) = what.strip_prefix("missing field ") {
        format!("champ «\u{a0}{}\u{a0}» absent", quoted(rest))
    } else if let Some(rest) = what.strip_prefix("unknown field ") {
        format!("champ «\u{a0}{}\u{a0}» inconnu", quoted(rest))
    } else if let Some(rest) = what.strip_prefix("duplicate field ") {
        format!("champ «\u{a0}{}\u{a0}» en double", quoted(rest))
    } else if let Some(rest) = what.strip_prefix("unknown variant ") {
        format!("valeur «\u{a0}{}\u{a0}» inconnue", quoted(rest))
    } else {
        "contenu d'une autre forme que celle attendue".to_owned()
    };
    match place {
        Some((line, column)) => format!("{words}, ligne {line}, colonne {column}"),
        None => words,
    }
}

/// What serde says it found (`serde::de::Unexpected`), in French.
fn found_words(found: &str) -> String {
    let kind = match found.split([' ', '`', '"']).next().unwrap_or_default() {
        "null" | "unit" | "Option" => Some(JsonKind::Null),
        "boolean" => Some(JsonKind::Bool),
        "integer" | "floating" => Some(JsonKind::Number),
        "string" | "character" => Some(JsonKind::String),
        "sequence" => Some(JsonKind::Array),
        "map" => Some(JsonKind::Object),
        _ => None,
    };
    kind.map_or_else(|| "une valeur d'un autre type".to_owned(), |k| k.to_string())
}

/// What serde says it expected (`serde::de::Expected`), in French.
fn expected_words(expected: &str) -> String {
    let expected = expected.trim();
    let word = expected.trim_start_matches("a ").trim_start_matches("an ");
    let first = word.split([' ', '`']).next().unwrap_or_default();
    let kind = match first {
        "struct" | "map" => Some(JsonKind::Object),
        "string" | "borrowed" | "char" => Some(JsonKind::String),
        "sequence" | "tuple" | "array" => Some(JsonKind::Array),
        "boolean" | "bool" => Some(JsonKind::Bool),
        "unit" => Some(JsonKind::Null),
        _ => None,
    };
    if let Some(kind) = kind {
        return kind.to_string();
    }
    match first.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "u" | "i" | "usize" | "isize" => "un nombre entier".to_owned(),
        "f" => "un nombre".to_owned(),
        _ => "une valeur d'un autre type".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_errors_read_in_french_with_line_and_column() {
        let cases = [
            (
                "invalid type: null, expected struct Document at line 1 column 4",
                "vide (null) trouvé, un objet attendu, ligne 1, colonne 4",
            ),
            (
                "invalid type: string \"3\", expected u32 at line 2 column 13",
                "un texte trouvé, un nombre entier attendu, ligne 2, colonne 13",
            ),
            (
                "invalid type: integer `5`, expected a string at line 3 column 1",
                "un nombre trouvé, un texte attendu, ligne 3, colonne 1",
            ),
            (
                "invalid type: map, expected a sequence at line 1 column 20",
                "un objet trouvé, un tableau attendu, ligne 1, colonne 20",
            ),
            ("missing field `format` at line 1 column 2", "champ «\u{a0}format\u{a0}» absent, ligne 1, colonne 2"),
            ("unknown variant `rose`, expected one of `a`, `b`", "valeur «\u{a0}rose\u{a0}» inconnue"),
            (
                "something else entirely at line 1 column 1",
                "contenu d'une autre forme que celle attendue, ligne 1, colonne 1",
            ),
        ];
        for (english, french) in cases {
            assert_eq!(parser_detail(english), french, "{english}");
        }
        let error = FormatError::Field { detail: cases[0].0.to_owned() };
        assert_eq!(
            error.to_string(),
            "champ absent ou d'un autre type (vide (null) trouvé, un objet attendu, ligne 1, colonne 4)"
        );
    }

    #[test]
    fn a_compact_file_holding_null_is_reported_in_french() {
        let Err(error) = crate::data::read::compact::read("null") else { panic!("null is no compact file") };
        let message = error.to_string();
        assert!(message.contains("ligne 1, colonne 4"), "{message}");
        for english in ["invalid", "expected", "struct", "line", "column"] {
            assert!(!message.contains(english), "{message}");
        }
    }

    #[test]
    fn problems_read_as_french_sentences() {
        let p =
            Problem::WrongType { field: "attributes.name".into(), expected: JsonKind::String, found: JsonKind::Number };
        assert_eq!(p.to_string(), "champ «\u{a0}attributes.name\u{a0}»\u{a0}: un texte attendu, un nombre trouvé");
        assert_eq!(FetchError::Status(404).to_string(), "fichier introuvable (HTTP 404)");
        assert_eq!(
            FetchError::Interrupted("network error".into()).to_string(),
            "téléchargement interrompu avant la fin du fichier (connexion coupée en cours de route)"
        );
        let too_large = FetchError::TooLarge { bytes: 460_000_000, limit: crate::data::MAX_FILE_BYTES };
        assert_eq!(
            too_large.to_string(),
            "fichier trop volumineux pour un navigateur (460\u{a0}Mo, limite 50\u{a0}Mo)"
        );
    }
}
