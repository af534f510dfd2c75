//! What data text may hold, and how text from a data file is echoed back in
//! messages. A data file is written by hand and pasted from anywhere: an id
//! with a zero-width space looks like another id, a title of bidi controls
//! shows nothing (or turns the line around it backwards), and a key with a
//! newline echoed raw writes its own lines into a terminal or CI log.

/// How many characters of a value or key a message echoes.
pub const ECHO_CHARS: usize = 80;

/// Control characters (Unicode Cc) and format characters (Unicode Cf: the
/// bidi embeddings, overrides and isolates, zero-width spaces and joiners,
/// the byte order mark, invisible operators, tags…). None of them belongs
/// in an id, and in a text they are never all there is to see.
pub fn is_control_or_format(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x001F | 0x007F..=0x009F |                  // Cc
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F |
        0x0890..=0x0891 | 0x08E2 | 0x180E |
        0x200B..=0x200F |                                    // zero-width, LRM, RLM
        0x202A..=0x202E |                                    // bidi embeddings and overrides
        0x2060..=0x2064 | 0x2066..=0x206F |                  // word joiner, bidi isolates
        0xFEFF | 0xFFF9..=0xFFFB |
        0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 |
        0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// Characters that draw nothing on their own: whitespace, control and
/// format characters, and the blank fillers and selectors fonts show as
/// empty.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_control_or_format(c)
        || matches!(c as u32,
            0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180D | 0x180F |
            0x2800 | 0x3164 | 0xFE00..=0xFE0F | 0xFFA0 | 0xE0100..=0xE01EF)
}

/// Whether a text has at least one character that can be seen.
pub fn has_visible(text: &str) -> bool {
    !text.chars().all(is_invisible)
}

/// The first control, format, line or paragraph separator character in an
/// id, if any.
pub fn bad_id_char(id: &str) -> Option<char> {
    id.chars().find(|&c| is_control_or_format(c) || matches!(c, '\u{2028}' | '\u{2029}'))
}

/// `text` cut to `ECHO_CHARS` characters, with an ellipsis when cut.
pub fn clip_echo(text: &str) -> String {
    match text.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// `text` as a quoted string safe to print anywhere: cut to `ECHO_CHARS`,
/// quotes and backslashes escaped, and every control, format, line or
/// paragraph separator character written as an escape (`\n`, `\u{202E}`),
/// so it can neither break a line nor turn the text around it backwards.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * ECHO_CHARS) + 2);
    out.push('"');
    for (i, c) in text.chars().enumerate() {
        if i == ECHO_CHARS {
            out.push('…');
            break;
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control_or_format(c) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') => {
                out.push_str(&format!("\\u{{{:04X}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A path one key further down: `path.key` when the key is a plain name
/// (letters, digits, `_`, `-`, `$`), `path["key"]` escaped otherwise.
pub fn key_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().count() <= ECHO_CHARS
        && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    if plain {
        field_path(path, key)
    } else {
        format!("{path}[{}]", quoted(key))
    }
}

/// A path one field further down: `path.name`, for a name known to be
/// plain. One function for every such path, not a `format!` at each.
#[inline(never)]
pub fn field_path(path: &str, name: &str) -> String {
    format!("{path}.{name}")
}

/// A path one list item further down: `path[index]`. One function for
/// every list the reader walks, not a `format!` inlined at each.
#[inline(never)]
pub fn index_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// Text for HTML: the five characters that could end a text or an
/// attribute value, as entities (for the few lists written as one HTML
/// string, such as the download control's).
pub fn html_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `template` with every `placeholder` in it replaced by `value`, as
/// `str::replace` does; an empty placeholder replaces nothing (where
/// `replace` would put `value` between every two characters).
///
/// Neither `str::replace` nor a `&str` pattern (`find`, `split_once`):
/// core's substring searcher slices with a bounds check, and the panic
/// message of a failed check formats a `char` with `Debug`, which brings
/// core's escaping code and Unicode tables into the reader's Wasm (about
/// 4 KB brotli with the rest of that path; BENCHMARKS.md, #16's sixth
/// round) for a panic that cannot happen. The bytes of a UTF-8 placeholder
/// only ever match at character boundaries, so the `get`s below always
/// succeed (checked in debug builds and native tests).
pub fn fill_in(template: &str, placeholder: &str, value: &str) -> String {
    let mut out = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    let needle = placeholder.as_bytes();
    if !needle.is_empty() {
        while let Some(at) = rest.as_bytes().windows(needle.len()).position(|w| w == needle) {
            debug_assert!(rest.is_char_boundary(at), "fill_in: a match inside a character");
            out.push_str(rest.get(..at).unwrap_or_default());
            out.push_str(value);
            rest = rest.get(at + needle.len()..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_refuse_every_control_and_format_character() {
        for c in ['\u{0}', '\n', '\u{7F}', '\u{9F}', '\u{AD}', '\u{200B}', '\u{200D}', '\u{200F}', '\u{202A}']
        {
            assert_eq!(bad_id_char(&format!("a{c}b")), Some(c), "{:04X}", c as u32);
        }
        for c in ['\u{202E}', '\u{2066}', '\u{2069}', '\u{FEFF}', '\u{E0041}', '\t', '\u{2028}'] {
            assert_eq!(bad_id_char(&format!("a{c}b")), Some(c), "{:04X}", c as u32);
        }
        assert_eq!(bad_id_char("tieren-promotion"), None);
        assert_eq!(bad_id_char("鐵西 2025"), None);
    }

    #[test]
    fn a_text_of_only_invisible_characters_has_nothing_visible() {
        for text in
            ["\u{200B}", "\u{FEFF}\u{202E}", " \u{3000}\u{2066}\u{2069}", "\u{3164}", "\u{2800}\u{FE0F}"]
        {
            assert!(!has_visible(text), "{text:?}");
        }
        for text in ["a", "\u{202E}abc", "鐵", "0"] {
            assert!(has_visible(text), "{text:?}");
        }
    }

    #[test]
    fn echoes_are_cut_and_escaped() {
        assert_eq!(quoted("a\"b\\c\nd\u{202E}e"), r#""a\"b\\c\nd\u{202E}e""#);
        assert_eq!(quoted(&"x".repeat(2_000)).chars().count(), ECHO_CHARS + 3);
        assert_eq!(clip_echo(&"y".repeat(100)), format!("{}…", "y".repeat(ECHO_CHARS)));
        assert_eq!(quoted("\u{1b}[2J"), r#""\u{001B}[2J""#);
    }

    #[test]
    fn keys_that_are_not_plain_names_are_quoted_in_paths() {
        assert_eq!(key_path("$.meta", "title"), "$.meta.title");
        assert_eq!(key_path("$.meta.title", "zh-Hant"), "$.meta.title.zh-Hant");
        assert_eq!(key_path("$", "a\nerror: forged"), r#"$["a\nerror: forged"]"#);
        assert_eq!(key_path("$", "a.b"), r#"$["a.b"]"#);
        assert_eq!(key_path("$", ""), r#"$[""]"#);
        assert!(key_path("$", &"k".repeat(5_000)).len() < 100);
    }

    #[test]
    fn html_text_cannot_leave_its_text_or_attribute() {
        assert_eq!(
            html_escaped(r#"<img src=x onerror="a">&'"#),
            "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
        );
        assert_eq!(html_escaped("12家合作高校"), "12家合作高校");
    }

    #[test]
    fn fill_in_replaces_every_placeholder_and_nothing_else() {
        assert_eq!(fill_in("{n} of {n}", "{n}", "3"), "3 of 3");
        assert_eq!(fill_in("共{n}項", "{n}", "12"), "共12項");
        assert_eq!(fill_in("no placeholder", "{n}", "3"), "no placeholder");
        assert_eq!(fill_in("{0}", "{0}", "{0}{0}"), "{0}{0}");
        assert_eq!(fill_in("keep {n}", "", "x"), "keep {n}");
        assert_eq!(fill_in("", "{n}", "x"), "");
        assert_eq!(fill_in("{n}{n}", "{n}", "1"), "11");
        assert_eq!(fill_in("{{n}}", "{n}", "1"), "{1}");
        assert_eq!(fill_in("abc{n", "{n}", "1"), "abc{n");
        assert_eq!(fill_in("{n}鐵西{n}", "{n}", "二〇二五"), "二〇二五鐵西二〇二五");
        assert_eq!(fill_in("é{n}é", "é", "e"), "e{n}e");
    }
}
