//! Closures with their type erased. Leptos compiles its machinery (an
//! effect, the rendering of reactive text or an attribute) once per closure
//! type, and every closure is a type of its own: boxed, they all share one
//! copy. (Event handlers need no such box: the widget has no `on:`, its
//! listeners are added by `listeners`.)

/// Reactive text (a child, an attribute or an element's HTML) with its
/// closure type erased: Leptos compiles its rendering of reactive text
/// once per closure type, so every `move || …` giving a `String` would
/// carry a copy of its own.
pub type Text = Box<dyn FnMut() -> String + Send>;

/// `f` as reactive [`Text`].
pub fn text(f: impl FnMut() -> String + Send + 'static) -> Text {
    Box::new(f)
}

/// Runs `f` now and again whenever a signal it read changes, like
/// `Effect::new`, with the closure type erased: Leptos compiles an effect's
/// machinery once per closure type otherwise.
pub fn effect(f: impl FnMut() + 'static) {
    let f: Box<dyn FnMut()> = Box::new(f);
    leptos::prelude::Effect::new(f);
}

/// A reactive yes or no (a class switched on, `hidden`) with its closure
/// type erased, for the same reason as [`Text`].
pub type Flag = Box<dyn FnMut() -> bool + Send>;

/// `f` as a reactive [`Flag`].
pub fn flag(f: impl FnMut() -> bool + Send + 'static) -> Flag {
    Box::new(f)
}

/// A reactive attribute that may be absent (`None` leaves it out), with
/// its closure type erased, for the same reason as [`Text`].
pub type MaybeAttr = Box<dyn FnMut() -> Option<&'static str> + Send>;

/// `f` as a reactive [`MaybeAttr`].
pub fn maybe_attr(f: impl FnMut() -> Option<&'static str> + Send + 'static) -> MaybeAttr {
    Box::new(f)
}
