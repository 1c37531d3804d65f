// Trunk's post_build step (Trunk.toml), in one script because Trunk runs the hooks of a stage
// at the same time: for a release build with split points, first the wasm is cut into chunks
// (scripts/split_wasm.mjs); then the scripts minified (scripts/minify_js.mjs), the service
// worker (it must list every file, and be compressed too), then the .gz/.br copies of every
// file (scripts/precompress.mjs).
//
//   node scripts/post_build.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR, then dist/
//
// scripts/build-release runs it again over the whole dist/ once every page is built, so the
// service worker also covers pages of other Trunk builds (dist/rekap/).

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { precompressDir } from './precompress.mjs';
import { splitWasm } from './split_wasm.mjs';
import { minifyScripts } from './minify_js.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(ROOT, 'web', 'sw-template.js');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The files the service worker knows: everything but itself and the compressed copies. */
export function siteFiles(dir) {
  return walk(dir)
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .filter((f) => f !== 'sw.js' && !f.endsWith('.gz') && !f.endsWith('.br'))
    .sort();
}

/** Files of the rekap page: stored when that page is first opened, not at install. */
export function isLater(file) {
  return file.startsWith('rekap/');
}

/**
 * Files of the village registry (docs/registry-format.md): 500-odd files, of which a user needs
 * one or two, so they are never precached; the worker keeps each one the page fetches.
 */
export const REGISTRY = 'registry/';

/** Files in the registry folder. */
export function isRegistry(file) {
  return file.startsWith(REGISTRY);
}

/** A hash of `files`' names and contents under `dir`. */
function hashOf(dir, files) {
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(`${f}\0`).update(fs.readFileSync(path.join(dir, f))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Write `DIR/sw.js`; its version is a hash of every file's name and contents, and the
 * registry's a hash of the registry's alone (its cache outlives a new release of the pages).
 */
export function writeServiceWorker(dir) {
  const files = siteFiles(dir);
  const version = hashOf(dir, files);
  const registryVersion = hashOf(dir, files.filter(isRegistry));
  const listed = files.filter((f) => !isRegistry(f));
  const sw = fs
    .readFileSync(TEMPLATE, 'utf8')
    .replace('__VERSION__', version)
    .replace('__REGISTRY_VERSION__', registryVersion)
    .replace('__REGISTRY__', REGISTRY)
    .replace('__FILES__', JSON.stringify(listed.filter((f) => !isLater(f)), null, 2))
    .replace('__LATER__', JSON.stringify(listed.filter(isLater), null, 2));
  fs.writeFileSync(path.join(dir, 'sw.js'), sw);
  return { version, files: listed, registry: files.length - listed.length };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
  // Only as Trunk's hook of a release build: the second run over dist/ finds it split already.
  if (!process.argv[2] && process.env.TRUNK_STAGING_DIR && process.env.TRUNK_PROFILE === 'release') splitWasm(dir);
  // Release builds only (a debug build's hook has TRUNK_PROFILE=debug), before the service
  // worker's version and the compressed copies are made of the files.
  if (process.argv[2] || process.env.TRUNK_PROFILE === 'release') {
    console.log(`post_build: ${await minifyScripts(dir)} scripts minified`);
  }
  const { version, files, registry } = writeServiceWorker(dir);
  const later = files.filter(isLater).length;
  console.log(`post_build: sw.js version ${version} precaches ${files.length - later} files, stores ${later} more when their page is first opened, and each of ${registry} registry files once fetched`);
  const count = precompressDir(dir);
  console.log(`post_build: ${count} files in ${dir} now have .gz and .br copies`);
}
