//! Closures with their type erased. Leptos compiles an effect's machinery
//! once per closure type, and every closure is a type of its own: boxed,
//! they all share one copy. (Reactive text and attributes are bindings,
//! `markup::bind`, one boxed closure type too; listeners are added by
//! `listeners`.)

/// Runs `f` (first once the synchronous work at hand is done) and again
/// whenever a signal it read changes, like `Effect::new`, with the closure type erased: Leptos compiles an effect's
/// machinery once per closure type otherwise.
pub fn effect(f: impl FnMut() + 'static) {
    let f: Box<dyn FnMut()> = Box::new(f);
    leptos::prelude::Effect::new(f);
}
