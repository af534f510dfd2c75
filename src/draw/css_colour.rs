//! Reads a colour as a browser writes a computed one (`rgb(11, 87, 208)`,
//! `color(srgb 0.04 0.34 0.82)`) or as our stylesheet spells its defaults
//! (`#0b57d0`). Everything else (names, `hsl()`, `color-mix()`, system
//! colours, `var()`) the browser resolves first: see `src/ui/css_theme.rs`.
//! Integer arithmetic only, and no input panics: the text comes from the
//! host page's CSS.

use super::theme::Rgb;

/// Fixed-point numbers: millionths.
const ONE: i64 = 1_000_000;
/// Digits after the point that count; more are ignored.
const FRACTION_DIGITS: u32 = 6;
/// Longest number read; a longer one is not a colour channel.
const MAX_NUMBER_LEN: usize = 32;

impl Rgb {
    /// Parses an opaque colour: `#rgb`, `#rrggbb`, `rgb()`/`rgba()` (commas
    /// or spaces, integer or decimal channels) or `color(srgb r g b)`, each
    /// with an optional alpha that must be 1 (a translucent colour's pixels
    /// depend on what is behind the canvas, which the widget cannot see).
    pub fn from_css(text: &str) -> Option<Rgb> {
        let text = text.trim();
        if let Some(hex) = text.strip_prefix('#') {
            return from_hex_digits(hex);
        }
        let (name, args) = text.strip_suffix(')')?.split_once('(')?;
        let args: Vec<&str> = args
            .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
            .filter(|a| !a.is_empty())
            .collect();
        let (space, channels) = match name.trim().to_ascii_lowercase().as_str() {
            "rgb" | "rgba" => (255 * ONE, args.as_slice()),
            "color" if args.first().is_some_and(|s| s.eq_ignore_ascii_case("srgb")) => (ONE, &args[1..]),
            _ => return None,
        };
        let (r, g, b, alpha) = match channels {
            [r, g, b] => (r, g, b, ONE),
            [r, g, b, a] => (r, g, b, alpha(a)?),
            _ => return None,
        };
        if alpha < ONE {
            return None;
        }
        // Out-of-gamut channels (a wide-gamut colour mixed into sRGB) clip.
        let byte = |s: &str| -> Option<u8> {
            let v = fixed(s)?.clamp(0, space);
            u8::try_from((v * 255 + space / 2) / space).ok()
        };
        Some(Rgb(byte(r)?, byte(g)?, byte(b)?))
    }
}

/// `rgb`, `rrggbb`.
fn from_hex_digits(hex: &str) -> Option<Rgb> {
    if !hex.is_ascii() {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(hex.get(i..=i)?, 16).ok();
    let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    match hex.len() {
        3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
        _ => None,
    }
}

/// An alpha value, `0.5` or `50%`, in millionths.
fn alpha(text: &str) -> Option<i64> {
    match text.strip_suffix('%') {
        Some(percent) => Some(fixed(percent)? / 100),
        None => fixed(text),
    }
}

/// A CSS number (`12`, `-0.5`, `.25`, `1e-05`) in millionths, or `none`
/// (a missing channel, which counts as zero).
fn fixed(text: &str) -> Option<i64> {
    if text.eq_ignore_ascii_case("none") {
        return Some(0);
    }
    if text.len() > MAX_NUMBER_LEN {
        return None;
    }
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        // Beyond ±99 a channel is 0 or saturated anyway.
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?.clamp(-99, 99)),
        None => (text, 0),
    };
    let (negative, digits) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // All digits as one integer, then the point moved by the exponent;
    // digits beyond a millionth are dropped, huge values saturate.
    let mut value: i64 = 0;
    let mut scale: i32 = exponent - fraction.len() as i32;
    for b in whole.bytes().chain(fraction.bytes()) {
        if value > i64::MAX / 100 {
            scale += 1;
            continue;
        }
        value = value * 10 + i64::from(b - b'0');
    }
    let shift = scale + FRACTION_DIGITS as i32;
    let value = if shift >= 0 {
        (0..shift.min(19)).fold(value, |v, _| v.saturating_mul(10))
    } else {
        (0..(-shift).min(19)).fold(value, |v, _| v / 10)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_in_both_lengths() {
        assert_eq!(Rgb::from_css("#1f5fbf"), Some(Rgb(0x1f, 0x5f, 0xbf)));
        assert_eq!(Rgb::from_css(" #ABC "), Some(Rgb(0xaa, 0xbb, 0xcc)));
        for bad in ["#1f5fb", "1f5fbf", "#", "#12345g", "#ééé", "#1f5fbf80"] {
            assert_eq!(Rgb::from_css(bad), None, "{bad}");
        }
    }

    #[test]
    fn computed_rgb_in_legacy_and_modern_syntax() {
        assert_eq!(Rgb::from_css("rgb(11, 87, 208)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgb(11 87 208)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgba(11, 87, 208, 1)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("rgb(11 87 208 / 100%)"), Some(Rgb(11, 87, 208)));
        assert_eq!(Rgb::from_css("RGB(10.5, 86.4, 300)"), Some(Rgb(11, 86, 255)));
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
    fn translucent_and_malformed_colours_are_refused() {
        for bad in [
            "rgba(0, 0, 0, 0)",
            "rgb(1 2 3 / 0.5)",
            "color(srgb 1 1 1 / 50%)",
            "rgb(1, 2)",
            "rgb(1, 2, 3, 4, 5)",
            "rgb(1, x, 3)",
            "rgb(1, 2, 3",
            "hsl(0 0% 0%)",
            "oklab(0.5 0 0)",
            "transparent",
            "",
            "rgb(1.2.3, 0, 0)",
            "rgb(-, 0, 0)",
            "rgb(1e999999999999, 0, 0)",
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
        assert_eq!(fixed("1E3"), Some(1000 * ONE));
        assert_eq!(fixed("0.12345678"), Some(123_456));
        assert_eq!(fixed(&"9".repeat(40)), None, "too long to be a channel");
        assert!(fixed("9999999999999999999999").is_some_and(|v| v > 0), "saturates, no overflow");
        assert_eq!(fixed("1e99"), Some(i64::MAX));
        assert_eq!(fixed("1e-2147483648"), Some(0), "no overflow in the exponent");
        for bad in ["", ".", "-", "1..2", "e5", "1e", "0x10"] {
            assert_eq!(fixed(bad), None, "{bad}");
        }
    }
}
