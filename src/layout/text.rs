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
    fn fitting_shortens_with_an_ellipsis_and_stays_within_width() {
        let m = ApproxMeasure;
        let fitted = fit_text(&m, "瀋陽國際生命健康城規劃發布", 10.0, 55.0);
        assert!(fitted.ends_with('…'));
        assert!(m.width(&fitted, 10.0) <= 55.0);
        assert_eq!(fit_text(&m, "short", 10.0, 100.0), "short");
    }
}
