// The article reader: parseArticle (decode + HTML/text → Article) on the example articles,
// a large synthetic page, and the hostile-page refusals; then one loopback URL fetch.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { loadInput, parseArticle } from '../dist/ingest/index.js';

const ROUNDS = 20; // per input: enough for a stable median, small enough to finish in seconds

function raw(bytes, origin) {
  return { bytes, contentType: null, url: null, origin, sha256: '' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, rounds = ROUNDS) {
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    try {
      fn();
    } catch {
      // refusals are what some rows measure
    }
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

const rows = [];
for (const name of readdirSync('examples').sort()) {
  const bytes = readFileSync(join('examples', name));
  rows.push([name, `${(bytes.length / 1024).toFixed(1)} KB`, time(() => parseArticle(raw(bytes, name)))]);
}
const para = '<p>Officials said 48 of 61 drones were shot down overnight over the southern regions, the air force said.</p>';
const big = Buffer.from(`<html><head><title>Big page</title></head><body><h1>Big page</h1><article>${para.repeat(3000)}</article></body></html>`);
rows.push(['synthetic: 3,000 paragraphs', `${(big.length / 1024).toFixed(0)} KB`, time(() => parseArticle(raw(big, 'big.html')), 3)]);
const deep = Buffer.from(`<html><body>${'<div>'.repeat(100_000)}x</body></html>`);
rows.push(['hostile: 100,000 nested divs (refused)', `${(deep.length / 1024).toFixed(0)} KB`, time(() => parseArticle(raw(deep, 'deep.html')), 5)]);
const many = Buffer.from(`<html><body>${'<span>w</span>'.repeat(200_000)}</body></html>`);
rows.push(['hostile: 200,000 elements (refused)', `${(many.length / 1024).toFixed(0)} KB`, time(() => parseArticle(raw(many, 'many.html')), 5)]);

const page = readFileSync(join('examples', 'odesa-drone-attack.html'));
const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const fetchMs = [];
for (let i = 0; i < ROUNDS; i++) {
  const t = process.hrtime.bigint();
  await loadInput(url, { allowPrivate: true });
  fetchMs.push(Number(process.hrtime.bigint() - t) / 1e6);
}
server.close();
rows.push(['loopback fetch (loadInput)', `${(page.length / 1024).toFixed(1)} KB`, median(fetchMs)]);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`${'input'.padEnd(w)}  ${'size'.padStart(8)}  median ms`);
for (const [name, size, ms] of rows) console.log(`${name.padEnd(w)}  ${size.padStart(8)}  ${ms.toFixed(1).padStart(9)}`);
