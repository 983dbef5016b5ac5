// The article reader: parseArticle (decode + HTML/text → Article) on the example articles,
// a large synthetic page, and the hostile-page refusals; then one loopback URL fetch; then
// pages/s of the whole reader beside Readability + linkedom alone on the same pages.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
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

// Pages/s: the reader (decode, prescan, metadata, furniture, readability, blocks, dates,
// liveblog entries) against what it is built on, linkedom's parse and Readability's pick
// of the article, on the same HTML pages in the same run. Rounds rotate among the sides
// so that load from other processes falls on all alike; each side's rate is the median
// over the rounds.
const PAGE_ROUNDS = 41;
const PASSES = 2; // passes over all pages per round, so a round lasts long enough to time
const fixtures = join('test', 'ingest', 'fixtures');
const pages = [
  ...readdirSync('examples').filter((f) => f.endsWith('.html')).map((f) => join('examples', f)),
  ...(existsSync(fixtures) ? readdirSync(fixtures).sort().map((d) => join(fixtures, d, 'source.html')) : []),
].map((path) => ({ path, html: readFileSync(path, 'utf8') }));
pages.push(...(await templatePages()));
for (const page of pages) page.bytes = Buffer.from(page.html);

/** The page templates of the reader's tests (test/ingest/templates.ts), compiled on the fly. */
async function templatePages() {
  const source = join('test', 'ingest', 'templates.ts');
  if (!existsSync(source)) return [];
  const js = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const file = join(tmpdir(), `tally-reader-templates-${process.pid}.mjs`);
  writeFileSync(file, js);
  try {
    const { TEMPLATES } = await import(pathToFileURL(file).href);
    return TEMPLATES.map((t) => ({ path: `template: ${t.name}`, html: t.html }));
  } finally {
    rmSync(file, { force: true });
  }
}

function readerOnly(page) {
  parseArticle(raw(page.bytes, page.path));
}
// Readability as a library user runs it (its defaults: HTML out, and more tries on pages
// whose text is under 500 characters), and with the reader's own settings
// (src/ingest/html.ts: the container node, 250 characters, no JSON-LD, classes kept),
// which leaves only the reader's own work in the ratio.
const READER_SETTINGS = { maxElemsToParse: 30_000, charThreshold: 250, serializer: (node) => node, disableJSONLD: true, keepClasses: true };
function readabilityDefaults(page) {
  const { document } = parseHTML(page.html);
  new Readability(document).parse();
}
function readabilitySameSettings(page) {
  const { document } = parseHTML(page.html);
  new Readability(document, READER_SETTINGS).parse();
}
// Pages per second of this process's CPU time: on a machine shared with other work, wall
// time measures the neighbours as much as the code.
function rate(fn) {
  const t = process.cpuUsage();
  for (let i = 0; i < PASSES; i++) for (const page of pages) fn(page);
  const used = process.cpuUsage(t);
  return (PASSES * pages.length) / ((used.user + used.system) / 1e6);
}
// Warm-up: every side compiled by the JIT before any round counts.
const sides = [readerOnly, readabilityDefaults, readabilitySameSettings];
for (let i = 0; i < 3; i++) for (const fn of sides) rate(fn);
const rates = sides.map(() => []);
for (let r = 0; r < PAGE_ROUNDS; r++) {
  // The order rotates, so no side always follows the same one (and inherits its garbage).
  for (let k = 0; k < sides.length; k++) {
    const i = (r + k) % sides.length;
    rates[i].push(rate(sides[i]));
  }
}
const [ours, defaults, same] = rates.map(median);
// Per-round ratios: the rounds of one pass share the machine's state.
const ratio = (base) => median(rates[0].map((x, r) => x / base[r]));
console.log(`\npages per CPU second on ${pages.length} HTML pages (examples, fixtures, test templates; ${PAGE_ROUNDS} rounds of ${PASSES} passes, medians)`);
console.log(`reader (parseArticle)                            ${ours.toFixed(0).padStart(6)}`);
console.log(`Readability + linkedom alone, its defaults       ${defaults.toFixed(0).padStart(6)}   reader/this ${ratio(rates[1]).toFixed(2)}`);
console.log(`Readability + linkedom alone, reader's settings  ${same.toFixed(0).padStart(6)}   reader/this ${ratio(rates[2]).toFixed(2)}`);
