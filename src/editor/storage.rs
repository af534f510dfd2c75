//! The draft in the browser's `localStorage`, under `DRAFT_KEY`. Storage
//! may be missing (a private window) or full (a sheet of megabytes): the
//! editor then works as before, it only cannot keep the draft.

use super::browser::{forget, store, stored};
use super::draft::{Draft, DRAFT_KEY};

/// The draft kept from an earlier visit, if one reads back.
pub fn load() -> Option<Draft> {
    Draft::from_stored(&stored(DRAFT_KEY)?)
}

/// Keeps the draft for the next visit.
pub fn save(draft: &Draft) {
    store(DRAFT_KEY, &draft.to_stored());
}

/// Forgets the kept draft.
pub fn clear() {
    forget(DRAFT_KEY);
}
