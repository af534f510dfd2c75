//! The few browser APIs only the editor uses (storage, files, the
//! clipboard), bound here rather than through new `web-sys` features: a
//! feature added to the shared `web-sys` dependency changes the crate's
//! symbol hashes, and with them the reader's Wasm by a few bytes. Bound
//! here, the reader's bytes stay exactly as they are.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Blob;

#[wasm_bindgen]
extern "C" {
    /// A `Storage` (the page's `localStorage`).
    type PageStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &PageStorage, key: &str) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item(this: &PageStorage, key: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = removeItem)]
    fn remove_item(this: &PageStorage, key: &str) -> Result<(), JsValue>;

    /// A `FileList` (an input's or a drop's files).
    type Files;
    #[wasm_bindgen(method)]
    fn item(this: &Files, index: u32) -> Option<Blob>;

    /// `navigator.clipboard.writeText`: throws where the page has no
    /// clipboard (an insecure origin).
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &key.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// The page's `localStorage`; `None` where reading it throws (storage
/// blocked) or there is none.
fn storage() -> Option<PageStorage> {
    get(&web_sys::window()?.into(), "localStorage").map(JsCast::unchecked_into)
}

/// The text stored under `key`.
pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; whether it was kept (a full or blocked
/// storage keeps nothing).
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Forgets `key`.
pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Whether a drag event carries files (not text or a link being dragged
/// into an input, which the browser must go on handling).
pub fn carries_files(event: &JsValue) -> bool {
    let types = get(event, "dataTransfer").and_then(|d| get(&d, "types"));
    types.is_some_and(|t| js_sys::Array::from(&t).includes(&"Files".into(), 0))
}

/// The first file of `holder.files` (an `<input type=file>`, or a drop
/// event's `dataTransfer`), with its name.
pub fn first_file(holder: &JsValue) -> Option<(String, Blob)> {
    let files: Files = get(holder, "files")?.unchecked_into();
    let file = files.item(0)?;
    let name = get(&file, "name").and_then(|n| n.as_string()).unwrap_or_default();
    Some((name, file))
}

/// Calls `done` or `failed` once `promise` settles, as `then` does.
fn on_settled(
    promise: &js_sys::Promise,
    done: impl FnOnce(JsValue) + 'static,
    failed: impl FnOnce() + 'static,
) {
    let done = Closure::once_into_js(done);
    let failed = Closure::once_into_js(move |_: JsValue| failed());
    if let Some(then) = get(promise, "then").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = then.call2(promise, &done, &failed);
    }
}

/// Reads a file as UTF-8 text (a byte order mark dropped, as the browser
/// decodes) and hands it to `then`; `None` when the file is not UTF-8 (a
/// CSV saved as Big5 or GBK), rather than text with every character it
/// could not read replaced.
pub fn read_text(file: &Blob, then: impl FnOnce(Option<String>) + 'static) {
    let read = move |buffer: JsValue| {
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let text = String::from_utf8(bytes).ok();
        then(text.map(|t| t.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(t)))
    };
    on_settled(&file.array_buffer(), read, || {});
}

/// Puts `text` on the clipboard; `refused` runs where the page has no
/// clipboard or the browser says no.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce() + 'static, refused: impl FnOnce() + 'static) {
    match clipboard_write_text(text) {
        Ok(promise) => on_settled(&promise, move |_| done(), refused),
        Err(_) => refused(),
    }
}
