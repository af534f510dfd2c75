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

/// Whether a character is set full-width (CJK ideographs, kana, full-width
/// punctuation).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF |
        0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF |
        0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Shortens `text` with an ellipsis until it fits `max_width`; returns the
/// text unchanged when it fits. The full text belongs in the tooltip.
pub fn fit_text(measure: &dyn TextMeasure, text: &str, size: f64, max_width: f64) -> String {
    if measure.width(text, size) <= max_width {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut n = chars.len();
    while n > 0 {
        n -= 1;
        let candidate: String = chars[..n].iter().collect::<String>().trim_end().to_owned() + "…";
        if measure.width(&candidate, size) <= max_width {
            return candidate;
        }
    }
    String::new()
}

/// Breaks `text` into at most `max_lines` lines of at most `max_width`:
/// between words where there are spaces, anywhere between CJK characters;
/// the last line is shortened with an ellipsis if text remains.
pub fn wrap_text(
    measure: &dyn TextMeasure,
    text: &str,
    size: f64,
    max_width: f64,
    max_lines: usize,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest: &str = text.trim();
    while !rest.is_empty() && lines.len() + 1 < max_lines {
        if measure.width(rest, size) <= max_width {
            break;
        }
        // The longest prefix that fits, preferring to end at a space.
        let mut fit = 0;
        let mut last_space = None;
        for (i, c) in rest.char_indices() {
            let end = i + c.len_utf8();
            if measure.width(&rest[..end], size) > max_width {
                break;
            }
            fit = end;
            if c == ' ' {
                last_space = Some(i);
            }
        }
        if fit == 0 {
            break;
        }
        // Cut where the fitting prefix ends if that is a word boundary (a
        // space or a CJK character follows); otherwise at the last space.
        let next = rest[fit..].chars().next().unwrap_or(' ');
        let cut = match last_space {
            Some(sp) if next != ' ' && !is_wide(next) => sp,
            _ => fit,
        };
        let cut = if cut == 0 { fit } else { cut };
        lines.push(rest[..cut].trim_end().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        lines.push(fit_text(measure, rest, size, max_width));
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

    #[test]
    fn fitting_shortens_with_an_ellipsis_and_stays_within_width() {
        let m = ApproxMeasure;
        let fitted = fit_text(&m, "瀋陽國際生命健康城規劃發布", 10.0, 55.0);
        assert!(fitted.ends_with('…'));
        assert!(m.width(&fitted, 10.0) <= 55.0);
        assert_eq!(fit_text(&m, "short", 10.0, 100.0), "short");
    }
}
