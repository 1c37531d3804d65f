//! Reactive views and attribute values of one type per output: what `view!` does by itself
//! for a `{move || …}` written in place (with `--cfg erase_components`), for the closures it
//! does not see (one named before the view, or a component's whole view). Leptos' rendering
//! code is then compiled once per output type, not once per closure (issue 26). For the same
//! reason the first screen's optional views are `Option<AnyView>` (`.into_any()`), whatever
//! their element: Leptos compiles its update code once per element type otherwise.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;
use std::sync::{Arc, Mutex};

/// The closure, boxed as `view!` boxes the ones written in place.
pub fn shared<T: 'static>(f: impl FnMut() -> T + Send + 'static) -> SharedReactiveFunction<T> {
    Arc::new(Mutex::new(f))
}

/// What `<Show>` draws, with one copy of the code for every use: `view` while `when` holds
/// (a memo, so `view` is drawn again only when `when` changes), else nothing.
pub fn when(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> AnyView + Send + Sync + 'static,
) -> SharedReactiveFunction<Option<AnyView>> {
    shown(Box::new(when), Box::new(view))
}

/// The body of [`when`], compiled once.
fn shown(
    when: Box<dyn Fn() -> bool + Send + Sync>,
    view: Box<dyn Fn() -> AnyView + Send + Sync>,
) -> SharedReactiveFunction<Option<AnyView>> {
    let open = Memo::new(move |_| when());
    shared(move || open.get().then(&view))
}

/// `Effect::new` for an effect that keeps no value, with one copy of Leptos' effect code
/// (its task and its loop) for every use, not one per closure.
pub fn effect(run: impl Fn() + 'static) {
    boxed_effect(Box::new(run));
}

/// The body of [`effect`], compiled once.
fn boxed_effect(run: Box<dyn Fn()>) {
    Effect::new(move |_| run());
}
