// The scripts a page downloads before its first answer are minified in the release build
// (scripts/minify_js.mjs, issue 26): wasm-bindgen's glue and the chunk loader are written after
// Trunk's own minify step, and the page's boot.js, offline.js and embed.js are copied as they
// are, so without it a village head's phone downloads their comments and indentation. No
// browser needed: the built files are read.

import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST } from './helpers.mjs';
import { scriptsOf } from '../../scripts/minify_js.mjs';

test('the scripts of both pages are minified: no comment, no indented line', () => {
  const scripts = scriptsOf(DIST).map((f) => path.relative(DIST, f));
  for (const name of ['boot.js', 'offline.js', 'embed.js', 'rekap']) {
    expect(scripts.some((f) => f.startsWith(name)), `${name} among ${scripts}`).toBe(true);
  }
  expect(scripts.filter((f) => /__wasm_split-/.test(f))).toHaveLength(2);
  for (const f of scripts) {
    const text = fs.readFileSync(path.join(DIST, f), 'utf8');
    expect(text.includes('/**'), `${f} keeps a comment`).toBe(false);
    expect(/\n {2,}\S/.test(text), `${f} keeps its indentation`).toBe(false);
  }
});
