//! The draft in the browser's `localStorage`, under `DRAFT_KEY`. Storage
//! may be missing (a private window) or full (a sheet of megabytes): the
//! editor then works as before, it only cannot keep the draft.

use super::browser::{forget, store, stored};
use super::draft::{Draft, DRAFT_KEY};

/// The draft kept from an earlier visit, if one reads back.
pub fn load() -> Option<Draft> {
    Draft::from_stored(&stored(DRAFT_KEY)?)
}

/// Keeps the draft for the next visit; whether it was kept. When it was
/// not, the draft kept before is forgotten too: a reload must not bring
/// back older work as if it were the latest.
pub fn save(draft: &Draft) -> bool {
    let kept = store(DRAFT_KEY, &draft.to_stored());
    if !kept {
        clear();
    }
    kept
}

/// Forgets the kept draft.
pub fn clear() {
    forget(DRAFT_KEY);
}
