//! A thin adapter over the browser's IndexedDB and storage manager, only as much as the rekap
//! page keeps: text records under text keys in one object store. Each request becomes a
//! promise whose resolve and reject are the request's own event handlers, so no Rust closure
//! outlives a call (one for the first opening, which creates the store). Every call fails
//! softly (None / false), never with a panic. Only the rekap page uses it, so the village
//! page's download does not carry it.

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

/// How long opening may take before the browser is taken to have no usable IndexedDB (one
/// that never answers, as some private windows did).
const OPEN_TIMEOUT_MS: i32 = 5_000;

/// A promise settled by whichever of the two handlers `bind` installs fires.
async fn settled(bind: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut bind = Some(bind);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(bind) = bind.take() {
            bind(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// What a request gave, once it succeeded.
async fn request(req: &IdbRequest) -> Option<JsValue> {
    settled(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
    })
    .await
    .ok()?;
    req.result().ok()
}

/// One open database of the page.
pub struct Database {
    db: IdbDatabase,
    store: &'static str,
}

/// Opens database `name` at `version` with the object store `store` (created on the first
/// opening); None where the browser has no IndexedDB, blocks it or does not answer.
pub async fn open(name: &str, version: u32, store: &'static str) -> Option<Database> {
    let window = web_sys::window()?;
    let factory = window.indexed_db().ok()??;
    let req: IdbOpenDbRequest = factory.open_with_u32(name, version).ok()?;
    let creating = req.clone();
    let upgrade = wasm_bindgen::closure::Closure::once_into_js(move || {
        let db = creating
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        // Version 1 is the first: its store does not exist yet.
        if let Some(db) = db {
            let _ = db.create_object_store(store);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    // The first of: opened, failed, or the time is up (resolved with nothing).
    let opened = settled(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(ok, OPEN_TIMEOUT_MS);
    })
    .await;
    opened.ok().filter(|v| !v.is_undefined())?;
    let db = req.result().ok()?.dyn_into::<IdbDatabase>().ok()?;
    Some(Database { db, store })
}

impl Database {
    /// The text kept under `key`: Some(None) when there is none, None when it cannot be read.
    pub async fn get(&self, key: &str) -> Option<Option<String>> {
        let tx = self.db.transaction_with_str(self.store).ok()?;
        let req = tx.object_store(self.store).ok()?.get(&key.into()).ok()?;
        let value = request(&req).await?;
        // Anything but text under a key of this page is not one of its records.
        Some((!value.is_undefined()).then(|| value.as_string().unwrap_or_default()))
    }

    /// Keeps each `(key, text)` of `put` and removes each key of `delete`, all or nothing;
    /// false when the browser refused (storage full or blocked) or the write failed.
    pub async fn write(&self, put: &[(&str, &str)], delete: &[&str]) -> bool {
        let Ok(tx) = self
            .db
            .transaction_with_str_and_mode(self.store, IdbTransactionMode::Readwrite)
        else {
            return false;
        };
        let Ok(store) = tx.object_store(self.store) else {
            return false;
        };
        let mut queued = put.iter().all(|(key, text)| {
            store
                .put_with_key(&JsValue::from_str(text), &JsValue::from_str(key))
                .is_ok()
        });
        queued &= delete
            .iter()
            .all(|key| store.delete(&(*key).into()).is_ok());
        if !queued {
            let _ = tx.abort();
            return false;
        }
        // A refused write (e.g. QuotaExceededError) aborts the transaction.
        settled(|ok, err| {
            tx.set_oncomplete(Some(ok));
            tx.set_onabort(Some(err));
        })
        .await
        .is_ok()
    }
}

/// The browser's storage manager, where it has one.
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Awaits a promise the storage manager returned.
async fn answer(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Whether the browser keeps this site's data even when storage runs low; `ask`: ask it to
/// (`navigator.storage.persist()`), else only look (`persisted()`). None: it cannot say.
pub async fn persisted(ask: bool) -> Option<bool> {
    let manager = storage_manager()?;
    let promise = if ask {
        manager.persist()
    } else {
        manager.persisted()
    };
    answer(promise).await?.as_bool()
}

/// Bytes this site uses and may use (`navigator.storage.estimate()`).
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate: web_sys::StorageEstimate = answer(storage_manager()?.estimate())
        .await?
        .unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
