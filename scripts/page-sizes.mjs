// The village page's download in three figures (issue 13), from the built files and their
// .gz/.br copies: the first download (what index.html makes the browser fetch before the first
// answer: the page, its CSS and scripts, the app's JS, the wasm loader and the main module),
// the deferred parts (the wasm chunks fetched after the first answer), and the total. Part of
// scripts/bench: it reports, never fails. Then the rekap page's first download (rekap/index.html
// and what it loads before the empty page is usable) and any parts of its own.
//
//   node scripts/page-sizes.mjs [dist-dir]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressBoth } from './precompress.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));

/** Bytes raw, gzip and brotli: the precompressed copies when there are any, else computed. */
function sizes(file) {
  const p = path.join(dir, file);
  const raw = fs.readFileSync(p);
  const copy = (ext) => (fs.existsSync(p + ext) ? fs.statSync(p + ext).size : null);
  let gz = copy('.gz');
  let br = copy('.br');
  if (gz === null || br === null) {
    const c = compressBoth(raw);
    gz = c.gz.length;
    br = c.br.length;
  }
  return { file, raw: raw.length, gz, br };
}

/** The local files index.html loads itself (attributes src, href, data-app-js, data-app-wasm). */
export function firstFiles(html) {
  const refs = new Set();
  const tags = html.match(/<(script|link)\b[^>]*>/g) || [];
  for (const tag of tags) {
    if (/rel="?(manifest|apple-touch-icon)"?/.test(tag)) continue;
    for (const m of tag.matchAll(/\b(src|href|data-app-js|data-app-wasm)=("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const ref = (m[3] ?? m[4] ?? m[5]).replace(/^\.\//, '');
      if (ref && !/^[a-z]+:/.test(ref)) refs.add(ref);
    }
  }
  return [...refs];
}

const kb = (b) => (b / 1024).toFixed(1).padStart(8);
const sum = (list, k) => list.reduce((a, s) => a + s[k], 0);
function row(label, list) {
  console.log(`  ${label.padEnd(46)} ${kb(sum(list, 'raw'))} ${kb(sum(list, 'gz'))} ${kb(sum(list, 'br'))}`);
}

try {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const first = ['index.html', ...firstFiles(html)].filter((f) => fs.existsSync(path.join(dir, f))).map(sizes);
  const chunks = fs
    .readdirSync(dir)
    .filter((f) => /^(split|chunk)_.*\.wasm$/.test(f))
    .sort()
    .map(sizes);
  console.log('\nVillage page: first download, deferred parts, total (KB = 1024 bytes; raw, gzip, brotli)');
  for (const s of first) row(s.file, [s]);
  row('FIRST DOWNLOAD (before the first answer)', first);
  for (const s of chunks) row(s.file, [s]);
  row(chunks.length ? 'DEFERRED PARTS (after the first answer)' : 'DEFERRED PARTS (none: the build is not split)', chunks);
  row('TOTAL', [...first, ...chunks]);
  const wasm = first.filter((s) => s.file.endsWith('.wasm'));
  row('of which wasm in the first download', wasm);
  console.log(`  first download against the 150 KB target: ${(sum(first, 'gz') / 1024).toFixed(1)} KB gzip, ${(sum(first, 'br') / 1024).toFixed(1)} KB brotli`);
} catch (e) {
  console.log(`page-sizes: could not measure (${e.message})`);
}

// The rekap page: its references are relative to rekap/ (the start script and the offline copy
// are the village page's, one folder up).
try {
  const page = 'rekap/index.html';
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const first = [page, ...firstFiles(html).map((f) => path.posix.normalize(`rekap/${f}`))]
    .filter((f) => fs.existsSync(path.join(dir, f)))
    .map(sizes);
  const parts = fs
    .readdirSync(path.join(dir, 'rekap'))
    .filter((f) => f.endsWith('.wasm') && !first.some((s) => s.file === `rekap/${f}`))
    .sort()
    .map((f) => sizes(`rekap/${f}`));
  console.log('\nRekap page: first download (before the empty page is usable), its parts (KB; raw, gzip, brotli)');
  for (const s of first) row(s.file, [s]);
  row('FIRST DOWNLOAD (rekap page)', first);
  for (const s of parts) row(s.file, [s]);
  row(parts.length ? 'LATER PARTS (grid, villages table, export, recap, workbook and files readers)' : 'LATER PARTS (none: the build is not split)', parts);
} catch (e) {
  console.log(`page-sizes: could not measure the rekap page (${e.message})`);
}
