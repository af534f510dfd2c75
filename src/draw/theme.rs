//! The colours and font a drawing uses. The widget's stylesheet owns them
//! (custom properties on `.tx-root` in style/widget.css, which hosts theme
//! through `--tiexi-*`); the canvases read them from there
//! (`Theme::from_style`), and the built-in values below, kept equal to the
//! stylesheet's by a test, stand in for any the browser cannot give and for
//! native tests. Category colours meet 3:1 against the background (WCAG
//! 1.4.11 for marks) and text colours 4.5:1 (1.4.3).

use crate::data::ColorToken;
use crate::layout::Paint;

/// A colour as 8-bit RGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
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

/// The custom properties of `.tx-root` the canvases' colours come from, in
/// the order of `Theme::colours_mut`.
pub const COLOUR_PROPERTIES: [&str; 12] = [
    "--tx-bg",
    "--tx-card",
    "--tx-ink",
    "--tx-muted",
    "--tx-line",
    "--tx-accent",
    "--tx-c-blue",
    "--tx-c-orange",
    "--tx-c-green",
    "--tx-c-purple",
    "--tx-c-red",
    "--tx-c-teal",
];

/// The custom property of `.tx-root` the canvases' font family comes from.
pub const FONT_PROPERTY: &str = "--tx-font";

/// The colours and font one drawing uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// What lies behind the canvas, for knock-outs and PNG exports: the
    /// widget's background (`--tx-bg`, behind the timeline), or a card's
    /// (see `on_card`).
    pub background: Rgb,
    /// Background of the indicator cards (`--tx-card`).
    pub card: Rgb,
    /// Main text and axes (`--tx-ink`).
    pub ink: Rgb,
    /// Secondary text (`--tx-muted`).
    pub muted: Rgb,
    /// Reference marks: empty cells, the rest of the year (`--tx-line`).
    pub track: Rgb,
    /// Hover and selection ring (`--tx-accent`).
    pub focus: Rgb,
    /// Category colours, in `ColorToken::ALL` order (`--tx-c-blue` …).
    pub categories: [Rgb; 6],
    /// CSS font family list for chart text (`--tx-font`).
    pub font_family: String,
}

impl Theme {
    /// The built-in theme for a mode.
    pub fn new(mode: ThemeMode) -> Theme {
        // As style/widget.css spells it, which loader/embed.js warms.
        let font_family = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif".to_owned();
        match mode {
            ThemeMode::Light => Theme {
                background: Rgb(0xff, 0xff, 0xff),
                card: Rgb(0xf6, 0xf7, 0xf9),
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
                card: Rgb(0x20, 0x23, 0x2a),
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

    /// The theme as the widget's stylesheet resolves it. `read(property)`
    /// gives a custom property's value as the browser computed it: a colour
    /// as `rgb()` or `color(srgb …)`, the font as a family list. A value
    /// missing or unreadable keeps the built-in one for `mode`, field by
    /// field, so a host's typo costs one colour, not the chart. A
    /// translucent colour (Chromium's `Highlight` is one) is taken as seen
    /// over the background; a translucent background shows the host page
    /// through, which the widget cannot see, so it keeps the built-in one.
    pub fn from_style(mode: ThemeMode, mut read: impl FnMut(&str) -> Option<String>) -> Theme {
        let mut theme = Theme::new(mode);
        let mut background = theme.background;
        for (i, (name, field)) in COLOUR_PROPERTIES.into_iter().zip(theme.colours_mut()).enumerate() {
            match read(name).as_deref().and_then(Rgb::from_css_with_alpha) {
                Some((colour, u8::MAX)) => *field = colour,
                Some((colour, alpha)) if i > 0 => *field = colour.over(alpha, background),
                _ => {}
            }
            if i == 0 {
                background = *field;
            }
        }
        if let Some(family) = read(FONT_PROPERTY) {
            let family = family.trim();
            if !family.is_empty() {
                theme.font_family = family.to_owned();
            }
        }
        theme
    }

    /// The same theme for a canvas on a card: knock-outs and exports take
    /// the card's background.
    pub fn on_card(mut self) -> Theme {
        self.background = self.card;
        self
    }

    /// Every colour, in `COLOUR_PROPERTIES` order.
    fn colours_mut(&mut self) -> [&mut Rgb; 12] {
        let Theme { background, card, ink, muted, track, focus, categories, .. } = self;
        let [blue, orange, green, purple, red, teal] = categories;
        [background, card, ink, muted, track, focus, blue, orange, green, purple, red, teal]
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
        // loader/finish-dist.mjs writes the stylesheet's fallback font into
        // the loader, and the built-in theme's font is the stylesheet's.
        let loader = include_str!("../../loader/embed.js");
        assert!(loader.contains("const CHART_FONT = `13px ${__TIEXI_CHART_FONT__}`;"));
        let css = include_str!("../../style/widget.css");
        for mode in [ThemeMode::Light, ThemeMode::Dark] {
            let fallback = format!("--tx-font: var(--tiexi-font, {});", Theme::new(mode).font_family);
            assert!(css.contains(&fallback), "style/widget.css should hold {fallback}");
        }
    }

    #[test]
    fn text_meets_aa_and_marks_meet_three_to_one_in_both_themes_on_both_backgrounds() {
        for mode in [ThemeMode::Light, ThemeMode::Dark] {
            let t = Theme::new(mode);
            // The timeline sits on the background, the mini-charts on cards.
            for (under, behind) in [("background", t.background), ("card", t.card)] {
                assert!(t.ink.contrast(behind) >= 4.5, "{mode:?} ink on {under}");
                assert!(t.muted.contrast(behind) >= 4.5, "{mode:?} muted on {under}");
                assert!(t.track.contrast(behind) >= 3.0, "{mode:?} track on {under}");
                assert!(t.focus.contrast(behind) >= 3.0, "{mode:?} focus on {under}");
                for c in t.categories {
                    assert!(c.contrast(behind) >= 3.0, "{mode:?} {} on {under}", c.hex());
                }
            }
        }
    }

    /// The custom properties `.tx-root` gets from style/widget.css outside
    /// any `@media`, from the blocks whose selector is one of `selectors`
    /// (later ones win, as in CSS); `var(--tiexi-x, fallback)` gives its
    /// fallback, the value when the host sets nothing.
    fn stylesheet_properties(selectors: &[&str]) -> std::collections::HashMap<String, String> {
        let css = include_str!("../../style/widget.css");
        let mut plain = String::new();
        let mut rest = css;
        while let Some((before, after)) = rest.split_once("/*") {
            plain.push_str(before);
            rest = after.split_once("*/").map_or("", |(_, after)| after);
        }
        plain.push_str(rest);
        // Each block as (nesting depth, selector, body).
        let (mut blocks, mut open, mut prelude_from) = (Vec::new(), Vec::new(), 0);
        for (i, c) in plain.char_indices() {
            match c {
                '{' => {
                    open.push((plain[prelude_from..i].trim(), i + 1));
                    prelude_from = i + 1;
                }
                '}' => {
                    let (selector, body_from) = open.pop().expect("balanced braces");
                    blocks.push((open.len(), selector, &plain[body_from..i]));
                    prelude_from = i + 1;
                }
                ';' => prelude_from = i + 1,
                _ => {}
            }
        }
        let mut properties = std::collections::HashMap::new();
        for selector in selectors {
            for (_, _, body) in blocks.iter().filter(|(depth, s, _)| *depth == 0 && s == selector) {
                for (name, value) in body.split(';').filter_map(|d| d.split_once(':')) {
                    let value = value.trim();
                    let value = match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
                        Some(var) => var.split_once(',').map_or("", |(_, fallback)| fallback).trim(),
                        None => value,
                    };
                    properties.insert(name.trim().to_owned(), value.to_owned());
                }
            }
        }
        properties
    }

    #[test]
    fn the_built_in_theme_is_the_stylesheets() {
        // style/widget.css owns the palette and the font; the built-in theme
        // only stands in for it, so the two must never disagree.
        for (mode, selectors) in
            [(ThemeMode::Light, &[".tx-root"][..]), (ThemeMode::Dark, &[".tx-root", ".tx-root.tx-dark"][..])]
        {
            let mut css = stylesheet_properties(selectors);
            // Each colour as the browser computes it, rgb(r, g, b).
            for name in COLOUR_PROPERTIES {
                let value = css.get_mut(name).unwrap_or_else(|| panic!("style/widget.css sets no {name}"));
                let Rgb(r, g, b) =
                    from_hex(value).unwrap_or_else(|| panic!("{mode:?} {name}: {value} is not #rrggbb"));
                *value = format!("rgb({r}, {g}, {b})");
            }
            assert!(css.contains_key(FONT_PROPERTY), "style/widget.css sets no {FONT_PROPERTY}");
            assert_eq!(Theme::from_style(mode, |name| css.get(name).cloned()), Theme::new(mode), "{mode:?}");
        }
    }

    #[test]
    fn category_properties_are_named_after_the_tokens() {
        let names: Vec<String> = ColorToken::ALL.iter().map(|(name, _)| format!("--tx-c-{name}")).collect();
        assert_eq!(COLOUR_PROPERTIES[6..], names);
    }

    #[test]
    fn each_property_read_replaces_its_field_and_only_that_one() {
        let theme = Theme::from_style(ThemeMode::Light, |name| match name {
            "--tx-bg" => Some("rgb(34, 51, 68)".into()),
            "--tx-c-teal" => Some("color(srgb 1 0 0)".into()),
            "--tx-ink" => Some("banana".into()),
            "--tx-accent" => Some("rgba(255, 0, 0, 0.5)".into()),
            "--tx-font" => Some("  ui-monospace, monospace ".into()),
            _ => None,
        });
        let built_in = Theme::new(ThemeMode::Light);
        assert_eq!(theme.background, Rgb(34, 51, 68));
        assert_eq!(theme.category(ColorToken::Teal), Rgb(255, 0, 0));
        assert_eq!(theme.ink, built_in.ink, "an unreadable value keeps the built-in colour");
        assert_eq!(theme.focus, Rgb(145, 25, 34), "a translucent colour as seen over the background");
        let see_through =
            Theme::from_style(ThemeMode::Light, |name| (name == "--tx-bg").then(|| "transparent".into()));
        assert_eq!(see_through.background, built_in.background, "the page behind is unknown");
        assert_eq!(theme.font_family, "ui-monospace, monospace");
        assert_eq!(theme.resolve(Paint::Background), Rgb(34, 51, 68));
        assert_eq!(theme.clone().on_card().resolve(Paint::Background), built_in.card);
        let blank_font = Theme::from_style(ThemeMode::Dark, |_| Some(" ".into()));
        assert_eq!(blank_font, Theme::new(ThemeMode::Dark));
    }

    /// `#rrggbb`, as the stylesheet spells its defaults.
    fn from_hex(hex: &str) -> Option<Rgb> {
        let h = hex.strip_prefix('#').filter(|h| h.len() == 6 && h.is_ascii())?;
        let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(from_hex("#1f5fbf").map(Rgb::hex), Some("#1f5fbf".to_owned()));
        assert_eq!(from_hex("#1f5fb"), None);
    }
}
