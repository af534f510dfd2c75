//! The newsroom editor's entry point: mounts the editor in editor.html.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(tiexi_infographic::editor::app::EditorApp);
}

/// Natively there is nothing to run: the editor lives in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
