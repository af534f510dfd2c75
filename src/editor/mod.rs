//! The newsroom editor (issue #17): an author starts from the built-in
//! dataset, a template, a JSON file or a spreadsheet, edits the milestones
//! and indicators as tables (or pastes sheets) and sees every problem at
//! its cell, in their language, previews the real widget, and publishes
//! the JSON file with an embed snippet. Built as its own Wasm
//! (`editor.html`, `Trunk.editor.toml`), so the reader's bundle is
//! untouched.
//!
//! What needs no browser is plain Rust with native tests: `grid` (a
//! sheet's text as a table), `patch` (a table edit written into the text
//! where its cell is), `meta` (the graphic's title, source and period),
//! `draft` (what is kept between visits), `start` (the starting points),
//! `publish` (the embed snippet and its no-JavaScript summary) and
//! `words`. The rest is the page.

pub mod draft;
pub mod grid;
pub mod meta;
pub mod patch;
pub mod publish;
pub mod start;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod meta_view;
#[cfg(target_arch = "wasm32")]
pub mod preview;
#[cfg(target_arch = "wasm32")]
pub mod publish_view;
#[cfg(target_arch = "wasm32")]
pub mod start_view;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod table;
