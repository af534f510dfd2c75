//! tiexi-infographic: an embeddable infographic of Shenyang Tiexi's 2025 key
//! figures and milestones.
//!
//! Data flows one way: `data` (parse, validate, localize) → `layout` (pure
//! geometry) → `draw` (plotters, generic over the backend). The browser-only
//! parts (`ui`, `embed`, the canvas backend) compile for wasm32 only, so the
//! rest builds and tests natively.

pub mod data;
pub mod draw;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod editor;
pub mod layout;

// The editor's and the checker's Wasm leave the widget's entry point out:
// its start function would run in them, and its exports keep the whole
// reader alive.
#[cfg(all(target_arch = "wasm32", not(feature = "editor"), not(feature = "checker")))]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
