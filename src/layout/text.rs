//! Text measurement for layout. The browser measures with the canvas's own
//! font engine; native tests use an estimate that errs wide, so a layout that
//! fits with estimates fits on screen too.

/// Measures the width of a line of text.
pub trait TextMeasure {
    /// Width in CSS pixels of `text` at `size` pixels.
    fn width(&self, text: &str, size: f64) -> f64;
}

/// A font-free estimate: CJK and full-width characters are one em, Latin
/// letters and digits about 0.6 em (wider than most sans-serif fonts).
#[derive(Clone, Copy, Debug, Default)]
pub struct ApproxMeasure;

impl TextMeasure for ApproxMeasure {
    fn width(&self, text: &str, size: f64) -> f64 {
        text.chars().map(|c| if is_wide(c) { 1.0 } else { 0.6 }).sum::<f64>() * size
    }
}

/// Counts the measurements made through it: how the budgets of layout are
/// checked (deterministic counts, unlike timings).
#[derive(Debug, Default)]
pub struct CountingMeasure<M> {
    inner: M,
    count: std::cell::Cell<usize>,
    chars: std::cell::Cell<usize>,
}

impl<M: TextMeasure> CountingMeasure<M> {
    /// Counts the measurements made with `inner`.
    pub fn new(inner: M) -> CountingMeasure<M> {
        CountingMeasure { inner, count: Default::default(), chars: Default::default() }
    }
    /// Measurements so far.
    pub fn count(&self) -> usize {
        self.count.get()
    }
    /// Characters measured so far (a measurement's cost grows with them).
    pub fn chars(&self) -> usize {
        self.chars.get()
    }
}

impl<M: TextMeasure> TextMeasure for CountingMeasure<M> {
    fn width(&self, text: &str, size: f64) -> f64 {
        self.count.set(self.count.get() + 1);
        self.chars.set(self.chars.get() + text.chars().count());
        self.inner.width(text, size)
    }
}

/// Whether a character is set full-width (CJK ideographs, kana, full-width
/// punctuation).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF |
        0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF |
        0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// The longest label layout works with, in characters. A label is one line
/// on a chart (the tooltip and the text table hold the whole text), and no
/// chart is wide enough for more; cutting first keeps each measurement of
/// a 2,000-character title as cheap as one of a short one.
pub const MAX_LABEL_CHARS: usize = 300;

/// Most measurements one `fit_text` call makes: one of the whole text, then
/// a binary search over the prefix lengths up to `MAX_LABEL_CHARS`.
pub const FIT_MEASUREMENTS: usize = 2 + MAX_LABEL_CHARS.ilog2() as usize + 1;

/// Most measurements one `wrap_text` call makes for `max_lines` lines.
pub const fn wrap_measurements(max_lines: usize) -> usize {
    max_lines * FIT_MEASUREMENTS
}

/// `text` before byte `end`, all of it if `end` is not a character
/// boundary within it (every caller passes one; debug builds and native
/// tests check it).
///
/// `str::get`, never `&text[..end]`: indexing links core's message for a
/// bad boundary, which formats a `char` with `Debug` and so brings in its
/// escaping code and Unicode tables, about 4 KB brotli that every reader
/// would download for a panic that cannot happen (BENCHMARKS.md, #16's
/// sixth round). `debug_assert!` with a fixed message links none of it in
/// release builds.
fn before(text: &str, end: usize) -> &str {
    debug_assert!(text.is_char_boundary(end), "before: not a character boundary");
    text.get(..end).unwrap_or(text)
}

/// `text` from byte `start` on; empty if `start` is not a character
/// boundary within it. See `before`.
fn after(text: &str, start: usize) -> &str {
    debug_assert!(text.is_char_boundary(start), "after: not a character boundary");
    text.get(start..).unwrap_or_default()
}

/// `text` cut to at most `max` characters, and whether it was cut.
pub fn clip_chars(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((end, _)) => (before(text, end), true),
        None => (text, false),
    }
}

/// The largest `n` in `0..=hi` for which `fits(n)` holds, given that it
/// holds for 0 and, once false, stays false for larger `n`; `None` when it
/// holds for none. About log2(hi) calls, never `hi` of them.
fn largest_fitting(hi: usize, mut fits: impl FnMut(usize) -> bool) -> Option<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    let mut found = None;
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            found = Some(mid);
            lo = mid + 1;
        } else if mid == 0 {
            break;
        } else {
            hi = mid - 1;
        }
    }
    found
}

/// Where each character of `text` ends, in bytes: its first `n`
/// characters are `before(text, ends[n - 1])`. (One list type for shortening
/// and wrapping, rather than a `Vec<char>` and a string collected from it.)
fn char_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        ends.push(i + c.len_utf8());
    }
    ends
}

/// Shortens `text` with an ellipsis until it fits `max_width`; returns the
/// text unchanged when it fits. The full text belongs in the tooltip.
/// Measures at most `FIT_MEASUREMENTS` times, however long the text.
pub fn fit_text(measure: &dyn TextMeasure, text: &str, size: f64, max_width: f64) -> String {
    let (clipped, cut) = clip_chars(text, MAX_LABEL_CHARS);
    if !cut && measure.width(text, size) <= max_width {
        return text.to_owned();
    }
    shorten(measure, clipped, cut, size, max_width)
}

/// The longest prefix of `text` (all of it when `cut`: more text followed)
/// that fits with an ellipsis, found by halving (the answer is measured, so
/// it fits even with an odd font). It never ends in a figure: "about US$6…"
/// or "約60…" would read as another, so the figure goes with the rest. The
/// search stays sound: a longer prefix trimmed so is never the narrower.
fn shorten(measure: &dyn TextMeasure, text: &str, cut: bool, size: f64, max_width: f64) -> String {
    let ends = char_ends(text);
    let candidate = |n: usize| {
        let prefix = if n == 0 { "" } else { before(text, ends[n - 1]) };
        prefix.trim_end_matches(|c: char| in_figure(c) || c.is_whitespace()).to_owned() + "…"
    };
    let hi = if cut { ends.len() } else { ends.len().saturating_sub(1) };
    let best = largest_fitting(hi, |n| measure.width(&candidate(n), size) <= max_width);
    best.map(candidate).unwrap_or_default()
}

/// Part of a written figure: a digit (ASCII, full-width, Arabic-Indic or
/// Chinese), a separator or percent sign in one, or a Chinese multiplier.
/// A label is never cut or broken right after one: "約6千…" for 約6千萬
/// reads as six thousand.
pub fn in_figure(c: char) -> bool {
    // A match, not `str::contains`: that brings the Wasm a string searcher.
    matches!(c, '0'..='9' | '０'..='９' | '٠'..='٩' | '۰'..='۹' | '.' | ',' | '．' | '，' | '%' | '％' | '〇' | '零'
        | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '萬' | '万' | '億'
        | '亿' | '兆' | '兩' | '两')
}

/// Where a line may end in `text` at or before byte `fit`: at a space,
/// after a dash, or next to a CJK character, never inside a figure ("1 /
/// 00萬", "1 000 / 000", "12 / ％"). A word wider than the line is split
/// at `fit`; a figure is not (0: nowhere).
fn last_break(text: &str, fit: usize) -> usize {
    let figure = |a, b| in_figure(a) && in_figure(b);
    let mut following = after(text, fit).chars();
    let mut next = following.next().unwrap_or(' ');
    // The character after `next`: a space between two digits is in a figure.
    let mut beyond = following.next().unwrap_or(' ');
    let mut forced = None;
    for (i, c) in before(text, fit).char_indices().rev() {
        let end = i + c.len_utf8();
        // What `c` would be joined to: across a space, the next word.
        let joined = if next == ' ' { beyond } else { next };
        let here = if next == ' ' {
            !figure(c, joined)
        } else {
            matches!(c, '-' | '–' | '—') && !in_figure(next)
                || (is_wide(c) || is_wide(next)) && !figure(c, next)
        };
        if here {
            return end;
        }
        if c != ' ' {
            forced = forced.or(Some(if figure(c, joined) { 0 } else { end }));
        }
        (beyond, next) = (next, c);
    }
    forced.unwrap_or(0)
}

/// Breaks `text` into at most `max_lines` lines of at most `max_width`:
/// between words where there are spaces, between CJK characters except
/// inside a figure; the last line is shortened with an ellipsis if text
/// remains.
pub fn wrap_text(
    measure: &dyn TextMeasure,
    text: &str,
    size: f64,
    max_width: f64,
    max_lines: usize,
) -> Vec<String> {
    let mut lines = Vec::new();
    // Only what can be shown is ever measured: `max_lines` lines of at most
    // `MAX_LABEL_CHARS` characters each.
    let room = MAX_LABEL_CHARS.saturating_mul(max_lines.max(1));
    let (clipped, cut) = clip_chars(text.trim(), room);
    let mut rest: &str = clipped;
    while !rest.is_empty() && lines.len() + 1 < max_lines {
        if measure.width(rest, size) <= max_width {
            break;
        }
        // The longest prefix that fits, found by halving over character
        // counts; then the last place in it where a line may end.
        let (window, _) = clip_chars(rest, MAX_LABEL_CHARS);
        let ends = char_ends(window);
        let longest = largest_fitting(ends.len(), |n| {
            n == 0 || measure.width(before(rest, ends[n - 1]), size) <= max_width
        });
        let fit = match longest {
            Some(n) if n > 0 => ends[n - 1],
            _ => 0,
        };
        // A figure wider than the line is not split ("1 / 00萬" read as
        // 1): it goes on the last line, shortened.
        let cut = last_break(rest, fit);
        if cut == 0 {
            break;
        }
        lines.push(before(rest, cut).trim_end().to_owned());
        rest = after(rest, cut).trim_start();
    }
    if !rest.is_empty() {
        let (last, more) = clip_chars(rest, MAX_LABEL_CHARS);
        lines.push(if cut || more {
            shorten(measure, last, true, size, max_width)
        } else {
            fit_text(measure, rest, size, max_width)
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_latin() {
        let m = ApproxMeasure;
        assert_eq!(m.width("鐵西", 10.0), 20.0);
        assert!((m.width("ab", 10.0) - 12.0).abs() < 1e-9);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_between_cjk_characters() {
        let m = ApproxMeasure;
        let lines = wrap_text(&m, "3SBio's deal with Pfizer, about US$6 billion", 10.0, 150.0, 2);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "3SBio's deal with Pfizer,");
        assert!(lines.iter().all(|l| m.width(l, 10.0) <= 150.0));
        let zh = wrap_text(&m, "紅梅味精廠舊址列入國家工業遺產", 10.0, 80.0, 2);
        assert_eq!(zh, ["紅梅味精廠舊址列", "入國家工業遺產"]);
        let long = wrap_text(&m, "紅梅味精廠舊址列入第七批國家工業遺產名單", 10.0, 80.0, 2);
        assert_eq!(long, ["紅梅味精廠舊址列", "入第七批國家工…"]);
        assert_eq!(wrap_text(&m, "short", 10.0, 100.0, 2), ["short"]);
    }

    /// Cut anywhere, a label never ends in a number or part of one: the
    /// figure is shown whole or not at all.
    #[test]
    fn a_shortened_label_never_ends_in_a_number() {
        let m = ApproxMeasure;
        let labels = [
            "3SBio's deal with Pfizer, about US$6 billion",
            "三生製藥授權輝瑞 約60億美元",
            "GDP連續12季跑贏全國平均",
            "up to US$4.8 billion, 12.5 in all",
            "6 頂尖高校",
            "約6千萬人次",
            "約６０億美元",
            "約六十億美元",
            "訪客 ١٠٠٠ زيارة",
        ];
        let mut shortened = 0;
        for text in labels {
            for w in 0..400 {
                let fitted = fit_text(&m, text, 12.0, f64::from(w));
                let Some(kept) = fitted.strip_suffix('…') else { continue };
                shortened += 1;
                assert!(text.starts_with(kept), "{fitted:?} from {text:?}");
                let last = kept.chars().last();
                assert!(!last.is_some_and(in_figure), "{fitted:?} from {text:?} at {w} px");
            }
        }
        assert!(shortened > 100, "{shortened}");
        // Where the number fits but not what follows it, it goes too.
        assert_eq!(fit_text(&m, "about US$6 billion", 12.0, m.width("about US$6…", 12.0)), "about US$…");
        assert_eq!(fit_text(&m, "約6千萬人次", 12.0, m.width("約6千…", 12.0)), "約…");
    }

    /// Lines are broken at spaces, after dashes and beside CJK characters,
    /// never inside a figure ("每個圖示代表1" over "00萬人次" read as 1,
    /// "1 000" over "000" as a thousand), and inside a word only when
    /// the line has no other place to end.
    #[test]
    fn wrapping_never_breaks_inside_a_figure() {
        let m = ApproxMeasure;
        let mut broken = 0;
        for text in [
            "每個圖示代表100萬人次",
            "每個圖示代表1,000,000人次",
            "約６０億美元",
            "each icon is 1,000,000 visits",
            "1 000 000 visits each icon",
            "增長12％至新高",
            "Shenyang–Dalian high-speed railway",
            "Internationalization of the renminbi",
        ] {
            for w in 0..300 {
                let lines = wrap_text(&m, text, 12.0, f64::from(w), 2);
                let [first, second] = &lines[..] else { continue };
                broken += 1;
                let rest = text.strip_prefix(first.as_str()).unwrap_or_default();
                let (a, b) = (first.chars().last().unwrap_or(' '), rest.chars().next().unwrap_or(' '));
                let b_beyond = rest.trim_start().chars().next().unwrap_or(' ');
                assert!(!(in_figure(a) && in_figure(b_beyond)), "{lines:?} at {w} px: inside a figure");
                let nowhere_else = !first.chars().any(|c| c == ' ' || c == '–' || c == '-' || is_wide(c));
                assert!(
                    b == ' ' || !(a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()) || nowhere_else,
                    "{lines:?} at {w} px: inside a word"
                );
                assert!(!second.is_empty(), "{lines:?} at {w} px");
            }
        }
        assert!(broken > 100, "{broken}");
        // Long words still use both lines, a dash ends a line.
        assert_eq!(wrap_text(&m, "Shenyang–Dalian high-speed railway", 12.0, 80.0, 2)[0], "Shenyang–");
    }

    #[test]
    fn fitting_shortens_with_an_ellipsis_and_stays_within_width() {
        let m = ApproxMeasure;
        let fitted = fit_text(&m, "瀋陽國際生命健康城規劃發布", 10.0, 55.0);
        assert!(fitted.ends_with('…'));
        assert!(m.width(&fitted, 10.0) <= 55.0);
        assert_eq!(fit_text(&m, "short", 10.0, 100.0), "short");
    }

    #[test]
    fn fitting_a_long_label_measures_a_logarithmic_number_of_times() {
        // Before: one measurement per character cut, about 1,990 for this one.
        for len in [10, 100, 2_000, 100_000] {
            let m = CountingMeasure::new(ApproxMeasure);
            let text: String = "鐵西 Tiexi ".chars().cycle().take(len).collect();
            let fitted = fit_text(&m, &text, 13.0, 120.0);
            assert!(m.count() <= FIT_MEASUREMENTS, "{len}: {} measurements", m.count());
            assert!(m.chars() <= FIT_MEASUREMENTS * (MAX_LABEL_CHARS + 1), "{len}: {} characters", m.chars());
            assert!(ApproxMeasure.width(&fitted, 13.0) <= 120.0);
            // The longest prefix that fits: one more character would not.
            let kept = fitted.trim_end_matches('…').chars().count();
            let longer: String = text.chars().take(kept + 1).collect::<String>().trim_end().to_owned() + "…";
            assert!(
                longer.chars().count() <= kept + 1 || ApproxMeasure.width(&longer, 13.0) > 120.0,
                "{len}"
            );
        }
    }

    #[test]
    fn a_label_cut_for_length_still_says_that_it_goes_on() {
        let m = ApproxMeasure;
        let text = "a".repeat(MAX_LABEL_CHARS + 50);
        let fitted = fit_text(&m, &text, 1.0, 1e9);
        assert!(fitted.ends_with('…'));
        assert_eq!(fitted.chars().count(), MAX_LABEL_CHARS + 1);
        let lines = wrap_text(&m, &"word ".repeat(2_000), 10.0, 1e9, 2);
        assert!(lines.last().is_some_and(|l| l.ends_with('…')), "{lines:?}");
    }

    #[test]
    fn wrapping_a_long_title_measures_a_logarithmic_number_of_times() {
        for len in [100, 2_000, 50_000] {
            let m = CountingMeasure::new(ApproxMeasure);
            let text: String = "紅梅 heritage ".chars().cycle().take(len).collect();
            let lines = wrap_text(&m, &text, 13.0, 200.0, 2);
            assert_eq!(lines.len(), 2);
            assert!(m.count() <= wrap_measurements(2), "{len}: {} measurements", m.count());
            assert!(lines.iter().all(|l| ApproxMeasure.width(l, 13.0) <= 200.0));
        }
    }
}
