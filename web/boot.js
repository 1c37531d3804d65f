// Starts the WebAssembly app. Trunk would inject this as an inline <script>, which the
// site's Content-Security-Policy (script-src 'self') forbids, so Trunk.toml's pattern_script
// puts the hashed file names on a tag that loads this file instead (README, "Headers").

// The safety net under "no panic reaches the user". A panic stops the WebAssembly app with a
// trap (the release build has no panic machinery at all: scripts/build-release), which reaches
// the page as an uncaught WebAssembly.RuntimeError, from an event handler or from a task. Put a
// notice at the top of the page in its language, with a link that reloads the page: the plan
// is kept on the device after every change, and the address without its fragment starts from it
// (a link to the same address with a fragment would not reload).
const CRASHED = {
  id: ['Maaf, kalkulator berhenti karena kesalahan yang tidak terduga. Rencana sah terakhir Anda disimpan otomatis di perangkat ini (bila peramban mengizinkan penyimpanan); muat ulang untuk melanjutkan.', 'Muat ulang halaman'],
  en: ['Sorry, the calculator stopped after an unexpected error. Your latest valid plan is saved on this device automatically (when the browser allows storage); reload to go on.', 'Reload the page'],
};
const stopped = (event) => {
  const error = event.error ?? event.reason;
  if (!(error instanceof WebAssembly.RuntimeError) || document.querySelector('.crash-notice')) return;
  const [words, again] = CRASHED[document.documentElement.lang === 'en' ? 'en' : 'id'];
  const notice = document.createElement('div');
  notice.className = 'alert alert--bad crash-notice';
  notice.setAttribute('role', 'alert');
  notice.dataset.testid = 'crash-notice';
  const text = document.createElement('p');
  text.textContent = words;
  const link = document.createElement('a');
  link.className = 'btn';
  link.href = location.pathname + location.search;
  link.textContent = again;
  notice.append(text, link);
  document.body.prepend(notice);
};
addEventListener('error', stopped);
addEventListener('unhandledrejection', stopped);

const tag = document.querySelector('script[data-app-js][data-app-wasm]');
if (tag) {
  // Resolved against the page, so one file serves every page and any sub-path.
  const js = new URL(tag.dataset.appJs, document.baseURI).href;
  const wasm = new URL(tag.dataset.appWasm, document.baseURI).href;
  import(js)
    .then((app) => app.default({ module_or_path: wasm }))
    // web/embed.js waits for it to put its offer below the app.
    .then(() => window.dispatchEvent(new Event('app-started')));
}
