//! The mini-charts' tests: marks inside their box, counts, captions.

use super::stack::{caption_rows, PART_GAP};
use super::*;
use crate::data::default_dataset::default_dataset_or_none;
use crate::data::format::plain_number;
use crate::data::Localized;
use crate::layout::text::{in_figure, ApproxMeasure};

fn marks_for(id: &str, w: f64, h: f64) -> Vec<Mark> {
    let ds = default_dataset_or_none().expect("default dataset");
    let ind = ds.indicators.iter().find(|i| i.id == id).expect("indicator");
    layout_mini_chart(ind, ColorToken::Blue, w, h, Lang::En, &ApproxMeasure)
}

fn count(marks: &[Mark], f: impl Fn(&Mark) -> bool) -> usize {
    marks.iter().filter(|m| f(m)).count()
}

fn inside(marks: &[Mark], w: f64, h: f64) -> bool {
    marks
        .iter()
        .filter_map(Mark::bounds)
        .all(|b| b.x >= -0.5 && b.y >= -0.5 && b.right() <= w + 0.5 && b.bottom() <= h + 0.5)
}

#[test]
fn streak_draws_one_cell_per_quarter() {
    for w in [120.0, 260.0] {
        let marks = marks_for("gdp-streak", w, 60.0);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 12);
        assert!(inside(&marks, w, 60.0));
    }
}

#[test]
fn partners_draw_six_and_six_icons_of_two_shapes() {
    let marks = marks_for("life-city-partners", 260.0, 80.0);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Dot { .. })), 6);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 6);
    let texts: Vec<_> = marks
        .iter()
        .filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None })
        .collect();
    assert_eq!(texts, ["6 universities", "6 hospitals"]);
    assert!(inside(&marks, 260.0, 80.0));
}

#[test]
fn batch_marks_one_of_fifty_two() {
    let marks = marks_for("zero-carbon-park", 260.0, 80.0);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 1);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Frame { .. })), 51);
    assert!(inside(&marks, 260.0, 80.0));
}

#[test]
fn visitors_draw_five_people_of_a_million_each() {
    let marks = marks_for("hongmei-visitors", 260.0, 80.0);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Dot { .. })), 5);
}

#[test]
fn duration_fills_half_of_a_year() {
    let marks = marks_for("lab-to-line", 208.0, 60.0);
    let filled = marks.iter().find_map(|m| if let Mark::Rect { rect, .. } = m { Some(rect.w) } else { None });
    assert_eq!(filled, Some(100.0));
    assert_eq!(count(&marks, |m| matches!(m, Mark::Line { .. })), 11, "month ticks");
}

#[test]
fn area_square_has_the_stated_area_in_grid_cells() {
    let marks = marks_for("life-city-area", 200.0, 100.0);
    let Some(Mark::Rect { rect, .. }) = marks.first() else { panic!("no square") };
    let lines: Vec<f64> = marks
        .iter()
        .filter_map(|m| {
            if let Mark::Line { from, to, .. } = m {
                (from.1 == to.1).then_some(from.1)
            } else {
                None
            }
        })
        .collect();
    let cell = (lines[0] - lines[1]).abs();
    let area_in_cells = (rect.w / cell) * (rect.h / cell);
    assert!((area_in_cells - 6.2).abs() < 1e-9, "{area_in_cells}");
}

#[test]
fn labels_fit_their_room_even_when_narrow() {
    let m = ApproxMeasure;
    for w in [150.0, 240.0] {
        let marks = marks_for("four-pillars", w, 96.0);
        let boxes: Vec<(f64, f64)> = marks
            .iter()
            .filter_map(|mk| match mk {
                Mark::Text { x, text, size, .. } => {
                    Some((x - m.width(text, *size) / 2.0, x + m.width(text, *size) / 2.0))
                }
                _ => None,
            })
            .collect();
        assert_eq!(boxes.len(), 4);
        for pair in boxes.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "labels touch at {w}: {boxes:?}");
        }
    }
}

#[test]
fn ring_is_full_at_one_hundred_percent() {
    let marks = marks_for("bmw-renewable", 80.0, 80.0);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Polygon { paint: Paint::Track, .. })), 0);
    assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "100%")));
}

/// The deal of the default data, and the same with six parts (three of
/// them bounds), in every language at every card width: each caption
/// inside the chart, none overlapping another on its line.
#[test]
fn stack_captions_stay_inside_and_never_overlap_at_any_card_width() {
    let ds = default_dataset_or_none().expect("default dataset");
    let deal = ds.indicators.iter().find(|i| i.id == "3sbio-order").expect("indicator").clone();
    let mut six = deal.clone();
    six.parts = [deal.parts.clone(), deal.parts.clone(), deal.parts.clone()].concat();
    for ind in [&deal, &six] {
        for lang in [Lang::ZhHant, Lang::ZhHans, Lang::En] {
            for w in (40..=600).step_by(5) {
                let (w, h) = (w as f64, mini_chart_height(w as f64));
                let marks = layout_mini_chart(ind, ColorToken::Blue, w, h, lang, &ApproxMeasure);
                assert!(
                    inside(&marks, w, h),
                    "{} parts in {lang:?} at {w} px: a bar outside",
                    ind.parts.len()
                );
                let boxes: Vec<(f64, f64, f64)> = marks
                    .iter()
                    .filter_map(|m| match m {
                        Mark::Text { x, y, text, size, anchor, bold, .. } => {
                            let tw = ApproxMeasure.width(text, *size) * if *bold { BOLD_WIDTH } else { 1.0 };
                            let left = match anchor {
                                Anchor::Start => *x,
                                Anchor::End => x - tw,
                                Anchor::Middle => x - tw / 2.0,
                            };
                            Some((left, left + tw, *y))
                        }
                        _ => None,
                    })
                    .collect();
                let at = format!("{} parts in {lang:?} at {w} px", ind.parts.len());
                for (i, a) in boxes.iter().enumerate() {
                    assert!(a.0 >= -0.5 && a.1 <= w + 0.5, "{at}: caption {a:?} past a side");
                    assert!(
                        a.2 - LABEL_SIZE / 2.0 >= -0.5 && a.2 + LABEL_SIZE / 2.0 <= h + 0.5,
                        "{at}: caption {a:?} past the top or bottom"
                    );
                    for b in &boxes[i + 1..] {
                        let same_line = (a.2 - b.2).abs() < LABEL_SIZE;
                        assert!(
                            !same_line || a.1 <= b.0 || b.1 <= a.0,
                            "{at}: captions {a:?} and {b:?} overlap"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn stack_splits_the_deal_by_its_parts() {
    let marks = marks_for("3sbio-order", 300.0, 80.0);
    let widths: Vec<f64> = marks
        .iter()
        .filter_map(|m| match m {
            // The sure part is solid and keeps a gap to the next one.
            Mark::Rect { rect, .. } => Some(rect.w + PART_GAP),
            // The ceiling is outlined, inset by a pixel on each side.
            Mark::Frame { rect, .. } => Some(rect.w + 2.0),
            _ => None,
        })
        .collect();
    assert!((widths[0] / (widths[0] + widths[1]) - 1.25 / 6.05).abs() < 1e-9);
    assert_eq!(count(&marks, |m| matches!(m, Mark::Frame { .. })), 1, "only the ceiling is outlined");
    assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "US$1.25 billion")));
    assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "up to US$4.8 billion")));
}

/// Groups on a card too narrow for their names are all named or none is,
/// and no name is cut to a letter or two: the four pillars on a phone's
/// card read "a… pl… c… s…".
#[test]
fn group_names_are_all_readable_or_all_left_out() {
    let ds = default_dataset_or_none().expect("default dataset");
    let (mut named, mut unnamed) = (0, 0);
    for ind in ds.indicators.iter().filter(|i| i.chart == ChartKind::Units) {
        for lang in [Lang::ZhHant, Lang::ZhHans, Lang::En] {
            for w in (60..=260).step_by(5) {
                let w = w as f64;
                let marks =
                    layout_mini_chart(ind, ColorToken::Blue, w, mini_chart_height(w), lang, &ApproxMeasure);
                let names: Vec<&str> = marks
                    .iter()
                    .filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None })
                    .collect();
                if names.is_empty() {
                    unnamed += 1;
                    continue;
                }
                named += 1;
                assert_eq!(names.len(), ind.parts.len(), "{} at {w} px in {lang:?}: {names:?}", ind.id);
                // What is left of each group's own name, after its count
                // ("6 ", none when every part is one) and before the
                // ellipsis: at least three letters, or two Chinese
                // characters (a word).
                let counted = ind.parts.iter().any(|p| p.value != 1.0);
                for (part, label) in ind.parts.iter().zip(names) {
                    let Some(cut) = label.strip_suffix('…') else { continue };
                    let count =
                        if counted { format!("{} ", plain_number(part.value)) } else { String::new() };
                    let kept = cut.strip_prefix(count.as_str()).unwrap_or("");
                    let enough =
                        if kept.is_ascii() { kept.chars().count() >= 3 } else { kept.chars().count() >= 2 };
                    assert!(enough, "{} at {w} px in {lang:?}: {label:?}", ind.id);
                }
            }
        }
    }
    // Both cases are met, so the check above judges something.
    assert!(named > 0 && unnamed > 0, "named {named}, unnamed {unnamed}");
    // Two Chinese characters are a word: the partners' groups are named on
    // a card whose room cuts them there.
    let partners = ds.indicators.iter().find(|i| i.id == "life-city-partners").expect("indicator");
    let marks = layout_mini_chart(partners, ColorToken::Blue, 110.0, 96.0, Lang::ZhHant, &ApproxMeasure);
    let names: Vec<&str> = marks
        .iter()
        .filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None })
        .collect();
    assert!(names.len() == 2 && names.iter().all(|n| n.ends_with('…')), "{names:?}");
}

/// A part without a caption takes no room on any row: the next caption
/// shares the row it would otherwise have pushed down.
#[test]
fn parts_without_captions_take_no_room_on_a_caption_row() {
    assert_eq!(caption_rows(&[50.0, 100.0, 150.0], &[40.0, 0.0, 40.0], 4.0), (vec![0, 0, 0], 1));
    assert_eq!(caption_rows(&[50.0, 100.0, 150.0], &[40.0, 60.0, 40.0], 4.0), (vec![0, 1, 0], 2));
}

/// An amount is shown whole or not at all, at any card width: too wide
/// for its line it is broken over its caption's two lines (on a phone's
/// card "up to US$4.8…" read as another number).
#[test]
fn stack_amounts_are_never_cut_short() {
    let ds = default_dataset_or_none().expect("default dataset");
    let ind = ds.indicators.iter().find(|i| i.id == "3sbio-order").expect("indicator");
    let (mut broken, mut whole) = (0, 0);
    for lang in [Lang::ZhHant, Lang::ZhHans, Lang::En] {
        let amounts: Vec<String> =
            ind.parts.iter().map(|p| crate::data::format::part_value(ind, p, lang)).collect();
        for w in (60..=600).step_by(5) {
            let (w, h) = (w as f64, mini_chart_height(w as f64));
            let marks = layout_mini_chart(ind, ColorToken::Blue, w, h, lang, &ApproxMeasure);
            assert!(inside(&marks, w, h), "{lang:?} at {w} px");
            let bold: Vec<&str> = marks
                .iter()
                .filter_map(|m| {
                    if let Mark::Text { text, bold: true, .. } = m {
                        Some(text.as_str())
                    } else {
                        None
                    }
                })
                .collect();
            // Each amount is one bold line, or two in a row, or absent.
            let (mut rest, mut shown) = (&bold[..], 0);
            for amount in &amounts {
                // Broken only where the amount has a space.
                let lines = match rest {
                    [one, ..] if one == amount => 1,
                    [a, b, ..] if format!("{a} {b}") == *amount => 2,
                    _ => continue,
                };
                (whole, broken) = if lines == 1 { (whole + 1, broken) } else { (whole, broken + 1) };
                (shown, rest) = (shown + 1, &rest[lines..]);
            }
            assert!(rest.is_empty(), "{lang:?} at {w} px: {bold:?} against {amounts:?}");
            // From a phone's card width on, none is left out.
            assert!(w < 100.0 || shown == amounts.len(), "{lang:?} at {w} px: {bold:?}");
        }
    }
    assert!(broken > 0 && whole > 0, "broken {broken}, whole {whole}");
}

/// A reference caption ("each icon is one million visits") is shown
/// whole, on one line or two, or not at all, at any card width and in
/// every language, always below its picture, and never broken inside a
/// word or a figure: cut short on a phone's card, "每個圖示代表100…" read
/// as a hundred for a million, and so would "每個圖示代表1 / 00萬人次".
#[test]
fn reference_captions_are_whole_and_below_their_picture() {
    let ds = default_dataset_or_none().expect("default dataset");
    let (mut one, mut two) = (0, 0);
    let splits = |a: char, b: char| {
        a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() || in_figure(a) && in_figure(b)
    };
    // The pictures drawn with their reference under them, and the same
    // with a long figure in the caption and with the largest area allowed.
    let mut captioned: Vec<Indicator> = ds
        .indicators
        .iter()
        .filter(|i| {
            i.reference.is_some()
                && matches!(i.chart, ChartKind::Pictogram | ChartKind::Area | ChartKind::Duration)
        })
        .cloned()
        .collect();
    assert_eq!(captioned.len(), 3, "the default data has a pictogram, an area and a span of time");
    for made_up in 0..captioned.len() {
        let mut ind = captioned[made_up].clone();
        if let Some(r) = ind.reference.as_mut() {
            r.label = Localized::new(
                "每個圖示代表1,000,000人次",
                "每格約６０平方公里",
                "each one is 1,000,000 visits",
            );
            if ind.chart == ChartKind::Area {
                ind.value = r.value * limits::MAX_AREA_CELLS as f64;
            }
        }
        captioned.push(ind);
    }
    for ind in &captioned {
        for lang in [Lang::ZhHant, Lang::ZhHans, Lang::En] {
            let label = ind.reference.as_ref().expect("reference").label.get(lang);
            for w in (40..=600).step_by(5) {
                let (w, h) = (w as f64, mini_chart_height(w as f64));
                let marks = layout_mini_chart(ind, ColorToken::Blue, w, h, lang, &ApproxMeasure);
                let at = format!("{} in {lang:?} at {w} px", ind.id);
                assert!(inside(&marks, w, h), "{at}: a mark outside");
                let picture_bottom =
                    marks.iter().filter_map(Mark::bounds).map(|b| b.bottom()).fold(0.0, f64::max);
                let mut lines = Vec::new();
                for m in &marks {
                    if let Mark::Text { x, y, text, size, anchor, .. } = m {
                        let tw = ApproxMeasure.width(text, *size);
                        let left = match anchor {
                            Anchor::Start => *x,
                            Anchor::End => x - tw,
                            Anchor::Middle => x - tw / 2.0,
                        };
                        assert!(left >= -0.5 && left + tw <= w + 0.5, "{at}: {text:?} past a side");
                        assert!(
                            y - size / 2.0 >= picture_bottom && y + size / 2.0 <= h + 0.5,
                            "{at}: {text:?} not under the picture"
                        );
                        lines.push(text.as_str());
                    }
                }
                let shown = lines.concat().replace(' ', "");
                assert!(shown.is_empty() || shown == label.replace(' ', ""), "{at}: {lines:?} for {label:?}");
                if let [first, second] = lines[..] {
                    // Broken at a space, or between characters a line may
                    // end between: not two of a word, not two of a figure.
                    let at_space = label.trim_start().strip_prefix(first).is_some_and(|r| r.starts_with(' '));
                    let (end, start) = (first.chars().last(), second.chars().next());
                    let (Some(end), Some(start)) = (end, start) else {
                        panic!("{at}: an empty line in {lines:?}")
                    };
                    assert!(
                        at_space || !splits(end, start),
                        "{at}: {lines:?} broken inside a word or a figure"
                    );
                }
                // From a phone's card on (two columns of a 320 px page),
                // the default data's are there.
                assert!(
                    w < 120.0
                        || !shown.is_empty()
                        || ind.reference
                            != ds
                                .indicators
                                .iter()
                                .find(|i| i.id == ind.id)
                                .and_then(|i| i.reference.clone()),
                    "{at}: no caption"
                );
                match lines.len() {
                    0 => {}
                    1 => one += 1,
                    2 => two += 1,
                    n => panic!("{at}: {n} lines"),
                }
            }
        }
    }
    assert!(one > 0 && two > 0, "one line {one}, two lines {two}");
}

/// A caption whose own text ends in "…" is judged whole by what it shows,
/// not by its ending: cut to "…" or "約…", it is left out.
#[test]
fn a_caption_ending_in_an_ellipsis_is_shown_whole_or_not_at_all() {
    let ds = default_dataset_or_none().expect("default dataset");
    let mut ind = ds.indicators.iter().find(|i| i.chart == ChartKind::Pictogram).expect("pictogram").clone();
    let label = "約 1,000,000 人次……";
    if let Some(r) = ind.reference.as_mut() {
        r.label = Localized::same(label);
    }
    let mut shown = 0;
    for w in 10..200 {
        let lines = reference_lines(&ind, f64::from(w), Lang::En, &ApproxMeasure);
        if !lines.is_empty() {
            shown += 1;
            assert_eq!(lines.concat().replace(' ', ""), label.replace(' ', ""), "at {w} px");
        }
    }
    assert!(shown > 0);
}
