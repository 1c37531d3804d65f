// Cuts wasm-streams' three exported classes out of a page's wasm-bindgen output (issue 26).
// Leptos always enables `server_fn/browser`, which brings the crate `wasm-streams`, whose
// `#[wasm_bindgen]` classes IntoUnderlyingByteSource, IntoUnderlyingSink and
// IntoUnderlyingSource wrap Rust streams for a server function's request or response body.
// This app has no server, so nothing ever creates one, but their exports keep their code in
// the main module (about 7 KB raw) and their classes in the glue JS. scripts/split_wasm.mjs calls
// this after wasm-bindgen and before wasm-opt, which then drops the code no export reaches.
//
// The glue is matched line by line against what wasm-bindgen 0.2.130 writes; if anything is not
// exactly as expected, nothing is changed and the reason is returned, so a new wasm-bindgen can
// never break the build (tests/e2e/download_only_used_code.test.mjs fails instead).

/** The classes cut, as wasm-bindgen names them in the glue. */
export const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** What would keep the classes alive anywhere in the glue once they are cut. */
const LEFT_OVER = /IntoUnderlying|intounderlying/;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `export class <name> { … }` up to its closing line, and the `Symbol.dispose` line after it:
 * [start, end) in `js`, or null.
 */
function classBlock(js, name) {
  const head = `\nexport class ${name} {\n`;
  const start = js.indexOf(head);
  if (start < 0 || js.indexOf(head, start + 1) >= 0) return null;
  // The class's members are indented, so its first unindented line closes it.
  const close = js.indexOf('\n}\n', start + head.length - 1);
  if (close < 0) return null;
  const dispose = `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`;
  const after = close + 3;
  if (!js.startsWith(dispose, after)) return null;
  const body = js.slice(start + head.length, close);
  if (/^\S/m.test(body)) return null;
  return [start + 1, after + dispose.length];
}

/** `const <name>Finalization = …new FinalizationRegistry(…);`: [start, end) in `js`, or null. */
function finalization(js, name) {
  const re = new RegExp(
    `^const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n` +
      ` +\\? \\{ register: \\(\\) => \\{\\}, unregister: \\(\\) => \\{\\} \\}\\n` +
      ` +: new FinalizationRegistry\\(ptr => wasm\\.\\w+\\(ptr, 1\\)\\);\\n`,
    'gm',
  );
  const found = [...js.matchAll(re)];
  return found.length === 1 ? [found[0].index, found[0].index + found[0][0].length] : null;
}

/** Unsigned LEB128 at `at` in `bytes`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length || shift > 28) throw new Error('bad LEB128');
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [value, at];
    shift += 7;
  }
}

function writeU32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return Buffer.from(out);
}

/**
 * `wasm` without the function exports named in `names`, or a reason why not: the export
 * section is rewritten, every other byte kept.
 */
export function withoutExports(wasm, names) {
  const bytes = Buffer.from(wasm);
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) return { reason: 'not a wasm module' };
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, content] = readU32(bytes, at + 1);
    const end = content + size;
    if (id !== 7) {
      at = end;
      continue;
    }
    const [count, first] = readU32(bytes, content);
    const kept = [];
    const dropped = new Set();
    let p = first;
    for (let i = 0; i < count; i++) {
      const entry = p;
      const [len, nameAt] = readU32(bytes, p);
      const name = bytes.toString('utf8', nameAt, nameAt + len);
      const kind = bytes[nameAt + len];
      [, p] = readU32(bytes, nameAt + len + 1);
      if (names.has(name) && kind === 0) dropped.add(name);
      else kept.push(bytes.subarray(entry, p));
    }
    if (p !== end) return { reason: 'export section not read to its end' };
    const missing = [...names].filter((n) => !dropped.has(n));
    if (missing.length) return { reason: `not function exports of the wasm: ${missing.join(', ')}` };
    const section = Buffer.concat([writeU32(kept.length), ...kept]);
    return {
      wasm: Buffer.concat([bytes.subarray(0, at), Buffer.from([7]), writeU32(section.length), section, bytes.subarray(end)]),
    };
  }
  return { reason: 'no export section' };
}

/**
 * The glue `js` and main module `wasm` of one page without the stream classes and the exports
 * only they call. `others` are the bytes of the files that may name the main module's exports
 * too (the wasm chunks and their loader): if one names an export to be dropped, nothing is cut.
 * Returns { js, wasm, exports } (the export names dropped), or { reason } and nothing changed.
 */
export function dropStreamClasses(js, wasm, others = []) {
  const cuts = [];
  for (const name of STREAM_CLASSES) {
    const block = classBlock(js, name);
    const registry = finalization(js, name);
    if (!block) return { reason: `no class ${name} of the expected shape in the glue` };
    if (!registry) return { reason: `no ${name}Finalization of the expected shape in the glue` };
    cuts.push(block, registry);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let rest = '';
  let cut = '';
  let from = 0;
  for (const [start, end] of cuts) {
    rest += js.slice(from, start);
    cut += js.slice(start, end);
    from = end;
  }
  rest += js.slice(from);

  // Their enum tables (`ReadableStreamType` of the byte source) go with them if nothing else reads them.
  for (const m of cut.matchAll(/\b(__wbindgen_enum_\w+)\b/g)) {
    const def = new RegExp(`^const ${escape(m[1])} = \\[[^\\]\\n]*\\];\\n`, 'm');
    const found = def.exec(rest);
    if (found && rest.split(m[1]).length === 2) rest = rest.slice(0, found.index) + rest.slice(found.index + found[0].length);
  }

  const left = LEFT_OVER.exec(rest);
  if (left) return { reason: `the glue still names ${left[0]} once the classes are cut` };
  const exports = new Set([...cut.matchAll(/\bwasm\.(\w+)\(/g)].map((m) => m[1]));
  for (const name of exports) {
    if (new RegExp(`\\b${escape(name)}\\b`).test(rest)) return { reason: `the rest of the glue calls ${name}` };
    if (others.some((bytes) => Buffer.from(bytes).includes(name))) return { reason: `a chunk or the loader names ${name}` };
  }
  let out;
  try {
    out = withoutExports(wasm, exports);
  } catch (e) {
    return { reason: `the wasm could not be read: ${e.message}` };
  }
  if (out.reason) return { reason: out.reason };
  return { js: rest, wasm: out.wasm, exports: [...exports].sort() };
}
