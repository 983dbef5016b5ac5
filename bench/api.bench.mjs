// HTTP API under load (imports dist/; run `npm run build` first). A ledger of 100,000
// claims (API_BENCH_CLAIMS) stored through the ledger's own storeArticle and cached in the
// temp folder; `tally serve --workers <cores>` in a child process on loopback; autocannon with 200
// connections for 30 s (API_BENCH_SECONDS) cycling through claim queries: newest page,
// measure, measure+party, date range, source, full-text search, a second page.
// Two runs: "repeated" cycles seven fixed URLs (what many analysts opening the same views
// look like: the API's read cache and request sharing apply); "varied" draws every
// parameter at random (source id or name, affiliation, measure, party, month, search word,
// pages 2-6), about 700 distinct queries: the server keeps each answer until the ledger
// changes, so after its first request a query is answered from memory. Reports
// requests/s, p50/p99 latency and errors.
// Target: 0 errors, p99 ≤ 100 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CLAIMS = Number(process.env.API_BENCH_CLAIMS ?? 100_000);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 200);
/** `tally serve --workers`: one process per core, the load generator shares them. */
const WORKERS = Number(process.env.API_BENCH_WORKERS ?? availableParallelism());
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Claims per generated article: a long live-blog page. */
const PER_ARTICLE = 50;

async function main() {
  const work = join(tmpdir(), 'tally-api-bench');
  mkdirSync(work, { recursive: true });
  const db = join(work, `claims-${CLAIMS}.db`);
  if (!existsSync(db)) await seedLedger(db);
  else console.log(`ledger of ${fmt(CLAIMS)} claims reused from ${db}`);

  // The real `tally serve`, in its own processes.
  const child = spawn(process.execPath, [join(root, 'bin/tally.js'), 'serve', '--port', '0', '--db', db, '--workers', String(WORKERS)], { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /at (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`tally serve exited with ${code}: ${err}`)));
  });
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
  // Cursors of real pages (pages 2 to 6 of each measure), for the varied run's "next page" requests.
  const cursors = [];
  for (const m of MEASURES) {
    let next = null;
    for (let page = 0; page < 5; page++) {
      const p = await (await fetch(`${base}/claims?measure=${m}&limit=50${next ? `&cursor=${encodeURIComponent(next)}` : ''}`)).json();
      if (!p.next) break;
      cursors.push([m, p.next]);
      next = p.next;
    }
  }
  const varied = () => {
    switch (int(0, 8)) {
      case 0: return `/claims?limit=50&party=${pick(PARTIES)}`;
      case 1: return `/claims?measure=${pick(MEASURES)}&limit=50`;
      case 2: return `/claims?measure=${pick(MEASURES)}&party=${pick(PARTIES)}&limit=50`;
      case 3: { const m = String(int(1, 12)).padStart(2, '0'); return `/claims?since=2024-${m}&until=2024-${m}&limit=50`; }
      case 4: return `/claims?source=${int(1, 200)}&limit=50`;
      case 5: return `/claims?q=${pick(WORDS)}&limit=50`;
      case 6: return `/claims?source=${encodeURIComponent(pick(SOURCES).name)}&limit=50`;
      case 7: return `/claims?affiliation=${pick(['UA', 'RU', 'US', 'GB'])}&measure=${pick(MEASURES)}&limit=50`;
      default: { const [m, c] = pick(cursors); return `/claims?measure=${m}&limit=50&cursor=${encodeURIComponent(c)}`; }
    }
  };
  // Warm up: the JIT and SQLite's page cache, as a running service would be.
  await run(base, () => pick(paths), 3, 20);
  const results = [
    ['repeated views', await run(base, (i) => paths[i % paths.length], SECONDS, CONNECTIONS)],
    ['varied queries', await run(base, varied, SECONDS, CONNECTIONS)],
  ];
  child.kill('SIGTERM');
  await new Promise((res) => child.once('exit', res));

  console.log(`\n${fmt(CLAIMS)} claims · ${CONNECTIONS} connections · ${SECONDS} s per run · ${WORKERS} server processes · ${availableParallelism()} cores shared by server and load generator (load average ${loadavg()[0].toFixed(1)})`);
  console.log('| run | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|---|');
  for (const [name, r] of results) {
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(`| ${name} | ${fmt(r.requests.total)} | ${fmt(Math.round(r.requests.average))} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.latency.max} | ${errors} |`);
  }
  console.log('| target | | | | | ≤ 100 | | 0 |');
}

/** Runs autocannon; `pathFor(i)` gives the path of the i-th request. */
function run(base, pathFor, duration, connections) {
  let i = 0;
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 10,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathFor(i++) }) }],
      },
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

await main();
