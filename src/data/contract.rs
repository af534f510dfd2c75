//! What the loader (loader/embed.js) and the Wasm agree on: how a host's
//! language tag resolves, the option and view names, and the
//! failure texts. Written once in loader/contract.json; build.rs generates
//! the constants below and loader/finish-dist.mjs the loader's copy.

use super::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/contract.rs"));

/// The view a `view` option names (trimmed, any case); anything else is
/// the default view.
pub fn view_named(name: &str) -> &'static str {
    let wanted = name.trim().to_ascii_lowercase();
    VIEWS.iter().copied().find(|v| *v == wanted).unwrap_or(VIEWS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_names_every_language_and_the_defaults_the_loader_assumes() {
        for lang in Lang::ALL {
            assert!(LANGUAGE_RULES.iter().any(|(_, l)| *l == lang), "{lang} is reachable from some tag");
            assert!(!FAILED[lang as usize].is_empty() && !STOPPED[lang as usize].is_empty());
        }
        assert_eq!(VIEWS[0], "both");
        for option in ["lang", "theme", "src", "selected", "view"] {
            assert!(OPTIONS.contains(&option), "{option}");
        }
    }

    #[test]
    fn views_are_read_loosely_and_default_to_both() {
        assert_eq!(view_named(" Timeline "), "timeline");
        assert_eq!(view_named("INDICATORS"), "indicators");
        assert_eq!(view_named("everything"), "both");
        assert_eq!(view_named(""), "both");
    }
}
