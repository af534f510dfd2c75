//! Sine and cosine for chart geometry, in a few lines of arithmetic.
//!
//! `f64::sin` and `f64::cos` link libm's argument reduction, built for
//! angles of any size (`rem_pio2`, about 10 KB of Wasm). The charts' angles
//! are a turn or two at most; reducing them by whole quarter turns loses
//! nothing a pixel could show, and a short polynomial does the rest.

use std::f64::consts::{FRAC_PI_2, TAU};

/// `(sin a, cos a)` for an angle in radians: within 1e-15 of the exact
/// values for the charts' angles (one turn either way), within 1e-13 under
/// a hundred turns (the reduction by a rounded 2π drifts by turns).
pub fn sin_cos(a: f64) -> (f64, f64) {
    // Into [-π, π], then into [-π/4, π/4] and the quarter turn it was in.
    let x = a - (a / TAU + 0.5).floor() * TAU;
    let quarter = (x / FRAC_PI_2 + 0.5).floor();
    let r = x - quarter * FRAC_PI_2;
    let (s, c) = (sin_near_zero(r), cos_near_zero(r));
    match (quarter as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// Taylor series of sin to x¹⁷: the first term left out is below 1e-16
/// for |x| ≤ π/4.
fn sin_near_zero(x: f64) -> f64 {
    let x2 = x * x;
    let mut sum = 0.0;
    // Coefficients 1/(2k+1)! with alternating signs, highest first.
    for k in (0..9).rev() {
        sum = sum * x2 + sign(k) / factorial(2 * k + 1);
    }
    sum * x
}

/// Taylor series of cos to x¹⁶.
fn cos_near_zero(x: f64) -> f64 {
    let x2 = x * x;
    let mut sum = 0.0;
    for k in (0..9).rev() {
        sum = sum * x2 + sign(k) / factorial(2 * k);
    }
    sum
}

fn sign(k: u32) -> f64 {
    if k.is_multiple_of(2) {
        1.0
    } else {
        -1.0
    }
}

fn factorial(n: u32) -> f64 {
    (1..=n).fold(1.0, |p, i| p * f64::from(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The largest difference from the standard library's sine and cosine
    /// over `n` evenly spaced angles in [-limit, limit].
    fn worst_over(limit: f64, n: i32) -> f64 {
        let mut worst: f64 = 0.0;
        for i in -n..=n {
            let a = limit * f64::from(i) / f64::from(n);
            let (s, c) = sin_cos(a);
            worst = worst.max((s - a.sin()).abs()).max((c - a.cos()).abs());
        }
        worst
    }

    #[test]
    fn agrees_with_the_standard_library_over_a_turn() {
        let worst = worst_over(TAU, 100_000);
        assert!(worst < 1e-15, "worst difference {worst:e}");
    }

    #[test]
    fn agrees_with_the_standard_library_over_a_hundred_turns() {
        let worst = worst_over(100.0 * TAU, 400_000);
        assert!(worst < 1e-13, "worst difference {worst:e}");
    }

    #[test]
    fn exact_at_the_quarter_turns() {
        for (a, (s, c)) in
            [(0.0, (0.0, 1.0)), (FRAC_PI_2, (1.0, 0.0)), (-FRAC_PI_2, (-1.0, 0.0)), (TAU, (0.0, 1.0))]
        {
            let (gs, gc) = sin_cos(a);
            assert!((gs - s).abs() < 1e-15 && (gc - c).abs() < 1e-15, "{a}: {gs} {gc}");
        }
    }
}
