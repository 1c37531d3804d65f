// Unsigned LEB128, the variable-length integers of the wasm binary format, for the scripts that
// read and write the release build's wasm (scripts/drop_stream_classes.mjs, scripts/pack_chunks.mjs).

/** The unsigned LEB128 at `at` in `bytes`: [value, offset after it]. */
export function readU32(bytes, at) {
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

/** `value` as an unsigned LEB128. */
export function writeU32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return Buffer.from(out);
}
