// A tiny static file server for the built site (no dependencies).
//
// It serves a directory (default `dist/`) under a sub-path (default `/kalkulator/`), the way a
// government web server would host the calculator, so tests catch absolute asset URLs.
//
//   node tests/e2e/serve.mjs [port] [--dir DIR] [--base /kalkulator/]
//   PORT=8080 node tests/e2e/serve.mjs
//
// The first line on stdout is the URL, e.g. `http://127.0.0.1:41234/kalkulator/`.
// Port 0 (the default) picks a free port.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The Content-Security-Policy the site is published with (README, "Headers"): every e2e test
 * runs under it, so an inline script or style attribute fails the tests, not the public site.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every file, as the README asks a publishing server to. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function normaliseBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

// Compressed bodies, made once per file version, as a production server would serve them:
// the size benchmark and Lighthouse should see what a village phone really downloads.
const compressedCache = new Map();
function compressed(file, st, encoding) {
  const key = `${file}:${st.mtimeMs}:${encoding}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = fs.readFileSync(file);
    body =
      encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

/** The `.br` or `.gz` copy written beside `file` by scripts/precompress.mjs, if current. */
function precompressed(file, st, encoding) {
  const twin = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  try {
    const tst = fs.statSync(twin);
    return tst.isFile() && tst.mtimeMs >= st.mtimeMs ? fs.readFileSync(twin) : null;
  } catch {
    return null;
  }
}

function pickEncoding(req, type) {
  if (type.startsWith('image/png')) return null;
  const accept = String(req.headers['accept-encoding'] || '');
  // SERVE_GZIP_ONLY=1: as a server with nginx's gzip_static alone (scripts/bench's Lighthouse).
  if (/\bbr\b/.test(accept) && !process.env.SERVE_GZIP_ONLY) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * Start serving `dir` under `base` on 127.0.0.1:`port`.
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ dir = path.join(ROOT, 'dist'), base = '/kalkulator/', port = 0 } = {}) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);
  const bare = prefix.slice(0, -1); // "/kalkulator"

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    try {
      const u = new URL(req.url, 'http://127.0.0.1');
      pathname = decodeURIComponent(u.pathname);
    } catch {
      send(res, 400, 'Bad Request\n');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'Bad Request\n');
      return;
    }
    if (bare !== '' && pathname === bare) {
      const q = req.url.indexOf('?');
      send(res, 301, 'Moved Permanently\n', { Location: prefix + (q >= 0 ? req.url.slice(q) : '') });
      return;
    }
    if (!pathname.startsWith(prefix)) {
      send(res, 404, 'Not Found\n');
      return;
    }
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    // No directory traversal: the resolved file must stay inside the served directory.
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(res, 404, 'Not Found\n');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        send(res, 404, 'Not Found\n');
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      // Trunk puts a content hash in every asset name except index.html: those never change.
      // (In hex without leading zeros: 16 digits, sometimes fewer.)
      const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file);
      const headers = {
        'Content-Type': type,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
        Vary: 'Accept-Encoding',
      };
      const encoding = pickEncoding(req, type);
      if (encoding) {
        // The build's precompressed copy when there is one (as nginx `gzip_static` does),
        // else compressed here: either way what a browser downloads is measured.
        const body = precompressed(file, st, encoding) || compressed(file, st, encoding);
        res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Length': st.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port) || 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://127.0.0.1:${actualPort}${prefix}`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    });
  return { url, port: actualPort, close, server };
}

function parseArgs(argv) {
  const opts = { dir: path.join(ROOT, 'dist'), base: '/kalkulator/', port: Number(process.env.PORT || 0) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') opts.dir = path.resolve(argv[++i]);
    else if (a === '--base') opts.base = argv[++i];
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tests/e2e/serve.mjs [port] [--dir DIR] [--base /kalkulator/] [--port N]');
      process.exit(0);
    } else if (/^\d+$/.test(a)) opts.port = Number(a);
    else {
      console.error(`serve.mjs: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.dir)) {
    console.error(`serve.mjs: directory ${opts.dir} does not exist`);
    process.exit(1);
  }
  const { url, close } = await startServer(opts);
  console.log(url);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
