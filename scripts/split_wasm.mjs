// Cuts a page's release wasm into a main module and chunks that load later (issues 13 and 26):
// the village page's parts after the first answer, the rekap page's workbook code and printed
// recap once the page is usable. Trunk has no splitting step, so this runs in its post_build
// hook: the village page's through scripts/post_build.mjs (before the service worker and the
// compressed copies are written), the rekap page's by running this file (rekap/Trunk.toml).
//
//   1. wasm-split-cli (crates.io wasm_split_cli_support, installed by scripts/setup) on Cargo's
//      raw `target/wasm32-unknown-unknown/release/<bin>.wasm`, linked with --emit-relocs
//      (build.rs, feature `split`): the main module, one `split_<part>.wasm` per split point of
//      src/ui/deferred.rs, src/ui/form_part.rs and src/ui/later.rs (or src/ui/rekap/later.rs),
//      `chunk_<n>.wasm` for code that several parts share, and
//      `__wasm_split.js`, which fetches and instantiates them.
//   2. wasm-bindgen --target web --keep-lld-exports on the main module, under Trunk's own
//      output names (`<bin>-<hash>.js`, `<bin>-<hash>_bg.wasm`), so index.html and web/boot.js
//      stay as they are. Those names change whenever the raw wasm does, as before.
//   3. wasm-streams' classes cut from the app's JS, their exports and table slots from the main
//      module (scripts/drop_stream_classes.mjs): Leptos brings them for server functions, which
//      this app has none of.
//   4. wasm-opt -Oz on every module (npm's binaryen, as Trunk uses), with index.html's
//      `data-wasm-opt-params`.
//   5. The shared chunks packed (scripts/pack_chunks.mjs), so the page fetches them once, not
//      one by one: those of the village page's form into `chunk_pack_form.wasm`, the others
//      into `chunk_pack.wasm`.
//   6. Content hashes in the chunks' names and in the loader's, so a cached chunk is never
//      mixed with a new release; a modulepreload for the loader, which the app's JS imports.
//
// It does nothing unless Trunk runs it for a release build whose wasm has split points (built
// with `--features split` or `--features split-rekap`, as scripts/build-release does), so
// `trunk serve` is unchanged.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dropStreamClasses } from './drop_stream_classes.mjs';
import { packChunks } from './pack_chunks.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The import module that wasm_split's macro gives every split point before the cut. */
const SPLIT_MARK = Buffer.from('__wasm_split_placeholder__');
/** The loader's name as wasm-split-cli writes it (its main module imports it by this name). */
const LOADER = '__wasm_split.js';
/**
 * The packs of shared chunks (scripts/pack_chunks.mjs), by file name before its content hash:
 * the village page's form comes right after the first answer, with what it shares with the
 * later parts; the rest of the shared code in one pack.
 */
const PACKS = [{ name: 'chunk_pack_form.wasm', splits: ['form'] }, { name: 'chunk_pack.wasm' }];
/** Split points whose chunks are not packed: fetched when asked for, they should not wait for the pack. */
const APART = ['english'];

/** The first 16 hex digits of the SHA-256 of `bytes`. */
export function contentHash(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** `name.ext` -> `name-<hash of bytes>.ext`. */
export function hashedName(name, bytes) {
  const ext = path.extname(name);
  return `${name.slice(0, -ext.length)}-${contentHash(bytes)}${ext}`;
}

/** A tool from the project's node_modules or ~/.cargo/bin, else from PATH. */
/** The wasm-opt options index.html gives Trunk (`data-wasm-opt-params`), so both builds agree. */
function wasmOptParams() {
  const html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const m = html.match(/data-wasm-opt-params="([^"]*)"/);
  return m ? m[1].split(/\s+/).filter(Boolean) : [];
}

function tool(name) {
  for (const dir of [path.join(ROOT, 'node_modules', '.bin'), path.join(os.homedir(), '.cargo', 'bin')]) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return name;
}

function run(name, args) {
  try {
    execFileSync(tool(name), args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    const hint = e.code === 'ENOENT' ? ` (not installed: run scripts/setup)` : '';
    throw new Error(`split_wasm: ${name} failed${hint}: ${e.message}`);
  }
}

/** Trunk's main files in `dir`: `<bin>-<hash>_bg.wasm` and `<bin>-<hash>.js`. */
function trunkOutput(dir) {
  const found = fs.readdirSync(dir).map((f) => /^(.+)-([0-9a-f]+)_bg\.wasm$/.exec(f)).filter(Boolean);
  if (found.length !== 1) throw new Error(`split_wasm: expected one <bin>-<hash>_bg.wasm in ${dir}, found ${found.length}`);
  const [file, bin, hash] = found[0];
  return { bin, stem: `${bin}-${hash}`, wasm: file };
}

/**
 * Split the release wasm of the page built into `dir` (Trunk's staging folder), in place.
 * Returns what it wrote, or null when there was nothing to split.
 */
export function splitWasm(dir, { targetDir = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target') } = {}) {
  const { bin, stem } = trunkOutput(dir);
  const raw = path.join(targetDir, 'wasm32-unknown-unknown', 'release', `${bin}.wasm`);
  if (!fs.existsSync(raw) || !fs.readFileSync(raw).includes(SPLIT_MARK)) {
    console.log(`split_wasm: ${raw} has no split points (built without --features split): not split`);
    return null;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'split-wasm-'));
  try {
    const cut = path.join(work, 'cut');
    run('wasm-split-cli', [raw, cut, '--target', 'web', '--out-name', stem]);
    const bound = path.join(work, 'bound');
    run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
      '--out-dir', bound, '--out-name', stem, path.join(cut, `${stem}.wasm`),
    ]);
    const mainWasm = path.join(bound, `${stem}_bg.wasm`);
    const chunks = fs.readdirSync(cut).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`).sort();
    let js = fs.readFileSync(path.join(bound, `${stem}.js`), 'utf8');
    // Before wasm-opt, so that it drops the code only the cut exports reached.
    const others = [LOADER, ...chunks].map((f) => fs.readFileSync(path.join(cut, f)));
    const streams = dropStreamClasses(js, fs.readFileSync(mainWasm), others, fs.readFileSync(raw));
    if (streams.reason) {
      console.warn(`split_wasm: WARNING: wasm-streams' classes left in ${stem}.js and its wasm: ${streams.reason}`);
    } else {
      js = streams.js;
      fs.writeFileSync(mainWasm, streams.wasm);
      console.log(`split_wasm: wasm-streams' classes cut, ${streams.exports.length} exports dropped, ${streams.emptied} table slots emptied`);
      if (streams.kept) console.warn(`split_wasm: WARNING: wasm-streams' code left in the table of ${stem}_bg.wasm: ${streams.kept}`);
    }
    const optParams = wasmOptParams();
    for (const f of [mainWasm, ...chunks.map((c) => path.join(cut, c))]) run('wasm-opt', ['-Oz', ...optParams, f, '-o', f]);

    // The shared chunks go into packs (but English's); the splits stay files of their own.
    const shared = chunks.filter((c) => c.startsWith('chunk_')).map((name) => ({ name, bytes: fs.readFileSync(path.join(cut, name)) }));
    const unpacked = fs.readFileSync(path.join(cut, LOADER), 'utf8');
    let packing;
    try {
      packing = packChunks(unpacked, shared, { apart: APART, groups: PACKS, packName: hashedName });
    } catch (e) {
      // A loader written differently (a new wasm-split-cli) keeps working unpacked, as before;
      // tests/e2e/load_later_parts.test.mjs then fails, so it is noticed.
      console.warn(`split_wasm: WARNING: the shared chunks are not packed: ${e.message}`);
      packing = { loader: unpacked, packs: [], alone: shared };
    }
    let loader = packing.loader;
    const written = [];
    for (const pack of packing.packs) {
      fs.writeFileSync(path.join(dir, pack.file), pack.bytes);
      written.push({ file: pack.file, bytes: pack.bytes.length });
      console.log(`split_wasm: ${pack.names.length} shared chunks packed into ${pack.file}`);
    }
    console.log(`split_wasm: ${packing.alone.length} shared chunks left apart`);
    const packed = new Set(packing.packs.flatMap((p) => p.names));

    // The loader names each other chunk as "./<chunk>.wasm"; give them content hashes.
    for (const chunk of chunks.filter((c) => !packed.has(c))) {
      const bytes = fs.readFileSync(path.join(cut, chunk));
      const name = hashedName(chunk, bytes);
      const quoted = `"./${chunk}"`;
      if (!loader.includes(quoted)) throw new Error(`split_wasm: ${LOADER} does not name ${chunk}`);
      loader = loader.split(quoted).join(`"./${name}"`);
      fs.writeFileSync(path.join(dir, name), bytes);
      written.push({ file: name, bytes: bytes.length });
    }
    const loaderName = hashedName(LOADER, Buffer.from(loader));
    fs.writeFileSync(path.join(dir, loaderName), loader);

    // The app's JS imports the loader by its plain name; only that specifier changes (the key
    // under which the wasm's imports are passed stays the module name the wasm asks for).
    const specifier = /(from\s*)(["'])\.\/__wasm_split\.js\2/g;
    if (!specifier.test(js)) throw new Error(`split_wasm: ${stem}.js does not import ./${LOADER}`);
    js = js.replace(specifier, `$1$2./${loaderName}$2`);
    fs.writeFileSync(path.join(dir, `${stem}.js`), js);
    fs.copyFileSync(mainWasm, path.join(dir, `${stem}_bg.wasm`));

    // Fetch the loader together with the app's JS rather than after it.
    const html = path.join(dir, 'index.html');
    const page = fs.readFileSync(html, 'utf8');
    const preload = /<link[^>]*rel="?modulepreload"?[^>]*>/.exec(page);
    if (preload) {
      const tag = `<link rel="modulepreload" crossorigin href="./${loaderName}">`;
      fs.writeFileSync(html, page.replace(preload[0], `${preload[0]}${tag}`));
    }

    const main = fs.statSync(path.join(dir, `${stem}_bg.wasm`)).size;
    console.log(`split_wasm: ${stem}_bg.wasm ${main} bytes, loader ${loaderName}, ${written.length} chunks: ${written.map((w) => `${w.file} ${w.bytes}`).join(', ')}`);
    return { main: `${stem}_bg.wasm`, js: `${stem}.js`, loader: loaderName, chunks: written };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// As the rekap page's Trunk hook (rekap/Trunk.toml): split its release build in Trunk's staging
// folder. scripts/build-release writes the service worker and compressed copies afterwards.
const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.env.TRUNK_STAGING_DIR && process.env.TRUNK_PROFILE === 'release') {
  splitWasm(process.env.TRUNK_STAGING_DIR);
}
