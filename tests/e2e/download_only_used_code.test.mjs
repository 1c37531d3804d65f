// Leptos brings the crate wasm-streams for server functions, and wasm-bindgen keeps its three
// exported classes (IntoUnderlyingByteSource, IntoUnderlyingSink, IntoUnderlyingSource) with
// their code, though this app has no server and never creates one. The release build cuts them
// (scripts/drop_stream_classes.mjs, issue 26), and only warns if a new wasm-bindgen writes them
// differently, so this test is what notices they came back. No browser needed: the built files
// are read.

import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST } from './helpers.mjs';

/** A page's app JS and main module in `dir`: Trunk's `<bin>-<hash>.js` and `<bin>-<hash>_bg.wasm`. */
function appFiles(dir) {
  const wasm = fs.readdirSync(dir).filter((f) => /^.+-[0-9a-f]+_bg\.wasm$/.test(f));
  expect(wasm, `one main module in ${dir}`).toHaveLength(1);
  const js = wasm[0].replace(/_bg\.wasm$/, '.js');
  expect(fs.existsSync(path.join(dir, js)), `${js} in ${dir}`).toBe(true);
  return { js: path.join(dir, js), wasm: path.join(dir, wasm[0]) };
}

for (const [page, dir] of [
  ['village', () => DIST],
  ['rekap', () => path.join(DIST, 'rekap')],
]) {
  test(`the ${page} page downloads no wasm-streams class: not in its JS, not exported by its wasm`, async () => {
    const { js, wasm } = appFiles(dir());
    const text = fs.readFileSync(js, 'utf8');
    expect(text.match(/IntoUnderlying\w*|intounderlying\w*/g), path.basename(js)).toBeNull();
    const module = await WebAssembly.compile(fs.readFileSync(wasm));
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    // The module is the app's: the check must not pass on an empty list.
    expect(exports).toContain('memory');
    expect(exports.filter((name) => /intounderlying/i.test(name)), path.basename(wasm)).toEqual([]);
  });
}
