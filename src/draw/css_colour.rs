//! Reads a colour as a browser writes a computed one: `rgb(11, 87, 208)`,
//! `rgba(5, 0, 73, 0.8)`, `color(srgb 0.04 0.34 0.82 / 0.5)`. Every other
//! syntax (hex, names, `hsl()`, `color-mix()`, system colours, `var()`)
//! the browser resolves first: see `src/ui/css_theme.rs`. Integer
//! arithmetic only, and no input panics: the text comes from the host
//! page's CSS.

use super::theme::Rgb;

/// Fixed-point numbers: millionths.
const ONE: i64 = 1_000_000;
/// Powers of ten kept: millionths up to a billion; anything larger is
/// clipped to a channel's maximum anyway.
const LOWEST_POWER: i32 = -6;
const HIGHEST_POWER: i32 = 9;
/// A magnitude past `HIGHEST_POWER`, in millionths.
const SATURATED: i64 = ONE * 10_000_000_000;
/// Longest number read, in characters; a longer one is not a channel.
const MAX_NUMBER_LEN: usize = 40;

impl Rgb {
    /// Parses an opaque computed colour (see `from_css_with_alpha`).
    pub fn from_css(text: &str) -> Option<Rgb> {
        Rgb::from_css_with_alpha(text).filter(|(_, alpha)| *alpha == u8::MAX).map(|(rgb, _)| rgb)
    }

    /// Parses `rgb()`/`rgba()` (commas or spaces, integer or decimal
    /// channels) or `color(srgb r g b)`, each with an optional alpha;
    /// returns the colour and its alpha out of 255.
    pub fn from_css_with_alpha(text: &str) -> Option<(Rgb, u8)> {
        let text = text.trim();
        let (space, args) = if let Some(args) = text.strip_prefix("color(srgb ") {
            (ONE, args)
        } else {
            let args = text.strip_prefix("rgb(").or_else(|| text.strip_prefix("rgba("))?;
            (255 * ONE, args)
        };
        let mut numbers = [ONE; 4];
        let mut count = 0;
        for arg in args.strip_suffix(')')?.split([',', '/', ' ']).filter(|a| !a.is_empty()) {
            *numbers.get_mut(count)? = match arg.strip_suffix('%') {
                Some(percent) => fixed(percent)? / 100,
                None => fixed(arg)?,
            };
            count += 1;
        }
        if count < 3 {
            return None;
        }
        // Out-of-gamut channels (a wide-gamut colour mixed into sRGB) clip.
        let byte = |v: i64, of: i64| (v.clamp(0, of) * 255 + of / 2) / of;
        let [r, g, b, a] = numbers;
        let rgb = Rgb(byte(r, space) as u8, byte(g, space) as u8, byte(b, space) as u8);
        Some((rgb, byte(a, ONE) as u8))
    }

    /// This colour at `alpha` (out of 255) seen over `behind`.
    pub fn over(self, alpha: u8, behind: Rgb) -> Rgb {
        let (a, b) = (u16::from(alpha), u16::from(u8::MAX - alpha));
        let mix = |top: u8, under: u8| ((u16::from(top) * a + u16::from(under) * b + 127) / 255) as u8;
        Rgb(mix(self.0, behind.0), mix(self.1, behind.1), mix(self.2, behind.2))
    }
}

/// A CSS number (`12`, `-0.5`, `.25`, `1e-05`) in millionths, or `none`
/// (a missing channel, which counts as zero). Digits below a millionth
/// are dropped; magnitudes past a billion saturate.
fn fixed(text: &str) -> Option<i64> {
    if text == "none" {
        return Some(0);
    }
    if text.len() > MAX_NUMBER_LEN {
        return None;
    }
    // Browsers write exponents in lower case, and small.
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, i32::from(e.parse::<i8>().ok()?)),
        None => (text, 0),
    };
    let (negative, digits) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.len() + fraction.len() == 0 {
        return None;
    }
    let mut value: i64 = 0;
    // The power of ten of the first digit.
    let mut power = whole.len() as i32 - 1 + exponent;
    for b in whole.bytes().chain(fraction.bytes()) {
        let digit = i64::from(b.checked_sub(b'0').filter(|d| *d < 10)?);
        if power > HIGHEST_POWER && digit > 0 {
            value = SATURATED;
        } else if (LOWEST_POWER..=HIGHEST_POWER).contains(&power) {
            value += digit * 10i64.pow((power - LOWEST_POWER) as u32);
        }
        power -= 1;
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_rgb_in_legacy_and_modern_syntax() {
        assert_eq!(Rgb::from_css("rgb(11, 87, 208)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css(" rgb(11 87 208) "), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgba(11, 87, 208, 1)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgb(11 87 208 / 100%)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgb(10.5, 86.4, 300)"), Some(Rgb(11, 86, 255)));
    }

    #[test]
    fn computed_srgb_from_colour_mixes() {
        assert_eq!(Rgb::from_css("color(srgb 1 0 0.5)"), Some(Rgb(255, 0, 128)));
        assert_eq!(Rgb::from_css("color(srgb 0.0431373 0.341176 0.815686)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("color(srgb 1.2 -0.1 1e-05 / 1)"), Some(Rgb(255, 0, 0)));
        assert_eq!(Rgb::from_css("color(srgb none 0.5 1)"), Some(Rgb(0, 128, 255)));
        assert_eq!(Rgb::from_css("color(display-p3 1 0 0)"), None);
    }

    #[test]
    fn translucent_colours_keep_their_alpha_for_compositing() {
        assert_eq!(Rgb::from_css_with_alpha("rgba(5, 0, 73, 0.8)"), Some((Rgb(5, 0, 73), 204)));
        assert_eq!(Rgb::from_css_with_alpha("color(srgb 1 1 1 / 50%)"), Some((Rgb(255, 255, 255), 128)));
        assert_eq!(Rgb::from_css_with_alpha("rgba(0, 0, 0, 0)"), Some((Rgb(0, 0, 0), 0)));
        assert_eq!(Rgb::from_css("rgb(1 2 3 / 0.5)"), None, "from_css wants an opaque colour");
        assert_eq!(Rgb(5, 0, 73).over(204, Rgb(255, 255, 255)), Rgb(55, 51, 109));
        assert_eq!(Rgb(9, 8, 7).over(255, Rgb(1, 2, 3)), Rgb(9, 8, 7));
        assert_eq!(Rgb(9, 8, 7).over(0, Rgb(1, 2, 3)), Rgb(1, 2, 3));
    }

    #[test]
    fn malformed_colours_are_refused() {
        for bad in [
            "rgb(1, 2)",
            "rgb(1, 2, 3, 4, 5)",
            "rgb(1, x, 3)",
            "rgb(1, 2, 3",
            "#1f5fbf",
            "hsl(0 0% 0%)",
            "oklab(0.5 0 0)",
            "transparent",
            "",
            "rgb(1.2.3, 0, 0)",
            "rgb(-, 0, 0)",
            "rgb(1e999999999999, 0, 0)",
            "rgb(١, 2, 3)",
        ] {
            assert_eq!(Rgb::from_css(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_in_millionths() {
        assert_eq!(fixed("12"), Some(12 * ONE));
        assert_eq!(fixed("-0.5"), Some(-ONE / 2));
        assert_eq!(fixed(".25"), Some(ONE / 4));
        assert_eq!(fixed("2.5e-1"), Some(ONE / 4));
        assert_eq!(fixed("1e3"), Some(1000 * ONE));
        assert_eq!(fixed("0.12345678"), Some(123_456));
        assert_eq!(fixed("1e-128"), Some(0));
        assert_eq!(fixed("1e-2147483648"), None, "no overflow in the exponent");
        assert!(fixed(&"9".repeat(30)).is_some_and(|v| v >= SATURATED), "saturates, no overflow");
        assert_eq!(fixed("1e99"), Some(SATURATED));
        assert_eq!(fixed("1e127"), Some(SATURATED));
        assert_eq!(fixed(&"9".repeat(400)), None, "too long to be a channel");
        for bad in ["", ".", "-", "1..2", "e5", "1e", "0x10", "+-1"] {
            assert_eq!(fixed(bad), None, "{bad}");
        }
    }
}
