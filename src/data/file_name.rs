//! Names for downloaded files. An id comes from the data file, so it may
//! hold slashes, dots, quotes, control characters or 2,000 characters; a
//! file name built from it must be none of those on any system.

use super::text_rules::is_invisible;

/// Most characters of an id kept in a file name.
pub const MAX_ID_CHARS: usize = 60;

/// `tiexi-<id>.<ext>`, with the id reduced to letters and digits (of any
/// script), `-` and `_`: every other run of characters becomes one `-`,
/// and the name is cut to `MAX_ID_CHARS` characters of the id. An id with
/// nothing left gives `tiexi-chart.<ext>`.
pub fn download_name(id: &str, ext: &str) -> String {
    let mut safe = String::new();
    let mut kept = 0;
    for c in id.chars() {
        if kept == MAX_ID_CHARS {
            break;
        }
        let ok = (c.is_alphanumeric() || c == '_') && !is_invisible(c);
        if ok {
            safe.push(c);
            kept += 1;
        } else if !safe.is_empty() && !safe.ends_with('-') {
            safe.push('-');
            kept += 1;
        }
    }
    let safe = safe.trim_end_matches('-');
    let safe = if safe.is_empty() { "chart" } else { safe };
    format!("tiexi-{safe}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_keep_their_name() {
        assert_eq!(download_name("life-city-area", "png"), "tiexi-life-city-area.png");
        assert_eq!(download_name("鐵西_2025", "png"), "tiexi-鐵西_2025.png");
    }

    #[test]
    fn paths_dots_quotes_and_controls_never_reach_the_name() {
        assert_eq!(download_name("../../etc/passwd", "png"), "tiexi-etc-passwd.png");
        assert_eq!(download_name("a\\b:c*d?\"e<f>|g", "png"), "tiexi-a-b-c-d-e-f-g.png");
        assert_eq!(download_name("x\u{202E}gnp.exe", "png"), "tiexi-x-gnp-exe.png");
        assert_eq!(download_name("new\nline\u{0}", "png"), "tiexi-new-line.png");
        assert_eq!(download_name(" spaced  out ", "png"), "tiexi-spaced-out.png");
    }

    #[test]
    fn long_or_empty_ids_give_short_names() {
        let name = download_name(&"x".repeat(2_000), "png");
        assert_eq!(name.chars().count(), "tiexi-.png".len() + MAX_ID_CHARS);
        assert_eq!(download_name("///", "png"), "tiexi-chart.png");
        assert_eq!(download_name("\u{200B}\u{FEFF}", "png"), "tiexi-chart.png");
        assert_eq!(download_name(&"/".repeat(2_000), "png"), "tiexi-chart.png");
    }
}
