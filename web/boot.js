// Starts the WebAssembly app. Trunk would inject this as an inline <script>, which the
// site's Content-Security-Policy (script-src 'self') forbids, so Trunk.toml's pattern_script
// puts the hashed file names on a tag that loads this file instead (README, "Headers").
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
