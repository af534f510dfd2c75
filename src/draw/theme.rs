//! Colours for light and dark themes. Category colours meet 3:1 against the
//! background (WCAG 1.4.11 for marks) and text colours 4.5:1 (1.4.3).

use crate::data::ColorToken;
use crate::layout::Paint;

/// A colour as 8-bit RGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb`.
    pub fn from_hex(hex: &str) -> Option<Rgb> {
        let h = hex.trim().strip_prefix('#')?;
        if h.len() != 6 {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// Light or dark; `auto` is resolved by the browser before drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeMode {
    /// Dark text on light paper.
    Light,
    /// Light text on dark paper.
    Dark,
}

/// The colours and font one drawing uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Background of cards and charts.
    pub background: Rgb,
    /// Main text and axes.
    pub ink: Rgb,
    /// Secondary text.
    pub muted: Rgb,
    /// Reference marks (empty cells, the rest of the year).
    pub track: Rgb,
    /// Hover and selection ring.
    pub focus: Rgb,
    /// Category colours, in `ColorToken::ALL` order.
    pub categories: [Rgb; 6],
    /// CSS font family list for chart text.
    pub font_family: String,
}

impl Theme {
    /// The built-in theme for a mode.
    pub fn new(mode: ThemeMode) -> Theme {
        let font_family = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif".to_owned();
        match mode {
            ThemeMode::Light => Theme {
                background: Rgb(0xff, 0xff, 0xff),
                ink: Rgb(0x1a, 0x1a, 0x1a),
                muted: Rgb(0x55, 0x55, 0x55),
                track: Rgb(0x8a, 0x8a, 0x8a),
                focus: Rgb(0x0b, 0x57, 0xd0),
                categories: [
                    Rgb(0x1f, 0x5f, 0xbf),
                    Rgb(0xb0, 0x58, 0x00),
                    Rgb(0x1e, 0x7b, 0x34),
                    Rgb(0x6f, 0x42, 0xc1),
                    Rgb(0xc0, 0x39, 0x2b),
                    Rgb(0x00, 0x79, 0x6b),
                ],
                font_family,
            },
            ThemeMode::Dark => Theme {
                background: Rgb(0x16, 0x18, 0x1d),
                ink: Rgb(0xf1, 0xf1, 0xf1),
                muted: Rgb(0xb8, 0xb8, 0xb8),
                track: Rgb(0x8f, 0x8f, 0x8f),
                focus: Rgb(0x8a, 0xb4, 0xf8),
                categories: [
                    Rgb(0x6e, 0xa8, 0xfe),
                    Rgb(0xff, 0xb0, 0x66),
                    Rgb(0x5f, 0xd0, 0x7a),
                    Rgb(0xb7, 0x9c, 0xff),
                    Rgb(0xff, 0x8a, 0x80),
                    Rgb(0x4d, 0xd0, 0xc0),
                ],
                font_family,
            },
        }
    }

    /// The colour of a category token.
    pub fn category(&self, token: ColorToken) -> Rgb {
        let i = ColorToken::ALL.iter().position(|(_, t)| *t == token).unwrap_or(0);
        self.categories[i]
    }

    /// The colour of a paint role.
    pub fn resolve(&self, paint: Paint) -> Rgb {
        match paint {
            Paint::Category(t) => self.category(t),
            Paint::Track => self.track,
            Paint::Ink => self.ink,
            Paint::MutedInk => self.muted,
            Paint::Background => self.background,
            Paint::Focus => self.focus,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_warms_the_font_the_charts_use() {
        // loader/embed.js loads this font while the Wasm downloads; a
        // different string would warm a font nobody draws with.
        let loader = include_str!("../../loader/embed.js");
        for mode in [ThemeMode::Light, ThemeMode::Dark] {
            let warmed = format!("const CHART_FONT = \"13px {}\";", Theme::new(mode).font_family);
            assert!(loader.contains(&warmed), "loader/embed.js should set {warmed}");
        }
    }

    #[test]
    fn text_meets_aa_and_marks_meet_three_to_one_in_both_themes() {
        for mode in [ThemeMode::Light, ThemeMode::Dark] {
            let t = Theme::new(mode);
            assert!(t.ink.contrast(t.background) >= 4.5, "{mode:?} ink");
            assert!(t.muted.contrast(t.background) >= 4.5, "{mode:?} muted");
            assert!(t.track.contrast(t.background) >= 3.0, "{mode:?} track");
            assert!(t.focus.contrast(t.background) >= 3.0, "{mode:?} focus");
            for c in t.categories {
                assert!(c.contrast(t.background) >= 3.0, "{mode:?} {}", c.hex());
            }
        }
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(Rgb::from_hex("#1f5fbf").map(Rgb::hex), Some("#1f5fbf".to_owned()));
        assert_eq!(Rgb::from_hex("1f5fbf"), None);
        assert_eq!(Rgb::from_hex("#1f5fb"), None);
    }
}
