//! The draft in the browser's `localStorage`, under `DRAFT_KEY`. Storage
//! may be missing (a private window) or full (a sheet of megabytes): the
//! editor then works as before, it only cannot keep the draft.

use super::draft::{Draft, DRAFT_KEY};
use web_sys::Storage;

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept from an earlier visit, if one reads back.
pub fn load() -> Option<Draft> {
    let text = storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    Draft::from_stored(&text)
}

/// Keeps the draft for the next visit.
pub fn save(draft: &Draft) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(DRAFT_KEY, &draft.to_stored());
    }
}

/// Forgets the kept draft.
pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(DRAFT_KEY);
    }
}
