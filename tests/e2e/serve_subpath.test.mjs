// The test server itself: sub-path, content types, redirect, 404s, no traversal, CLI.
// Runs against a temporary directory, so it needs no build and no browser.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { test } from './helpers.mjs';

const SERVE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve.mjs');

/** GET without following redirects, and without URL normalisation (raw path on the wire). */
function rawGet(port, rawPath, method = 'GET') {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1', () => {
      sock.write(`${method} ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => (data += d));
    sock.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(status.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    sock.on('error', reject);
  });
}

test.describe('serve.mjs', () => {
  let tmp;
  let outside;
  let srv;
  let port;

  test.beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
    const site = path.join(tmp, 'site');
    fs.mkdirSync(path.join(site, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(site, 'app-1a2b.js'), 'export {}');
    fs.writeFileSync(path.join(site, 'app-1a2b_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    fs.writeFileSync(path.join(site, 'main.css'), 'body{}');
    fs.writeFileSync(path.join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(site, 'data.json'), '{}');
    fs.writeFileSync(path.join(site, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fs.writeFileSync(path.join(site, 'site.webmanifest'), '{}');
    fs.writeFileSync(path.join(site, 'sub', 'index.html'), 'sub');
    fs.writeFileSync(path.join(site, 'a b.txt'), 'space');
    outside = path.join(tmp, 'secret.txt');
    fs.writeFileSync(outside, 'SECRET');
    srv = await startServer({ dir: site, base: '/kalkulator/', port: 0 });
    port = new URL(srv.url).port;
  });

  test.afterAll(async () => {
    await srv?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('reports its URL under the sub-path on 127.0.0.1', () => {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/kalkulator\/$/);
    assert.notEqual(Number(port), 0);
  });

  test('serves index.html at the sub-path', async () => {
    const r = await fetch(srv.url);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await r.text(), /<title>t<\/title>/);
    const sub = await fetch(`${srv.url}sub/`);
    assert.equal(await sub.text(), 'sub');
  });

  const types = [
    ['index.html', /^text\/html/],
    ['app-1a2b.js', /^text\/javascript/],
    ['app-1a2b_bg.wasm', /^application\/wasm$/],
    ['main.css', /^text\/css/],
    ['favicon.svg', /^image\/svg\+xml$/],
    ['data.json', /^application\/json/],
    ['icon.png', /^image\/png$/],
    ['site.webmanifest', /^application\/manifest\+json/],
  ];
  for (const [file, type] of types) {
    test(`content type of ${file}`, async () => {
      const r = await fetch(srv.url + file);
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type'), type);
      await r.arrayBuffer();
    });
  }

  test('wasm bytes arrive intact', async () => {
    const r = await fetch(`${srv.url}app-1a2b_bg.wasm`);
    assert.deepEqual([...new Uint8Array(await r.arrayBuffer())], [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });

  test('percent-encoded names are decoded', async () => {
    const r = await fetch(`${srv.url}a%20b.txt`);
    assert.equal(r.status, 200);
    assert.equal(await r.text(), 'space');
  });

  test('HEAD has headers and no body', async () => {
    const r = await rawGet(port, '/kalkulator/main.css', 'HEAD');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-length'], '6');
    assert.equal(r.body, '');
  });

  test('/kalkulator redirects to /kalkulator/', async () => {
    const r = await rawGet(port, '/kalkulator');
    assert.equal(r.status, 301);
    assert.equal(r.headers.location, '/kalkulator/');
    const q = await rawGet(port, '/kalkulator?lang=en');
    assert.equal(q.headers.location, '/kalkulator/?lang=en');
  });

  test('paths outside the sub-path are 404', async () => {
    for (const p of ['/', '/index.html', '/app-1a2b.js', '/kalkulatorx/index.html', '/other/']) {
      const r = await rawGet(port, p);
      assert.equal(r.status, 404, p);
    }
  });

  test('missing files and directories without index are 404', async () => {
    assert.equal((await rawGet(port, '/kalkulator/nope.js')).status, 404);
    assert.equal((await rawGet(port, '/kalkulator/sub')).status, 404);
  });

  test('no directory traversal', async () => {
    for (const p of [
      '/kalkulator/../secret.txt',
      '/kalkulator/..%2fsecret.txt',
      '/kalkulator/%2e%2e/secret.txt',
      '/kalkulator/%2e%2e%2fsecret.txt',
      '/kalkulator/sub/../../secret.txt',
      '/kalkulator/..\\secret.txt',
      `/kalkulator/${encodeURIComponent(outside)}`,
      '/kalkulator/%00',
    ]) {
      const r = await rawGet(port, p);
      assert.notEqual(r.status, 200, p);
      assert.ok(!r.body.includes('SECRET'), p);
    }
  });

  test('other methods are refused', async () => {
    const r = await rawGet(port, '/kalkulator/', 'POST');
    assert.equal(r.status, 405);
  });

  test('runs as a CLI and prints the URL first', async () => {
    const site = path.join(tmp, 'site');
    const child = spawn(process.execPath, [SERVE, '--dir', site], { env: { ...process.env, PORT: '0' } });
    try {
      let timer;
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.on('exit', (c) => reject(new Error(`exited ${c}`)));
        timer = setTimeout(() => reject(new Error('no URL printed')), 10_000);
      }).finally(() => clearTimeout(timer));
      assert.match(line, /^http:\/\/127\.0\.0\.1:\d+\/kalkulator\/$/);
      const r = await fetch(`${line}favicon.svg`);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'image/svg+xml');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
