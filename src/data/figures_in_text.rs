//! The figures a sentence states, whatever language and numerals it uses:
//! `60億美元` and `US$6 billion` both state 6,000,000,000; `十二個季度` and
//! `twelve quarters` both state 12; `7月24日` and `24 July` both state 7 and
//! 24. Translations are checked with it (each must state the same figures
//! as the text it translates), and so is the rule that every figure the
//! widget shows comes from its sources.

use super::format::ENGLISH_MONTHS;

/// Chinese characters that may follow a Chinese-numeral count and make it
/// a figure (`六所`, `兩輪`, `第七批`, `八月`). Without one the numeral is
/// part of a word (`一支團隊`, `三甲醫院`, `第一方陣`) and states nothing.
const MEASURE_WORDS: &str = "個个所家項项季輪轮批年月日號号倍維维位名";

const ENGLISH_NUMBERS: [&str; 12] =
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ENGLISH_ORDINALS: [&str; 11] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
];
/// Every figure `text` states, in order of appearance.
///
/// Counted: Arabic numerals (`1,234.5`), scaled by a big unit that follows
/// them (`萬`, `億`, `thousand`, `million`, `billion`); Chinese numerals
/// followed by a measure word; lower-case English number words and
/// ordinals from two (`second`) to twelve; English month names (as their
/// number). Not counted: digits that are part of a name (`3SBio`, `Q3`),
/// "first" (an ordinal both languages often say without a numeral), and
/// capitalised number words (`League One`).
pub fn figures_in_text(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], '.' | ',') && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let glued_to_name = (start > 0 && chars[start - 1].is_ascii_alphabetic())
                || chars.get(i).is_some_and(char::is_ascii_alphabetic);
            let digits: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            if let (false, Ok(n)) = (glued_to_name, digits.parse::<f64>()) {
                let (scale, next) = big_unit(&chars, i);
                out.push(n * scale);
                i = next;
            }
        } else if let Some(n) = chinese_numeral_at(&chars, i) {
            let end = i + n.1;
            let (scale, next) = big_unit(&chars, end);
            if scale > 1.0 {
                out.push(n.0 * scale);
                i = next;
                continue;
            }
            if chars.get(end).is_some_and(|c| MEASURE_WORDS.contains(*c)) {
                out.push(n.0);
            }
            i = end;
        } else if c.is_ascii_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if let Some(n) = english_word_value(&word) {
                let (scale, next) = big_unit(&chars, i);
                out.push(n * scale);
                i = next;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The big unit that follows position `i` (after spaces, for English), as
/// a factor, and where the text after it starts.
fn big_unit(chars: &[char], i: usize) -> (f64, usize) {
    match chars.get(i) {
        Some('萬' | '万') => return (1e4, i + 1),
        Some('億' | '亿') => return (1e8, i + 1),
        _ => {}
    }
    let mut j = i;
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    let word_end = (j..chars.len()).find(|&k| !chars[k].is_ascii_alphabetic()).unwrap_or(chars.len());
    let word: String = chars[j..word_end].iter().collect();
    match word.as_str() {
        "thousand" => (1e3, word_end),
        "million" => (1e6, word_end),
        "billion" => (1e9, word_end),
        _ => (1.0, i),
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        '一' => Some(1),
        '二' | '兩' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// A Chinese numeral starting at `i` (`十二`, `二十`, `一百零五`): its value
/// and its length in characters.
fn chinese_numeral_at(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut len = 0;
    while let Some(&c) = chars.get(i + len) {
        let step = match c {
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        };
        if let Some(step) = step {
            total += digit.take().unwrap_or(1) * step;
        } else if let Some(d) = chinese_digit(c) {
            digit = Some(d);
        } else {
            break;
        }
        len += 1;
    }
    (len > 0).then(|| (f64::from(total + digit.unwrap_or(0)), len))
}

fn english_word_value(word: &str) -> Option<f64> {
    let position = |list: &[&str]| list.iter().position(|w| *w == word);
    if let Some(n) = position(&ENGLISH_NUMBERS) {
        return Some(n as f64 + 1.0);
    }
    if let Some(n) = position(&ENGLISH_ORDINALS) {
        return Some(n as f64 + 2.0);
    }
    position(&ENGLISH_MONTHS).map(|n| n as f64 + 1.0)
}

#[cfg(test)]
mod tests {
    use super::figures_in_text as f;

    #[test]
    fn money_in_each_languages_big_units_is_the_same_figure() {
        assert_eq!(f("首付款12.5億美元，最高48億美元"), vec![1.25e9, 4.8e9]);
        assert_eq!(f("US$1.25 billion up front, up to US$4.8 billion"), vec![1.25e9, 4.8e9]);
        assert_eq!(f("超過500萬人次"), vec![5e6]);
        assert_eq!(f("more than five million visits"), vec![5e6]);
        assert_eq!(f("1,234.5 and 6"), vec![1234.5, 6.0]);
    }

    #[test]
    fn chinese_numerals_count_only_before_a_measure_word() {
        assert_eq!(f("連續十二個季度"), vec![12.0]);
        assert_eq!(f("六所頂尖高校及六家三甲醫院"), vec![6.0, 6.0]);
        assert_eq!(f("提前兩輪，第七批，第一方陣，一支團隊"), vec![2.0, 7.0]);
        assert_eq!(f("二十年"), vec![20.0]);
    }

    #[test]
    fn dates_read_the_same_in_both_orders() {
        assert_eq!(f("五月簽署，7月24日生效"), vec![5.0, 7.0, 24.0]);
        assert_eq!(f("signed in May, took effect on 24 July"), vec![5.0, 24.0, 7.0]);
        assert_eq!(f("October 2025"), vec![10.0, 2025.0]);
    }

    #[test]
    fn names_and_capitalised_words_state_no_figure() {
        assert_eq!(f("3SBio in Q3 plays in League One"), Vec::<f64>::new());
        assert_eq!(f("SSGJ-707, HKEX 01530, 1–0"), vec![707.0, 1530.0, 1.0, 0.0]);
        assert_eq!(f("the first of twelve; the seventh batch"), vec![12.0, 7.0]);
    }
}
