// The service worker reuses a file the page has just downloaded only when the file's name has
// a content hash. Trunk writes the hash in hex without leading zeros, so about one build in
// sixteen has 15 digits or fewer; a pattern of exactly 16 took such a main module for an
// unhashed file and fetched it twice (+170 KB on a first visit). No browser needed: the
// pattern is read out of the built `sw.js` and the test server and tried on names.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { DIST } from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The regular expression literal on the line that decides `hashed` in a script's text. */
function hashedPattern(text) {
  const found = /const hashed = \/(.+)\/\.test\(file\);/.exec(text);
  expect(found, 'a `const hashed = /…/.test(file)` line').not.toBeNull();
  return new RegExp(found[1]);
}

const HASHED = [
  'kalkulator-jamsostek-desa-3c33cd954e88fc3_bg.wasm', // 15 digits, seen 2026-12-07
  'kalkulator-jamsostek-desa-3c33cd954e88fc3.js',
  'rekap-1a2b3c4d5e6f7a8b_bg.wasm', // 16
  'split_recap_sheet-a5019e6732ed00_bg.wasm', // 14
  'chunk_6-31b6579d7d72b_bg.wasm', // 13
  'style-0123456789abcdef.css',
  'rekap/__wasm_split-b9e4ff5561cc2c38.js',
];
const NOT_HASHED = ['index.html', 'sw.js', 'manifest.webmanifest', 'icon-192.png', 'rekap/index.html', 'registry/index.json'];

for (const [name, file] of [
  ['the service worker', () => path.join(DIST, 'sw.js')],
  ['the test server', () => path.join(HERE, 'serve.mjs')],
]) {
  test(`${name} takes a Trunk hash of 13 to 16 digits for a hash, and a plain name for none`, () => {
    const pattern = hashedPattern(fs.readFileSync(file(), 'utf8'));
    for (const f of HASHED) expect(pattern.test(f), f).toBe(true);
    for (const f of NOT_HASHED) expect(pattern.test(f), f).toBe(false);
  });
}

test('every wasm and script Trunk named in this build is taken for hashed', () => {
  const pattern = hashedPattern(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8'));
  const names = [];
  for (const dir of [DIST, path.join(DIST, 'rekap')]) {
    for (const f of fs.readdirSync(dir)) {
      // Trunk's names end in `-<hex>` (the page's own boot.js, embed.js, offline.js do not).
      if (/-[0-9a-f]+(_bg)?\.(wasm|js)$/.test(f)) names.push(f);
    }
  }
  expect(names.length).toBeGreaterThan(4);
  for (const f of names) expect(pattern.test(f), f).toBe(true);
});
