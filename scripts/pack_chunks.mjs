// Puts a page's shared wasm chunks into one file that the page downloads once (issue 26).
//
// wasm-split-cli writes one `chunk_<n>.wasm` for each set of split points that share code, and
// its loader fetches each one by itself: 66 files on the village page, 39 of them under 2 KB.
// Each `fetch()` cost the main thread about a millisecond in the task of the part that needed
// it, and on a slow line each file is a round trip of its own. Packed, the chunks are one
// download (brotli compresses them together to about 60 % of their separate copies), and each
// is still compiled and instantiated only when a part first needs it, as before.
//
// The pack is itself a valid wasm module with nothing in it but one custom section per chunk
// (the section's name is the chunk's, its payload the chunk's bytes), so it is served and
// compressed like every other `.wasm` file. The loader knows where each chunk lies in it and
// hands `WebAssembly.instantiateStreaming` a Response made of that slice. A failed download is
// forgotten, as the loader's own loads are, so the parts' retry fetches it again.
//
// Chunks that a split point in `apart` needs stay files of their own: such a part is fetched
// when the user asks for it (English), and should not wait for every other part's code. A
// group can take the chunks of some split points into a pack of their own: the village page's
// form comes right after the first answer, and should not wait for the later parts' code
// either (its pack holds what it shares with them).

import { writeU32 } from './leb128.mjs';

/** The loader's fetch of one chunk, as wasm-split-cli writes it. */
const FETCH = (name) => `fetch(new URL("./${name}", import.meta.url))`;

/** The split points that use each chunk, from the loader's `/* a, b *\/` line above its load. */
export function chunkUsers(loader) {
  const users = new Map();
  for (const m of loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    users.set(m[2], m[1].split(',').map((s) => s.trim()));
  }
  return users;
}

/** A wasm module whose only content is one custom section per `[name, bytes]`, and where each payload starts. */
export function packModule(entries) {
  const parts = [Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])];
  let at = parts[0].length;
  const places = [];
  for (const [name, bytes] of entries) {
    const label = Buffer.from(name);
    const body = Buffer.concat([writeU32(label.length), label]);
    const head = Buffer.concat([Buffer.from([0]), writeU32(body.length + bytes.length), body]);
    places.push({ name, offset: at + head.length, length: bytes.length });
    parts.push(head, bytes);
    at += head.length + bytes.length;
  }
  return { bytes: Buffer.concat(parts), places };
}

/**
 * The function the rewritten loads call instead of `fetch` (`fromPack(file, offset, length)`).
 * A pack's chunks are handed over one per task (a message to itself, which no timer clamps):
 * all at once, the browser compiled the form's forty chunks in one task of 16 ms, four times
 * that on a slow phone.
 */
const FROM_PACK = `
/* The shared chunks, downloaded once per pack (scripts/pack_chunks.mjs), handed over one a task. */
const packLoads = new Map();
let packTurn = Promise.resolve();
function nextPackTurn() {
    const turn = packTurn.then(() => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
    }));
    packTurn = turn;
    return turn;
}
function fromPack(file, offset, length) {
    let load = packLoads.get(file);
    if (load === undefined) {
        const thisLoad = fetch(new URL(file, import.meta.url)).then((r) => {
            if (!r.ok) throw new TypeError(\`chunk pack: HTTP \${r.status}\`);
            return r.arrayBuffer();
        });
        thisLoad.catch(() => {
            if (packLoads.get(file) === thisLoad) packLoads.delete(file);
        });
        packLoads.set(file, thisLoad);
        load = thisLoad;
    }
    return load.then((all) => nextPackTurn().then(() => new Response(new Uint8Array(all, offset, length), { headers: { "Content-Type": "application/wasm" } })));
}
`;

/**
 * Packs `chunks` (`[{ name: 'chunk_11.wasm', bytes }]`, optimized) but those that a split in
 * `apart` uses, one pack per group of `groups` (`[{ name: 'chunk_pack.wasm', splits }]`): a
 * chunk goes into the first group with a split point that uses it, or whose `splits` is
 * absent (every chunk). `packName(name, bytes)` names a pack's file. Returns the new loader
 * text, the packs (each its file, bytes and the names of the chunks in it; a group with fewer
 * than two chunks makes none), and the chunks left as files.
 */
export function packChunks(loader, chunks, { apart = [], groups, packName }) {
  const users = chunkUsers(loader);
  const alone = [];
  const grouped = groups.map(() => []);
  for (const chunk of chunks) {
    const who = users.get(chunk.name);
    if (!who) throw new Error(`pack_chunks: the loader does not load ${chunk.name} as expected`);
    const group = who.some((s) => apart.includes(s)) ? -1 : groups.findIndex((g) => !g.splits || who.some((s) => g.splits.includes(s)));
    (group < 0 ? alone : grouped[group]).push(chunk);
  }
  let text = loader;
  const packs = [];
  for (const [g, packed] of grouped.entries()) {
    if (packed.length < 2) {
      alone.push(...packed);
      continue;
    }
    const { bytes, places } = packModule(packed.map((c) => [c.name.replace(/\.wasm$/, ''), c.bytes]));
    const file = packName(groups[g].name, bytes);
    for (const [i, place] of places.entries()) {
      const call = FETCH(packed[i].name);
      if (text.split(call).length !== 2) throw new Error(`pack_chunks: the loader does not fetch ${packed[i].name} once`);
      text = text.replace(call, `fromPack(${JSON.stringify(`./${file}`)}, ${place.offset}, ${place.length})`);
    }
    packs.push({ file, bytes, names: packed.map((c) => c.name) });
  }
  return { loader: packs.length ? text + FROM_PACK : loader, packs, alone };
}
