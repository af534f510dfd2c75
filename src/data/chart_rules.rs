//! What each chart kind needs from an indicator, and the caps that keep
//! every mini-chart drawable within its budget of marks: a figure too large
//! for its unit is refused here, with the path of the value to change,
//! rather than drawn as a blur or a frozen page.

use super::model::{ChartKind, Part};
use super::problem::ProblemKind;
use super::text_rules::{field_path, index_path};
use super::validate::limits;

/// Each chart kind needs its own inputs; say which is missing rather than
/// draw a picture that lies.
pub(super) fn chart_problems(
    chart: ChartKind,
    value: f64,
    parts: &[Part],
    reference: &Option<Part>,
    path: &str,
) -> Vec<(String, ProblemKind)> {
    let mut found = Vec::new();
    let whole = |n: f64, max: f64| n.fract() == 0.0 && (1.0..=max).contains(&n);
    match chart {
        ChartKind::Streak if !whole(value, limits::MAX_STREAK as f64) => {
            found.push((
                field_path(path, "value"),
                ProblemKind::OutOfRange { got: value, min: 1.0, max: limits::MAX_STREAK as f64 },
            ));
        }
        ChartKind::Ring if value > 100.0 => {
            found.push((
                field_path(path, "value"),
                ProblemKind::OutOfRange { got: value, min: 0.0, max: 100.0 },
            ));
        }
        ChartKind::Units | ChartKind::Stack => {
            if parts.is_empty() {
                found.push((field_path(path, "parts"), ProblemKind::Missing));
            }
            if chart == ChartKind::Units {
                for (i, p) in parts.iter().enumerate() {
                    let max = limits::MAX_UNITS_PER_PART as f64;
                    if !whole(p.value, max) {
                        found.push((
                            field_path(&index_path(&field_path(path, "parts"), i), "value"),
                            ProblemKind::OutOfRange { got: p.value, min: 1.0, max },
                        ));
                    }
                }
            }
        }
        ChartKind::Duration | ChartKind::Area | ChartKind::Batch | ChartKind::Pictogram => {
            match reference {
                None => {
                    found.push((field_path(path, "reference"), ProblemKind::Missing));
                }
                Some(r)
                    if r.value <= 0.0
                        || (chart == ChartKind::Batch && !whole(r.value, limits::MAX_BATCH as f64)) =>
                {
                    let max = if chart == ChartKind::Batch { limits::MAX_BATCH as f64 } else { 1e15 };
                    found.push((
                        field_path(path, "reference.value"),
                        ProblemKind::OutOfRange { got: r.value, min: 1.0, max },
                    ));
                }
                Some(r)
                    if chart == ChartKind::Pictogram
                        && !whole((value / r.value).ceil(), limits::MAX_PICTOGRAM_ICONS as f64) =>
                {
                    let icons = limits::MAX_PICTOGRAM_ICONS as f64;
                    found.push((
                        field_path(path, "reference.value"),
                        ProblemKind::OutOfRange { got: r.value, min: value / icons, max: value },
                    ));
                }
                // A square of more reference cells than a card can draw
                // as a grid would be a grey blur, and its lines alone
                // grow with the square root of the value (63 million
                // marks at 1e15): say so here, not in a frozen page.
                Some(r) if chart == ChartKind::Area && value / r.value > limits::MAX_AREA_CELLS as f64 => {
                    let limit = limits::MAX_AREA_CELLS;
                    found.push((
                        field_path(path, "reference.value"),
                        ProblemKind::TooManyCells {
                            cells: value / r.value,
                            limit,
                            min_reference: value / limit as f64,
                        },
                    ));
                }
                _ => {}
            }
        }
        _ => {}
    }
    found
}
