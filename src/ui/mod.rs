//! The widget on the page: its DOM (HTML text written by hand, kept up to
//! date by Leptos signals and effects), its state and its canvases.
//! Everything it shows comes from `data`, is placed by `layout` and painted
//! by `draw`.

pub mod app;
pub mod canvas_measure;
pub mod canvas_text;
pub mod chart_canvas;
pub mod css_theme;
pub mod delegated;
pub mod download;
pub mod download_menu;
pub mod erased;
pub mod error_view;
pub mod indicator_card;
pub mod listeners;
pub mod markup;
pub mod paint_queue;
pub mod part_tabs;
pub mod reserved_height;
pub mod source_list;
pub mod state;
pub mod text_equivalent;
pub mod timeline;

pub use state::{Inputs, Selection};
