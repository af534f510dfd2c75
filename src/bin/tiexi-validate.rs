//! Checks a data file before publishing: prints every problem with its JSON
//! path, exactly as the widget would report it, and exits non-zero on errors.
//!
//! With `--write-wire OUT` it also writes the checked file in the form the
//! reader receives it (`data::wire`), as the built-in dataset is shipped;
//! a file with errors is not written.
//!
//! Usage: `cargo run --bin tiexi-validate -- data.json [--lang zh-Hant|zh-Hans|en] [--write-wire OUT]`

use std::process::ExitCode;
use tiexi_infographic::data::{parse_dataset, wire, Lang, ProblemKind, Severity};

const USAGE: &str =
    "usage: tiexi-validate FILE.json [FILE.json …] [--lang zh-Hant|zh-Hans|en] [--write-wire OUT]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut lang = Lang::En;
    let mut files = Vec::new();
    let mut wire_out = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--lang" => {
                i += 1;
                match args.get(i).and_then(|t| Lang::from_loose_tag(t)) {
                    Some(l) => lang = l,
                    None => {
                        eprintln!("tiexi-validate: --lang takes zh-Hant, zh-Hans or en");
                        return ExitCode::from(2);
                    }
                }
            }
            "--write-wire" => {
                i += 1;
                match args.get(i) {
                    Some(out) => wire_out = Some(out.clone()),
                    None => {
                        eprintln!("tiexi-validate: --write-wire takes the file to write");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            file => files.push(file.to_owned()),
        }
        i += 1;
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if wire_out.is_some() && files.len() != 1 {
        eprintln!("tiexi-validate: --write-wire takes one data file");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let checked = parse_dataset(&bytes);
        let (mut errors, mut warnings) = (0, 0);
        for p in &checked.problems {
            // Messages escape what they echo of the file (keys, values), so
            // a file cannot write lines of its own into a terminal or log.
            if let ProblemKind::MoreProblems { count, errors: more_errors } = p.kind {
                errors += more_errors;
                warnings += count - more_errors;
                println!("{file}: {}", p.message(lang));
                continue;
            }
            let label = match p.severity() {
                Severity::Error => {
                    errors += 1;
                    "error"
                }
                Severity::Warning => {
                    warnings += 1;
                    "warning"
                }
            };
            println!("{file}: {label}: {}", p.message(lang));
        }
        match &checked.dataset {
            Some(ds) => println!(
                "{file}: ok: {} categories, {} indicators, {} milestones ({warnings} warnings)",
                ds.categories.len(),
                ds.indicators.len(),
                ds.milestones.len()
            ),
            None => {
                println!("{file}: {errors} errors, {warnings} warnings");
                failed = true;
            }
        }
        // Only data that can be shown is shipped: a refused file leaves any
        // wire file from before as it was.
        if let (Some(out), Some(_)) = (&wire_out, &checked.dataset) {
            match std::fs::write(out, wire::encode(&checked, &bytes)) {
                Ok(()) => println!("{file}: wrote {out}"),
                Err(e) => {
                    eprintln!("{out}: cannot write: {e}");
                    failed = true;
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
