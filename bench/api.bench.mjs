// HTTP API under load (imports dist/; run `npm run build` first). A ledger of 100,000
// claims (API_BENCH_CLAIMS) stored through the ledger's own storeArticle and cached in the
// temp folder; `tally serve`'s app in a child process on loopback; autocannon with 200
// connections for 30 s (API_BENCH_SECONDS) cycling through claim queries: newest page,
// measure, measure+party, date range, source, full-text search, a second page.
// Reports requests/s, p50/p99 latency and errors. Target: 0 errors, p99 ≤ 100 ms.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const CLAIMS = Number(process.env.API_BENCH_CLAIMS ?? 100_000);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 200);
/** Claims per generated article: a long live-blog page. */
const PER_ARTICLE = 50;

async function main() {
  const work = join(tmpdir(), 'tally-api-bench');
  mkdirSync(work, { recursive: true });
  const db = join(work, `claims-${CLAIMS}.db`);
  if (!existsSync(db)) await seedLedger(db);
  else console.log(`ledger of ${fmt(CLAIMS)} claims reused from ${db}`);

  const child = fork(new URL(import.meta.url).pathname, ['--serve', db], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const first = await (await fetch(`${base}/claims?measure=killed&limit=50`)).json();
  const paths = [
    '/claims?limit=50',
    '/claims?measure=killed&limit=50',
    '/claims?measure=strikes&party=RU&limit=50',
    '/claims?since=2024-03&until=2024-04&limit=50',
    '/claims?source=Source%20number%207&limit=50',
    '/claims?q=drones&limit=50',
    `/claims?measure=killed&limit=50&cursor=${encodeURIComponent(first.next ?? '')}`,
  ];
  // Warm up: the JIT and SQLite's page cache, as a running service would be.
  await run(base, paths, 3, 20);
  const r = await run(base, paths, SECONDS, CONNECTIONS);
  child.send('stop');
  await new Promise((res) => child.once('exit', res));

  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(`\n${fmt(CLAIMS)} claims · ${CONNECTIONS} connections · ${SECONDS} s · ${availableParallelism()} cores (server and load generator share them)`);
  console.log('| metric | value |\n|---|---|');
  console.log(`| requests | ${fmt(r.requests.total)} |`);
  console.log(`| requests/s (mean) | ${fmt(Math.round(r.requests.average))} |`);
  console.log(`| latency p50 | ${r.latency.p50} ms |`);
  console.log(`| latency p90 | ${r.latency.p90} ms |`);
  console.log(`| latency p99 | ${r.latency.p99} ms |`);
  console.log(`| latency max | ${r.latency.max} ms |`);
  console.log(`| errors (socket + timeouts + non-2xx) | ${errors} |`);
  console.log(`| target | 0 errors, p99 ≤ 100 ms |`);
}

function run(base, paths, duration, connections) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      { url: base, connections, duration, timeout: 10, requests: paths.map((path) => ({ method: 'GET', path })) },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    autocannon.track(inst, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

// ---------------------------------------------------------------------------------------
// The ledger: our own generated claims, deterministic, stored article by article.

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const fmt = (n) => n.toLocaleString('en-US');
const MEASURES = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'equipment_lost', 'strikes', 'displaced'];
const PARTIES = ['RU', 'UA', 'KP'];
const PLACES = ['Kherson', 'Kharkiv', 'Donetsk', 'Kursk', 'Sumy', 'Pokrovsk', null];
const OUTLETS = ['Harbour Herald', 'Plains Courier', 'Northern Ledger', 'Evening Dispatch', 'River Times'];
const WORDS = ['shelling', 'drones', 'missile', 'artillery', 'tanks', 'convoy', 'bridge', 'depot', 'airfield', 'trenches'];
const SOURCES = Array.from({ length: 200 }, (_, i) => ({ name: `Source number ${i}`, kind: 'official', anonymous: false, affiliation: pick(['UA', 'RU', 'US', 'GB', null]), via: [] }));

function makeArticle(i) {
  const date = `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const sentences = [];
  const claims = [];
  let text = '';
  for (let k = 0; k < PER_ARTICLE; k++) {
    const v = int(1, 50_000);
    const source = pick(SOURCES);
    const measure = pick(MEASURES);
    const place = pick(PLACES);
    const quote = fmt(v);
    const sentence = `${source.name} said ${quote} were counted after ${pick(WORDS)} and ${pick(WORDS)} near ${place ?? 'the front'}.`;
    const start = text.length + sentence.indexOf(quote);
    text += (k ? ' ' : '') + sentence;
    const offset = k ? 1 : 0;
    sentences.push(sentence);
    claims.push({
      field: 'body',
      span: [start + offset, start + offset + quote.length],
      quote,
      sentence,
      value: { low: v, high: v, approximate: false },
      unit: 'person',
      per: null,
      measure,
      item: null,
      party: pick(PARTIES),
      counterparty: null,
      location: place,
      source,
      statedOn: date,
      hedges: [],
    });
  }
  // Fix spans against the final text (sentences are joined by single spaces).
  let pos = 0;
  claims.forEach((c, k) => {
    const s = text.indexOf(sentences[k], pos);
    const q = s + sentences[k].indexOf(c.quote);
    c.span = [q, q + c.quote.length];
    pos = s + sentences[k].length;
  });
  return {
    article: { title: `Bench report ${i}`, subtitle: null, published: date, outlet: pick(OUTLETS), url: `https://bench.example/api/${i}`, text, related: [] },
    claims,
    raw: null,
    origin: 'bench',
  };
}

async function seedLedger(db) {
  const { openLedger } = await import('../dist/ledger/index.js');
  const tmp = `${db}.partial`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const ledger = await openLedger({ db: tmp });
  const t = performance.now();
  const articles = Math.ceil(CLAIMS / PER_ARTICLE);
  for (let i = 0; i < articles; i++) await ledger.storeArticle(makeArticle(i));
  const stats = await ledger.stats();
  await ledger.close();
  for (const s of ['-wal', '-shm']) rmSync(`${tmp}${s}`, { force: true });
  renameSync(tmp, db);
  console.log(`ledger of ${fmt(stats.claims)} claims in ${fmt(stats.articles)} articles stored in ${((performance.now() - t) / 1000).toFixed(0)} s (cached at ${db})`);
}

// ---------------------------------------------------------------------------------------
// Child mode: serve the ledger and report the port.
if (process.argv[2] === '--serve') {
  const { openLedger } = await import('../dist/ledger/index.js');
  const { buildApp } = await import('../dist/api/app.js');
  const ledger = await openLedger({ db: process.argv[3] });
  const app = await buildApp({ ledger, webRoot: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send({ port: app.server.address().port });
  process.on('message', async (m) => {
    if (m === 'stop') {
      await app.close();
      await ledger.close();
      process.exit(0);
    }
  });
} else {
  await main();
}
