// Registers the service worker (offline use) and shows a quiet banner when a new version is
// published. Plain JS, so the WebAssembly does not grow. The page's language is read from
// <html lang>, as the Rust app sets it. Where service workers are unavailable (old browser,
// private mode, file://) nothing happens: the calculator works online as before.
const TEXTS = {
  id: { message: 'Versi baru tersedia', reload: 'Muat ulang' },
  en: { message: 'A new version is available', reload: 'Reload' },
};

// Only the user's "Muat ulang" reloads: the first install also changes the controller.
let reloadOnTakeover = false;

function showBanner(worker) {
  if (document.querySelector('[data-testid="update-banner"]')) return;
  const t = document.documentElement.lang === 'en' ? TEXTS.en : TEXTS.id;
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  banner.dataset.testid = 'update-banner';
  const text = document.createElement('span');
  text.textContent = `${t.message} — `;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn update-banner__reload';
  button.textContent = t.reload;
  // The plan is in localStorage and the URL fragment, so a reload keeps it.
  button.addEventListener('click', () => {
    reloadOnTakeover = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  banner.append(text, button);
  document.body.append(banner);
}

async function register() {
  const sw = navigator.serviceWorker;
  // Next to this file, which sits at the root of the site, whatever page loaded it.
  // One registration for the whole site: the scope is this file's folder, not the page's, so the
  // rekap page (rekap/) is served by the same worker.
  const registration = await sw.register(new URL('sw.js', import.meta.url).href, { scope: new URL('./', import.meta.url).href });
  sw.addEventListener('controllerchange', () => {
    if (!reloadOnTakeover) return;
    reloadOnTakeover = false;
    window.location.reload();
  });
  const offer = (worker) => {
    if (worker && sw.controller) showBanner(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  register().catch(() => {
    // No offline copy this time (storage full, blocked): the page itself still works.
  });
}
