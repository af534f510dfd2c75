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

// The editor's Wasm leaves the widget's entry point out: its start function
// would run instead of the editor's `main`.
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
