// Embed mode and the "Pasang di situs Anda" snippet, in plain JS so the WebAssembly does not grow.
//
// With `?embed=1` (the fragment still carries the plan) the page drops its header and fits its
// content (style/main.css, `html[data-embed]`), and posts its height to the host page, which
// sizes the <iframe> (README, "Embed"). Without it the page offers the <iframe> code to copy.
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';

const TEXTS = {
  id: { summary: 'Pasang di situs Anda', hint: 'Salin kode ini ke halaman situs desa Anda:', copy: 'Salin kode', copied: 'Tersalin' },
  en: { summary: 'Embed on your site', hint: 'Copy this code into a page of your village site:', copy: 'Copy code', copied: 'Copied' },
};
const texts = () => (document.documentElement.lang === 'en' ? TEXTS.en : TEXTS.id);

/** The <iframe> code for this page: same address, embed switch on. */
export function snippet() {
  const url = new URL(window.location.href);
  url.search = '?embed=1';
  url.hash = '';
  return `<iframe src="${url.href}" title="Kalkulator Iuran Jamsostek Desa" width="100%" height="900" loading="lazy"></iframe>\n<script>addEventListener('message',function(e){if(e.data&&e.data.type==='kalkulator-height'){document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.height=e.data.height;});}});</script>`;
}

function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  // Only a number leaves the page; any host may read it.
  window.parent.postMessage({ type: 'kalkulator-height', height }, '*');
}

function offerSnippet() {
  const box = document.createElement('details');
  box.className = 'embed-offer';
  box.dataset.testid = 'embed-offer';
  const summary = document.createElement('summary');
  const hint = document.createElement('p');
  const code = document.createElement('textarea');
  code.readOnly = true;
  code.rows = 4;
  code.className = 'embed-offer__code';
  code.dataset.testid = 'embed-code';
  code.value = snippet();
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'btn btn--quiet';
  const label = () => {
    const t = texts();
    summary.textContent = t.summary;
    hint.textContent = t.hint;
    copy.textContent = t.copy;
    code.setAttribute('aria-label', t.summary);
  };
  label();
  copy.addEventListener('click', () => {
    code.select();
    const done = () => {
      copy.textContent = texts().copied;
    };
    if (navigator.clipboard) navigator.clipboard.writeText(code.value).then(done, () => {});
  });
  // The app switches <html lang>; the offer follows.
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  box.append(summary, hint, code, copy);
  document.body.append(box);
}

function whenBuilt() {
  // The app may mount a frame after its start resolves, so wait for <main> itself.
  const built = () => document.querySelector('main[aria-busy="false"]') !== null;
  if (built()) {
    offerSnippet();
    return;
  }
  const watch = new MutationObserver(() => {
    if (built()) {
      watch.disconnect();
      offerSnippet();
    }
  });
  watch.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

if (embedded) {
  document.documentElement.dataset.embed = '';
  if (window.parent !== window && 'ResizeObserver' in window) {
    new ResizeObserver(postHeight).observe(document.documentElement);
  }
} else {
  // Only once the app has built its whole page (it draws in steps, top to bottom, and says so
  // with aria-busy on <main>): added earlier, the offer would be pushed down by each later step,
  // which the browser counts as a layout shift.
  window.addEventListener('app-started', whenBuilt, { once: true });
}
