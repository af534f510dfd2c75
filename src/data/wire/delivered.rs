//! What the reader receives from the checker: the dataset, if it can be
//! shown, and the problems already written out, since the reader carries
//! no message of its own.

use crate::data::lang::Lang;
use crate::data::model::Dataset;
use crate::data::problem::{Severity, UNREACHABLE};
use crate::data::text_rules::fill_in;
use std::fmt;

/// A problem as the checker reported it: already written in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    /// Whether it stops the data from being shown.
    pub severity: Severity,
    /// How many errors it stands for: 1 for an error, the count of omitted
    /// errors for the problem that counts the unlisted ones, 0 for a warning.
    pub errors: usize,
    /// The message in each language, path first, in `Lang::ALL` order.
    pub messages: [String; 3],
}

impl Reported {
    /// The message in one language, path first.
    pub fn message(&self, lang: Lang) -> &str {
        &self.messages[lang as usize]
    }

    /// The data file could not be fetched or checked: what
    /// `Problem::message` says of `ProblemKind::Unreachable` at `$`, written
    /// here because the reader has no other message.
    pub fn unreachable(detail: &str) -> Reported {
        Reported {
            severity: Severity::Error,
            errors: 1,
            // Not problem.rs's `fill`: it slices `str`s by index, whose
            // bounds check links core's panic message and Unicode tables
            // (about 4 KB brotli; text_rules::fill_in says why).
            messages: UNREACHABLE.map(|template| format!("$: {}", fill_in(template, "{0}", detail))),
        }
    }
}

/// As `Problem` prints itself: the severity, then the English message.
impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.severity {
            Severity::Error => "error: ",
            Severity::Warning => "warning: ",
        })?;
        f.write_str(self.message(Lang::En))
    }
}

/// A checked data file as the reader receives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Delivered {
    /// The dataset, when the file had no errors.
    pub dataset: Option<Dataset>,
    /// Every problem, warnings included, in the file's order.
    pub problems: Vec<Reported>,
}
