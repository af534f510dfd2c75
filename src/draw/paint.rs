//! Turns marks into plotters backend calls, in device pixels.

use super::theme::{Rgb, Theme};
use crate::layout::{Anchor, Mark, Paint};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily, FontStyle,
};

/// A solid colour and line width, as plotters' backends want them.
struct Stroke {
    color: Rgb,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        BackendColor { alpha: 1.0, rgb: (self.color.0, self.color.1, self.color.2) }
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// Our text style: the family and size come from the theme, and no font
/// file is read. Measuring is layout's job (the canvas's own engine in the
/// browser), so plotters' own text measurement, which appends spans to the
/// host page's body, is never reached.
pub struct LabelFont<'a> {
    family: &'a str,
    size: f64,
    color: Rgb,
    anchor: Anchor,
    bold: bool,
}

impl BackendTextStyle for LabelFont<'_> {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        BackendColor { alpha: 1.0, rgb: (self.color.0, self.color.1, self.color.2) }
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        let h = match self.anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        // Only reached by backends that rasterise text themselves; a wide
        // estimate keeps them from clipping.
        let w = (text.chars().count() as f64 * self.size) as i32;
        Ok(((0, 0), (w, self.size as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        // We never rasterise glyphs ourselves: canvas and SVG draw text natively.
        Ok(Ok(()))
    }
}

/// Paints `marks` (in CSS px) on `backend`, scaled by `scale` (the device
/// pixel ratio), in the colours of `theme`.
pub fn paint_marks<DB: DrawingBackend>(
    backend: &mut DB,
    marks: &[Mark],
    theme: &Theme,
    scale: f64,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let p = |v: f64| (v * scale).round() as i32;
    let colour = |paint: Paint| theme.resolve(paint);
    for mark in marks {
        match mark {
            Mark::Rect { rect, paint } => {
                let style = Stroke { color: colour(*paint), width: 1 };
                backend.draw_rect(
                    (p(rect.x), p(rect.y)),
                    (p(rect.right()), p(rect.bottom())),
                    &style,
                    true,
                )?;
            }
            Mark::Frame { rect, paint, width } => {
                let w = (width * scale).round().max(1.0);
                let style = Stroke { color: colour(*paint), width: w as u32 };
                let inset = w / 2.0 / scale;
                let r = rect.inflate(-inset);
                backend.draw_rect((p(r.x), p(r.y)), (p(r.right()), p(r.bottom())), &style, false)?;
            }
            Mark::Dot { cx, cy, r, paint } => {
                let style = Stroke { color: colour(*paint), width: 1 };
                backend.draw_circle((p(*cx), p(*cy)), (r * scale).round().max(1.0) as u32, &style, true)?;
            }
            Mark::Polygon { points, paint } => {
                let style = Stroke { color: colour(*paint), width: 1 };
                backend.fill_polygon(points.iter().map(|&(x, y)| (p(x), p(y))), &style)?;
            }
            Mark::Line { from, to, paint, width } => {
                let style = Stroke { color: colour(*paint), width: (width * scale).round().max(1.0) as u32 };
                backend.draw_line((p(from.0), p(from.1)), (p(to.0), p(to.1)), &style)?;
            }
            Mark::Text { x, y, text, size, anchor, paint, bold } => {
                let font = LabelFont {
                    family: &theme.font_family,
                    size: size * scale,
                    color: colour(*paint),
                    anchor: *anchor,
                    bold: *bold,
                };
                backend.draw_text(text, &font, (p(*x), p(*y)))?;
            }
        }
    }
    backend.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset::default_dataset_or_none;
    use crate::data::Lang;
    use crate::draw::ThemeMode;
    use crate::layout::mini_chart::layout_mini_chart;
    use plotters::backend::SVGBackend;

    /// Renders each indicator's mini-chart to SVG and returns its text (the
    /// tests read the text; the pictures are reviewed in the e2e reference
    /// screenshots, so no unreviewed file is written).
    fn render(id: &str, lang: Lang, mode: ThemeMode, scale: f64) -> String {
        let ds = default_dataset_or_none().expect("dataset");
        let ind = ds.indicators.iter().find(|i| i.id == id).expect("indicator");
        let color = ds.categories[ind.category].color;
        let marks = layout_mini_chart(ind, color, 240.0, 96.0, lang, &crate::layout::ApproxMeasure);
        let theme = Theme::new(mode);
        let mut svg = String::new();
        {
            let size = ((240.0 * scale) as u32, (96.0 * scale) as u32);
            let mut backend = SVGBackend::with_string(&mut svg, size);
            paint_marks(&mut backend, &marks, &theme, scale).expect("paint");
        }
        svg
    }

    #[test]
    fn every_indicator_chart_renders_its_marks_and_labels_to_svg() {
        let ds = default_dataset_or_none().expect("dataset");
        for ind in &ds.indicators {
            for lang in Lang::ALL {
                let svg = render(&ind.id, lang, ThemeMode::Light, 1.0);
                let shapes = svg.matches("<rect").count()
                    + svg.matches("<circle").count()
                    + svg.matches("<polygon").count();
                assert!(shapes > 0, "{} draws no marks in {lang}", ind.id);
            }
        }
        let partners = render("life-city-partners", Lang::ZhHant, ThemeMode::Light, 1.0);
        assert!(partners.contains("6 頂尖高校") && partners.contains("6 三甲醫院"));
        assert_eq!(partners.matches("<circle").count(), 6);
        let ring = render("bmw-renewable", Lang::En, ThemeMode::Dark, 1.0);
        assert!(ring.contains("100%"));
        let teal = Theme::new(ThemeMode::Dark).category(crate::data::ColorToken::Teal).hex().to_uppercase();
        assert!(
            ring.contains(&format!("fill=\"{teal}\"")),
            "the ring takes its category's dark-theme colour"
        );
    }

    #[test]
    fn device_pixel_ratio_scales_geometry_not_layout() {
        let one = render("gdp-streak", Lang::En, ThemeMode::Light, 1.0);
        let two = render("gdp-streak", Lang::En, ThemeMode::Light, 2.0);
        assert!(two.contains("width=\"480\""), "backing store is twice the CSS width");
        assert_eq!(one.matches("<rect").count(), two.matches("<rect").count());
    }
}
