//! The keyed list under the category cards (`ui::keyed`): views follow their keys' order,
//! a view that stays is the same element (so it keeps what it holds), and a removed view's
//! signals and effects are disposed.

use kalkulator::ui::keyed::{keep_keyed, FirstDraw};
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::tick;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

struct List {
    root: HtmlElement,
    keys: RwSignal<Vec<u32>>,
    disposed: Arc<AtomicUsize>,
}

impl List {
    async fn mount(keys: Vec<u32>, first: FirstDraw) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("section").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let list = RwSignal::new(keys);
        let disposed = Arc::new(AtomicUsize::new(0));
        let counter = disposed.clone();
        leptos::mount::mount_to(root.clone(), move || {
            let container = NodeRef::<Div>::new();
            let counter = counter.clone();
            keep_keyed(
                container,
                move || list.get(),
                move |key| {
                    let counter = counter.clone();
                    on_cleanup(move || {
                        counter.fetch_add(1, Ordering::Relaxed);
                    });
                    view! { <p data-key=key.to_string()>{key}</p> }
                },
                first,
            );
            view! { <div node_ref=container></div> }
        })
        .forget();
        tick().await;
        tick().await;
        List {
            root,
            keys: list,
            disposed,
        }
    }

    async fn set(&self, keys: Vec<u32>) {
        self.keys.set(keys);
        tick().await;
        tick().await;
    }

    fn shown(&self) -> Vec<String> {
        let all = self.root.query_selector_all("p").unwrap();
        (0..all.length())
            .filter_map(|i| all.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    }

    fn element(&self, key: u32) -> web_sys::Element {
        self.root
            .query_selector(&format!("[data-key=\"{key}\"]"))
            .unwrap()
            .unwrap()
    }
}

#[wasm_bindgen_test]
async fn views_follow_their_keys_and_stay_the_same_elements() {
    let list = List::mount(vec![1, 2, 3], FirstDraw::AtOnce).await;
    assert_eq!(list.shown(), ["1", "2", "3"]);
    let two = list.element(2);
    // Added at the end, in the middle, at the front.
    list.set(vec![1, 2, 3, 4]).await;
    list.set(vec![1, 5, 2, 3, 4]).await;
    list.set(vec![0, 1, 5, 2, 3, 4]).await;
    assert_eq!(list.shown(), ["0", "1", "5", "2", "3", "4"]);
    // Removed from the middle and the ends.
    list.set(vec![1, 2, 3]).await;
    assert_eq!(list.shown(), ["1", "2", "3"]);
    assert_eq!(list.disposed.load(Ordering::Relaxed), 3);
    // Moved: the list is put back in order.
    list.set(vec![3, 1, 2]).await;
    assert_eq!(list.shown(), ["3", "1", "2"]);
    // The view of key 2 was never rebuilt.
    assert!(two.is_same_node(Some(&list.element(2))));
    // All replaced.
    list.set(vec![7, 8]).await;
    assert_eq!(list.shown(), ["7", "8"]);
    assert_eq!(list.disposed.load(Ordering::Relaxed), 6);
    list.set(Vec::new()).await;
    assert!(list.shown().is_empty());
}

/// Resolves in a task after this one (a zero timeout).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn first_views_drawn_in_turns_come_one_task_after_another() {
    let done = RwSignal::new(false);
    // No time to spend: one view per task.
    let first = FirstDraw::InTurns {
        budget_ms: 0.0,
        done,
    };
    let list = List::mount(vec![1, 2, 3, 4], first).await;
    assert!(
        list.shown().len() < 4,
        "not all in the first task: {:?}",
        list.shown()
    );
    assert!(!list.shown().is_empty(), "at least one view per task");
    assert!(!done.get_untracked());
    for _ in 0..20 {
        if done.get_untracked() {
            break;
        }
        next_task().await;
    }
    assert!(done.get_untracked(), "the last first view came");
    assert_eq!(list.shown(), ["1", "2", "3", "4"]);
    // Later changes are drawn at once.
    list.set(vec![1, 2, 3, 4, 5, 6]).await;
    assert_eq!(list.shown(), ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(list.disposed.load(Ordering::Relaxed), 0);
}
