//! Reader languages and text that exists once per language.

use std::fmt;

/// A language the widget is written in. The article is Traditional Chinese;
/// Simplified Chinese and English are our own translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    /// Traditional Chinese, the article's language.
    ZhHant,
    /// Simplified Chinese.
    ZhHans,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order the UI lists them.
    pub const ALL: [Lang; 3] = [Lang::ZhHant, Lang::ZhHans, Lang::En];

    /// The BCP 47 tag used in attributes and in the data file.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// Reads an exact tag as written in the data file.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Reads a loose tag from a host page (`zh-TW`, `zh-hk`, `zh-MY`, `EN-GB`…):
    /// hosts write `<html lang>` in many ways, and a reader on a Taiwanese page
    /// wants Traditional characters even if the page says `zh-TW`. The rules
    /// are the loader's too (loader/contract.json); `None` when none matches.
    pub fn from_loose_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        super::contract::LANGUAGE_RULES
            .iter()
            .find(|(prefix, _)| {
                t.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
            })
            .map(|(_, lang)| *lang)
    }

    /// Resolves a host's tag, falling back to the contract's default language.
    pub fn resolve(tag: &str) -> Lang {
        Lang::from_loose_tag(tag).unwrap_or(super::contract::DEFAULT_LANG)
    }

    /// Whether the language sets text without spaces between words (CJK),
    /// which decides how units are joined to numbers.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::ZhHant | Lang::ZhHans)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A text in every supported language. Validation fills a missing language
/// from the dataset's default language (with a warning), so lookups never fail.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    texts: [String; 3],
}

impl Localized {
    /// Builds a text from one string per language, in `Lang::ALL` order.
    pub fn new(zh_hant: &str, zh_hans: &str, en: &str) -> Self {
        Localized { texts: [zh_hant.to_owned(), zh_hans.to_owned(), en.to_owned()] }
    }

    /// The same string in every language (names, symbols).
    pub fn same(text: &str) -> Self {
        Localized::new(text, text, text)
    }

    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        &self.texts[lang as usize]
    }

    /// Replaces the text in one language.
    pub fn set(&mut self, lang: Lang, text: String) {
        self.texts[lang as usize] = text;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_tags_map_to_the_script_a_reader_expects() {
        let cases = [
            ("zh-TW", Some(Lang::ZhHant)),
            ("zh-HK", Some(Lang::ZhHant)),
            ("zh-Hant-TW", Some(Lang::ZhHant)),
            ("zh-Hant-MY", Some(Lang::ZhHant)),
            ("zh", Some(Lang::ZhHant)),
            ("zh-CN", Some(Lang::ZhHans)),
            ("zh-hans", Some(Lang::ZhHans)),
            ("zh-SG", Some(Lang::ZhHans)),
            ("zh-MY", Some(Lang::ZhHans)),
            ("zh_my", Some(Lang::ZhHans)),
            ("en-GB", Some(Lang::En)),
            ("EN-GB", Some(Lang::En)),
            (" en-US ", Some(Lang::En)),
            ("eng", None),
            ("zhx", None),
            ("fr", None),
            ("", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::from_loose_tag(tag), want, "{tag:?}");
        }
        assert_eq!(Lang::resolve("fr"), Lang::ZhHant);
    }

    #[test]
    fn exact_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("zh-TW"), None);
    }
}
