//! The newsroom editor (issue #17): an author pastes the milestones and
//! indicators sheets and sees every problem at its cell, in their language,
//! then downloads the JSON file the widget reads. Built as its own Wasm
//! (`editor.html`, `Trunk.editor.toml`), so the reader's bundle is
//! untouched.

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod words;
