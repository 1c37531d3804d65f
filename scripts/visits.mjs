// Bytes a browser downloads on a first and on a second visit, counted where they leave the
// server (bodies as sent, compressed, plus HTTP headers). Part of scripts/bench: it reports and
// never fails the build.
//
//   node scripts/visits.mjs [dist-dir]
//
// A first visit is measured three times: up to the first answer on screen (the totals are
// drawn), up to the complete page (the parts loaded later, issue 13, are in), and after the
// service worker has stored the offline copy. A second visit opens the page
// again in the same browser profile, online; the target is that only the page is revalidated.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, BASE, sample as poll } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));

const server = await startServer({ dir, base: BASE, port: 0 });
// Bytes written on every connection, open or closed, and each request with the bytes of its response.
let closedBytes = 0;
const sockets = new Set();
server.server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => {
    closedBytes += socket.bytesWritten;
    sockets.delete(socket);
  });
});
const sent = () => closedBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);
let requests = [];
server.server.on('request', (req, res) => {
  const socket = req.socket;
  const start = socket.bytesWritten;
  res.on('finish', () => {
    requests.push(`${res.statusCode} ${req.url.split('#')[0]} (${socket.bytesWritten - start} B)`);
  });
});

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
function report(label, bytes, list) {
  console.log(`  ${label}: ${kb(bytes)} in ${list.length} request(s)`);
  for (const r of list) console.log(`      ${r}`);
}

let browser;
try {
  browser = await launchBrowser();
  const built = (page) =>
    poll(() => page.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null), (v) => v, { timeout: 30_000 });
  const answered = (page) =>
    poll(() => page.evaluate(() => document.querySelector('[data-testid="total-monthly"]') !== null), (v) => v, { timeout: 30_000, interval: 5 });
  console.log(`\nVisits (${server.url}; bytes sent by the server, compressed bodies and headers)`);

  // Up to the first answer: without a service worker, which would fetch the offline copy alongside.
  const plain = await browser.newContext({ locale: 'id-ID', serviceWorkers: 'block' });
  let page = await plain.newPage();
  let mark = sent();
  requests = [];
  await page.goto(server.url);
  await answered(page);
  report('first visit, up to the first answer', sent() - mark, [...requests]);
  await built(page);
  await page.waitForTimeout(300);
  report('first visit, up to the complete page', sent() - mark, requests);
  await plain.close();

  const context = await browser.newContext({ locale: 'id-ID' });
  page = await context.newPage();
  mark = sent();
  requests = [];
  await page.goto(server.url);
  await built(page);
  const controlled = await poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), (v) => v, { timeout: 30_000 }).catch(() => false);
  await page.waitForTimeout(1000);
  report(`first visit, in all${controlled ? ' (with the offline copy)' : ' (no service worker took control)'}`, sent() - mark, requests);
  await page.close();

  page = await context.newPage();
  mark = sent();
  requests = [];
  await page.goto(server.url);
  await built(page);
  // The browser checks for a new service worker a few seconds after a navigation (the only
  // request a second visit needs); wait for it, at most 15 s.
  await poll(() => requests.some((r) => r.includes('/sw.js')), (v) => v, { timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(500);
  report('second visit, online', sent() - mark, requests);
  await context.close();
} catch (e) {
  console.log(`visits: could not measure (${e.message})`);
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}
