// Cuts wasm-streams' three exported classes out of a page's wasm-bindgen output (issue 26).
// Leptos always enables `server_fn/browser`, which brings the crate `wasm-streams`, whose
// `#[wasm_bindgen]` classes IntoUnderlyingByteSource, IntoUnderlyingSink and
// IntoUnderlyingSource wrap Rust streams for a server function's request or response body.
// This app has no server, so nothing ever creates one, but their exports and the function
// table keep their code in the main module (with the futures code only they use, 12 KB raw of
// the village page's) and their classes in the glue JS. scripts/split_wasm.mjs calls this after
// wasm-bindgen and before wasm-opt, which then drops the code nothing reaches any more.
//
// The glue is matched line by line against what wasm-bindgen 0.2.130 writes; if anything is not
// exactly as expected, nothing is changed and the reason is returned, so a new wasm-bindgen can
// never break the build (tests/e2e/download_only_used_code.test.mjs fails instead). The wasm is
// read by hand (the format is small and stable; no parser to install).

import { readU32, writeU32 } from './leb128.mjs';

/** The classes cut, as wasm-bindgen names them in the glue. */
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

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

/** A table offset, `i32.const <n> end`, at `at`: [n, next offset], or null for any other expression. */
function readOffset(bytes, at) {
  if (bytes[at] !== 0x41) return null;
  let value = 0;
  let shift = 0;
  let b;
  at += 1;
  do {
    if (shift > 28) return null;
    b = bytes[at++];
    value |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  if (shift < 32 && b & 0x40) value |= -1 << shift;
  return bytes[at] === 0x0b && value >= 0 ? [value, at + 1] : null;
}

/** `i32.const <n> end` for a table offset `n` (below 2^31). */
function writeOffset(n) {
  const out = [0x41];
  for (;;) {
    const b = n & 0x7f;
    n >>>= 7;
    if (n === 0 && !(b & 0x40)) {
      out.push(b);
      break;
    }
    out.push(b | 0x80);
  }
  out.push(0x0b);
  return Buffer.from(out);
}

/** The sections of a wasm module: { id, name (of a custom section), start, content, end }. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) throw new Error('not a wasm module');
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, content] = readU32(bytes, at + 1);
    let name = null;
    if (id === 0) {
      const [len, nameAt] = readU32(bytes, content);
      name = bytes.toString('utf8', nameAt, nameAt + len);
    }
    found.push({ id, name, start: at, content, end: content + size });
    at = content + size;
  }
  if (at !== bytes.length) throw new Error('sections overrun the module');
  return found;
}

/** `bytes` with `section`'s content replaced by `content`. */
function replaced(bytes, section, content) {
  const head = Buffer.concat([Buffer.from([section.id]), writeU32(content.length)]);
  return Buffer.concat([bytes.subarray(0, section.start), head, content, bytes.subarray(section.end)]);
}

/**
 * `wasm` without the function exports named in `names`, or a reason why not: the export
 * section is rewritten, every other byte kept.
 */
function withoutExports(wasm, names) {
  const bytes = Buffer.from(wasm);
  const section = sections(bytes).find((s) => s.id === 7);
  if (!section) return { reason: 'no export section' };
  const [count, first] = readU32(bytes, section.content);
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
  if (p !== section.end) return { reason: 'export section not read to its end' };
  const missing = [...names].filter((n) => !dropped.has(n));
  if (missing.length) return { reason: `not function exports of the wasm: ${missing.join(', ')}` };
  return { wasm: replaced(bytes, section, Buffer.concat([writeU32(kept.length), ...kept])) };
}

/** Function names by index, from the module's `name` section (wasm-bindgen keeps it). */
function functionNames(bytes, all) {
  const section = all.find((s) => s.id === 0 && s.name === 'name');
  const names = new Map();
  if (!section) return names;
  const [len, nameAt] = readU32(bytes, section.content);
  let p = nameAt + len;
  while (p < section.end) {
    const sub = bytes[p];
    const [size, content] = readU32(bytes, p + 1);
    if (sub === 1) {
      let [count, q] = readU32(bytes, content);
      for (let i = 0; i < count; i++) {
        let index;
        let n;
        [index, q] = readU32(bytes, q);
        [n, q] = readU32(bytes, q);
        names.set(index, bytes.toString('utf8', q, q + n));
        q += n;
      }
    }
    p = content + size;
  }
  return names;
}

/**
 * The names of each defined function in a module linked with --emit-relocs, from its `linking`
 * section's symbol table: several when LLVM merged identical functions into one body.
 */
function linkedNames(bytes) {
  const section = sections(bytes).find((s) => s.id === 0 && s.name === 'linking');
  if (!section) return null;
  const [len, nameAt] = readU32(bytes, section.content);
  let [version, p] = readU32(bytes, nameAt + len);
  if (version !== 2) return null;
  const byIndex = new Map();
  while (p < section.end) {
    const sub = bytes[p];
    const [size, content] = readU32(bytes, p + 1);
    if (sub === 8) {
      let [count, q] = readU32(bytes, content);
      for (let i = 0; i < count; i++) {
        const kind = bytes[q++];
        let flags;
        [flags, q] = readU32(bytes, q);
        const defined = !(flags & 0x10);
        if (kind === 0 || kind === 2 || kind === 4 || kind === 5) {
          let index;
          let name = null;
          [index, q] = readU32(bytes, q);
          if (defined || flags & 0x40) {
            let n;
            [n, q] = readU32(bytes, q);
            name = bytes.toString('utf8', q, q + n);
            q += n;
          }
          if (kind === 0 && defined) byIndex.set(index, [...(byIndex.get(index) || []), name]);
        } else if (kind === 1) {
          let n;
          [n, q] = readU32(bytes, q);
          q += n;
          if (defined) for (let k = 0; k < 3; k++) [, q] = readU32(bytes, q);
        } else if (kind === 3) [, q] = readU32(bytes, q);
        else return null;
      }
    }
    p = content + size;
  }
  const byName = new Map();
  for (const names of byIndex.values()) for (const name of names) byName.set(name, names);
  return byName;
}

/**
 * `wasm` with the table slots of the functions whose name passes `dead` left empty (a call
 * through one traps), so that wasm-opt can drop them; or a reason why not. The table is
 * exported (the chunks share it), so wasm-opt keeps every function in it however unreachable;
 * the other slots keep their places. Only the element segments that rustc and wasm-split-cli
 * write are read: active, table 0, `i32.const` offsets, function indices (flag 0) or
 * expressions (flag 4).
 */
function withoutTableSlots(wasm, raw, dead) {
  const bytes = Buffer.from(wasm);
  const all = sections(bytes);
  const names = functionNames(bytes, all);
  if (!names.size) return { reason: 'the wasm has no function names' };
  const linked = linkedNames(Buffer.from(raw));
  if (!linked) return { reason: "no symbol table in Cargo's wasm" };
  // A body LLVM merged with a live function's keeps one of their names: only a body all of
  // whose names are dead is.
  const isDead = (name) => dead(name) && linked.has(name) && linked.get(name).every(dead);
  const gone = new Set([...names].filter(([, name]) => isDead(name)).map(([index]) => index));
  const section = all.find((s) => s.id === 9);
  if (!section) return { reason: 'no element section' };
  const segments = [];
  let emptied = 0;
  let [count, p] = readU32(bytes, section.content);
  for (let i = 0; i < count; i++) {
    const start = p;
    const flags = bytes[p];
    const offset = readOffset(bytes, p + 1);
    if ((flags !== 0 && flags !== 4) || !offset) return { reason: `an element segment of another kind (flags ${flags})` };
    let n;
    [n, p] = readU32(bytes, offset[1]);
    if (flags === 4) {
      for (let j = 0; j < n; j++) {
        if (bytes[p] === 0xd0 && bytes[p + 1] === 0x70) p += 2;
        else if (bytes[p] === 0xd2) {
          let index;
          [index, p] = readU32(bytes, p + 1);
          if (gone.has(index)) return { reason: 'a slot to empty is in an element segment of expressions' };
        } else return { reason: 'an element expression other than ref.func or ref.null' };
        if (bytes[p++] !== 0x0b) return { reason: 'an element expression of more than one instruction' };
      }
      segments.push(bytes.subarray(start, p));
      continue;
    }
    // Function indices: cut into runs around the slots emptied, each at its own offset.
    let run = [];
    let runAt = offset[0];
    const flush = () => {
      if (run.length) segments.push(Buffer.concat([Buffer.from([0]), writeOffset(runAt), writeU32(run.length), ...run.map(writeU32)]));
    };
    for (let j = 0; j < n; j++) {
      let index;
      [index, p] = readU32(bytes, p);
      if (gone.has(index)) {
        flush();
        run = [];
        runAt = offset[0] + j + 1;
        emptied += 1;
      } else run.push(index);
    }
    flush();
  }
  if (p !== section.end) return { reason: 'element section not read to its end' };
  return { wasm: replaced(bytes, section, Buffer.concat([writeU32(segments.length), ...segments])), emptied };
}

/**
 * The glue `js` and main module `wasm` of one page without the stream classes and the exports
 * only they call. `others` are the bytes of the files that may name the main module's exports
 * too (the wasm chunks and their loader): if one names an export to be dropped, nothing is cut.
 * With `raw`, Cargo's wasm before the split, the table slots of the classes' code are emptied
 * too (withoutTableSlots). Returns { js, wasm, exports (the export names dropped), emptied
 * (table slots), kept (why none, if so) }, or { reason } and nothing changed.
 */
export function dropStreamClasses(js, wasm, others = [], raw = null) {
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
  const result = { js: rest, wasm: out.wasm, exports: [...exports].sort(), emptied: 0, kept: null };
  // The futures and closures of the classes' methods stay behind in the function table (their
  // vtables). Only those methods create them, and no import hands a class to JavaScript (the
  // glue would name it), so once the methods' exports are gone no slot of theirs is ever called.
  if (raw) {
    try {
      const slots = withoutTableSlots(out.wasm, raw, isStreamCode);
      if (slots.reason) result.kept = slots.reason;
      else Object.assign(result, { wasm: slots.wasm, emptied: slots.emptied });
    } catch (e) {
      result.kept = `the wasm could not be read: ${e.message}`;
    }
  }
  return result;
}

/** A function of the classes' modules, by its (mangled) name. */
function isStreamCode(name) {
  return /wasm_streams/.test(name) && /into_underlying_(?:byte_source|source|sink)/.test(name);
}
