// Writes a gzip (-9) and a brotli (quality 11) copy beside every text-like file of the built
// site (`x.wasm` -> `x.wasm.gz`, `x.wasm.br`), so that a web server can send the smallest
// form without compressing on each request (nginx `gzip_static`/`brotli_static`, Caddy
// `precompressed`). Many servers do not compress `application/wasm` on their own at all.
//
//   node scripts/precompress.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR, then dist/
//
// Run by Trunk as a post-build hook (Trunk.toml). Node's zlib only: nothing to install.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The extensions worth compressing (images such as PNG are compressed already). */
export const COMPRESSIBLE = ['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.txt', '.webmanifest'];

/** The two compressed forms of `raw`, at the levels the size benchmark measures. */
export function compressBoth(raw) {
  return {
    gz: zlib.gzipSync(raw, { level: 9 }),
    br: zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** Write the .gz and .br copies of every compressible file under `dir`; returns how many. */
export function precompressDir(dir) {
  let count = 0;
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.includes(path.extname(file).toLowerCase())) continue;
    const { gz, br } = compressBoth(fs.readFileSync(file));
    fs.writeFileSync(`${file}.gz`, gz);
    fs.writeFileSync(`${file}.br`, br);
    count += 1;
  }
  return count;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
  const count = precompressDir(dir);
  console.log(`precompress: ${count} files in ${dir} now have .gz and .br copies`);
}
