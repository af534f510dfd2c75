//! A JSON object's members, in key order.

use super::Value;

/// An object's members sorted by key, each key once. serde_json's map is
/// a `BTreeMap`: the validator met keys in sorted order and a key written
/// twice kept its last value, and its problems come in that order. A
/// sorted list keeps both without linking a B-tree's code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object {
    members: Vec<(String, Value)>,
}

impl Object {
    /// The members as written, sorted by key (stably, so of a key written
    /// twice the later value is last), then each key's last value kept.
    pub(super) fn from_members(mut members: Vec<(String, Value)>) -> Object {
        if members.windows(2).any(|w| w[0].0 >= w[1].0) {
            members = if members.len() <= 16 {
                // Small objects, nearly all of them: in place, no
                // allocation. Strictly greater moves, so equal keys keep
                // their order.
                for i in 1..members.len() {
                    let mut j = i;
                    while j > 0 && members[j - 1].0 > members[j].0 {
                        members.swap(j - 1, j);
                        j -= 1;
                    }
                }
                members
            } else {
                crate::data::order::sorted(members, &|a, b| a.0.cmp(&b.0))
            };
            // Of a key written twice, the later value is kept (in the
            // earlier place: the same key).
            members.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    std::mem::swap(&mut later.1, &mut kept.1);
                }
                same
            });
        }
        Object { members }
    }

    /// The members, sorted by key, each key once: for the parser to add
    /// more after them.
    pub(super) fn into_members(self) -> Vec<(String, Value)> {
        self.members
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        let at = self.members.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.members[at].1)
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.members.iter().map(|(k, _)| k)
    }

    /// The members, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.members.iter().map(|(k, v)| (k, v))
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}
