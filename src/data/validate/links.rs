//! Links between items (a milestone's figures, an item's category) and
//! the parts and sources items cite.

use super::*;
use crate::data::json::Value;
use crate::data::problem::ProblemKind;
use crate::data::text_rules::{clip_echo, index_path};

impl Reader {
    pub(super) fn resolve(
        &mut self,
        links: &[(String, String)],
        ids: &Targets,
        target: &'static str,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for (id, path) in links {
            match ids.read.get(id) {
                Some(i) => out.push(i),
                None if ids.refused.get(id).is_some() => {}
                None => self.report(path, ProblemKind::DanglingLink { id: clip_echo(id), target }),
            }
        }
        out
    }

    pub(super) fn category_of(&mut self, o: &Obj, categories: &Targets) -> Option<usize> {
        let path = o.at("category");
        let id = self.required(o, "category").and_then(|v| self.string(v, &path))?;
        let found = categories.read.get(&id);
        if found.is_none() && categories.refused.get(&id).is_none() {
            self.report(&path, ProblemKind::DanglingLink { id: clip_echo(&id), target: "category" });
        }
        found
    }

    pub(super) fn sources(&mut self, o: &Obj) -> Option<Vec<SourceRef>> {
        let path = o.at("source");
        let items = self.required(o, "source").and_then(|v| self.array(v, &path, limits::MAX_SMALL_LIST))?;
        if items.is_empty() {
            self.report(&path, ProblemKind::Missing);
            return None;
        }
        // Every element is read (and its problems reported) even after a bad
        // one; a plain loop, not a collect through `Vec<Option<_>>`, which
        // costs a buffer and its own copy of the collecting code.
        let mut refs = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.source_ref(item, &index_path(&path, i)) {
                Some(r) => refs.push(r),
                None => ok = false,
            }
        }
        ok.then_some(refs)
    }

    pub(super) fn source_ref(&mut self, v: &Value, path: &str) -> Option<SourceRef> {
        let o = self.object(v, path, REF_FIELDS)?;
        let kinds = [("article", SourceKind::Article), ("report", SourceKind::Report)];
        let kind = self.required(&o, "kind").and_then(|v| self.one_of(v, &o.at("kind"), &kinds));
        let note = self.req_text(&o, "note");
        let date = o.get("date").map(|v| self.date(v, &o.at("date")));
        let url = o.get("url").map(|v| self.url(v, &o.at("url")));
        Some(SourceRef { kind: kind?, note: note?, date: present(date)?, url: present(url)? })
    }

    pub(super) fn part(&mut self, v: &Value, path: &str) -> Option<Part> {
        let o = self.object(v, path, PART_FIELDS)?;
        let label = self.req_text(&o, "label");
        let value = self.required(&o, "value").and_then(|v| self.number(v, &o.at("value"), 0.0, 1e15));
        let qualifier = self.qualifier(&o);
        Some(Part { label: label?, value: value?, qualifier: qualifier? })
    }
}
