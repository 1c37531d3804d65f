// Minifies the scripts a page downloads before its first answer (issue 26): the app's JS glue
// and the chunk loader that scripts/split_wasm.mjs writes after Trunk's own minify step, and
// the page's own boot.js, offline.js and embed.js, which Trunk copies as they are. Terser
// (npm, pinned in package.json) shortens names and drops comments: about 3.4 KB brotli of the
// village page's first download. Release builds only (scripts/post_build.mjs), so `trunk serve`
// keeps readable scripts.
//
//   node scripts/minify_js.mjs [dist-dir]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The scripts minified, by file name: Trunk's `<bin>-<hash>.js`, the loader, the page's own. */
const SCRIPT = /^(?:.+-[0-9a-f]{8,}\.js|boot\.js|offline\.js|embed\.js)$/;

/** The script files in `dir` and its page folders (`rekap/`) that are minified. */
export function scriptsOf(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'registry') found.push(...scriptsOf(file));
    else if (entry.isFile() && SCRIPT.test(entry.name)) found.push(file);
  }
  return found;
}

/** Minifies every script of `dir` in place; returns how many it rewrote. */
export async function minifyScripts(dir) {
  let minify;
  try {
    ({ minify } = await import('terser'));
  } catch (e) {
    throw new Error(`minify_js: terser is not installed (run scripts/setup): ${e.message}`);
  }
  let count = 0;
  for (const file of scriptsOf(dir)) {
    const code = fs.readFileSync(file, 'utf8');
    // Every one of them is an ES module (index.html loads them with type="module").
    const out = await minify(code, { module: true, compress: true, mangle: true, format: { comments: false } });
    if (typeof out.code === 'string' && out.code.length < code.length) {
      fs.writeFileSync(file, out.code);
      count += 1;
    }
  }
  return count;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] || 'dist';
  console.log(`minify_js: ${await minifyScripts(dir)} scripts minified in ${dir}`);
}
