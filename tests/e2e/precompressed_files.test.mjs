// The build ships a gzip and a brotli copy of every text-like file (scripts/precompress.mjs),
// for servers that send precompressed files; each copy must be the same file, and the page
// must work when it is what the server sends (serve.mjs prefers the copies, as nginx does).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, DIST } from './helpers.mjs';
import { COMPRESSIBLE } from '../../scripts/precompress.mjs';
import { startServer } from './serve.mjs';

test.describe('precompressed files', () => {
  test('every compressible file of dist/ has .gz and .br copies equal to it', () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `no build in ${DIST}: run scripts/build-release`);
    const files = fs.readdirSync(DIST).filter((f) => COMPRESSIBLE.includes(path.extname(f)));
    assert.ok(files.some((f) => f.endsWith('.wasm')), `the wasm is among ${files.join(', ')}`);
    for (const f of files) {
      const raw = fs.readFileSync(path.join(DIST, f));
      const gz = zlib.gunzipSync(fs.readFileSync(path.join(DIST, `${f}.gz`)));
      const br = zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${f}.br`)));
      assert.ok(raw.equals(gz), `${f}.gz is ${f}`);
      assert.ok(raw.equals(br), `${f}.br is ${f}`);
    }
  });

  test('the server sends the brotli copy of the wasm to a browser that accepts it', async () => {
    const srv = await startServer({ dir: DIST });
    try {
      const wasm = fs.readdirSync(DIST).find((f) => f.endsWith('.wasm'));
      const res = await fetch(`${srv.url}${wasm}`, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(res.headers.get('content-encoding'), 'br');
      assert.equal(Number(res.headers.get('content-length')), fs.statSync(path.join(DIST, `${wasm}.br`)).size);
      assert.equal(res.headers.get('content-type'), 'application/wasm');
    } finally {
      await srv.close();
    }
  });
});
