// Ledger benchmarks (imports dist/; run `npm run build` first):
// 1. ingest: a corpus of our own template articles (default 10,000; LEDGER_BENCH_ARTICLES
//    to change) through `tally ingest` end to end in a child process — reading, parsing,
//    extraction on every core, one transaction per article. Reports articles/s and peak RSS.
// 2. queries: filtered claim queries (what `tally claims` runs) over a ledger of 1,000,000
//    claims (LEDGER_BENCH_CLAIMS), bulk-loaded once and cached in the temp folder.
//    Reports p50/p95/max per filter. Targets on a 2-core machine: ≥150 articles/s, p95 ≤ 50 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openLedger } from '../dist/ledger/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.LEDGER_BENCH_ARTICLES ?? 10_000);
const CLAIMS = Number(process.env.LEDGER_BENCH_CLAIMS ?? 1_000_000);
const QUERIES_PER_FILTER = 40;
const work = join(tmpdir(), 'tally-ledger-bench');
mkdirSync(work, { recursive: true });

// A small deterministic PRNG so every run sees the same corpus.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const fmt = (n) => n.toLocaleString('en-US');

const OUTLETS = ['Harbour Herald', 'Plains Courier', 'Northern Ledger', 'Evening Dispatch', 'River Times', 'Capital Wire', 'Coastal Post', 'Morning Signal'];
const PLACES = ['Kherson', 'Zaporizhzhia', 'Kharkiv', 'Donetsk', 'Bakhmut', 'Avdiivka', 'Kursk', 'Odesa', 'Sumy', 'Pokrovsk'];
const SOURCES = ["Ukraine's General Staff", 'the Russian Defence Ministry', 'NSC spokesperson John Kirby', 'John Kirby', 'UK Defence Intelligence', 'the regional governor', 'Ukraine’s air force', 'the UN refugee agency'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CLAIM_TEMPLATES = [
  () => `${cap(pick(SOURCES))} said Russia had lost ${fmt(int(100_000, 700_000))} soldiers since February 2022.`,
  () => `In the past 24 hours, ${fmt(int(400, 1_600))} Russian troops were killed or wounded, according to ${pick(SOURCES)}.`,
  () => `${cap(pick(SOURCES))} said about ${fmt(int(2, 90) * 1000)} civilians had fled ${pick(PLACES)} this month.`,
  () => `The United States will send $${int(100, 900)} million in new military aid, ${pick(SOURCES)} said.`,
  () => `${cap(pick(SOURCES))} said ${int(10, 120)} drones were shot down over ${pick(PLACES)} overnight.`,
  () => `At least ${int(5, 60)} people were killed in a missile strike on ${pick(PLACES)} on ${pick(MONTHS)} ${int(1, 28)}, ${pick(SOURCES)} said.`,
  () => `${cap(pick(SOURCES))} reported that ${int(20, 300)} Ukrainian soldiers were captured near ${pick(PLACES)}.`,
];
const FILLER = [
  'Shelling continued along the front line through the night, residents said.',
  'The claims could not be independently verified.',
  'Both sides have accused each other of targeting civilian infrastructure.',
  'Power was restored to most homes by the morning.',
  'Talks on a prisoner exchange have stalled since the spring.',
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function articleHtml(i, bodyParas, outlet, date) {
  const title = `${pick(PLACES)} update ${i}: ${pick(['losses mount', 'strikes continue', 'aid arrives', 'front holds'])}`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="canonical" href="https://${outlet.toLowerCase().replace(/ /g, '')}.example/news/${i}">
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>${esc(title)}</h1>${bodyParas.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<footer>© ${outlet}</footer></body></html>`;
}

function generateCorpus(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  const bodies = [];
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const date = `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    // One article in ten is wire copy: an earlier body under another outlet and URL.
    const wire = bodies.length > 10 && rnd() < 0.1;
    const body = wire ? pick(bodies) : Array.from({ length: int(3, 6) }, () => `${pick(CLAIM_TEMPLATES)()} ${pick(FILLER)}`);
    if (!wire) bodies.push(body);
    writeFileSync(join(sub, `a${i}.html`), articleHtml(i, body, pick(OUTLETS), date));
  }
}

function benchIngest() {
  const dir = join(work, `corpus-${ARTICLES}`);
  const db = join(work, 'ingest.db');
  const t0 = performance.now();
  generateCorpus(dir, ARTICLES);
  const genS = (performance.now() - t0) / 1000;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const t1 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/tally.js'), 'ingest', dir, '--db', db, '--quiet', '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = (performance.now() - t1) / 1000;
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  const s = JSON.parse(r.stdout);
  const articles = s.added + s.replaced + s.unchanged;
  console.log(`corpus: ${ARTICLES} articles generated in ${genS.toFixed(1)}s (${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)})`);
  console.log('| ingest (end to end, CLI) | value |\n|---|---|');
  console.log(`| articles stored | ${articles} (${s.errors} errors) |`);
  console.log(`| claims stored | ${s.claims} |`);
  console.log(`| wall time incl. startup | ${wall.toFixed(1)} s |`);
  console.log(`| articles/s (wall) | ${(articles / wall).toFixed(0)} |`);
  console.log(`| articles/s (run, excl. startup) | ${s.articlesPerSecond.toFixed(0)} |`);
  console.log(`| peak RSS (main + workers) | ${s.peakRssMB} MB |`);
  console.log(`| target | ≥ 150 articles/s |`);
}

// ---------------------------------------------------------------------------------------
// 1,000,000 claims, bulk-loaded straight into the migrated schema (the ingest path is
// measured above; this measures reads).

const MEASURES = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'equipment_lost', 'strikes', 'aid_committed', 'displaced'];
const PARTIES = ['RU', 'UA', 'KP', null];
const AGGS = ['cumulative', 'increment', 'rate', 'point'];
const NAMES = Array.from({ length: 300 }, (_, i) => `Source number ${i}`);
const AFFS = ['UA', 'RU', 'US', 'UK', 'UN'];
const WORDS = ['shelling', 'drones', 'missile', 'artillery', 'tanks', 'brigade', 'convoy', 'bridge', 'refinery', 'trenches', 'village', 'river', 'airfield', 'depot', 'frontline', 'offensive'];

async function buildBig(final) {
  const db = `${final}.building`;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const ledger = await openLedger({ db });
  await ledger.close();
  const d = new Database(db);
  // A throwaway bulk load: no journal, a big cache, and the claim indexes, full-text
  // triggers and index built once at the end instead of row by row.
  d.pragma('journal_mode = OFF');
  d.pragma('synchronous = OFF');
  d.pragma('cache_size = -1000000');
  const deferred = d.prepare("select type, name, sql from sqlite_master where tbl_name = 'claims' and type in ('index', 'trigger') and sql is not null").all();
  for (const o of deferred) d.exec(`drop ${o.type} ${o.name}`);
  const now = new Date().toISOString();
  d.transaction(() => {
    const src = d.prepare('insert into sources (norm, name, kind, affiliation, surname, created_at) values (?, ?, ?, ?, null, ?)');
    const alias = d.prepare('insert into source_aliases (alias_norm, alias, source_id) values (?, ?, ?)');
    NAMES.forEach((n, i) => {
      src.run(n.toLowerCase(), n, 'official', AFFS[i % AFFS.length], now);
      alias.run(n.toLowerCase(), n, i + 1);
    });
    const ind = d.prepare("insert into indicators (key, measure, party, location, aggregation, unit, per, label, disagreements, stale) values (?, ?, ?, ?, ?, 'person', null, ?, 0, 0)");
    const indicators = [];
    for (const m of MEASURES) for (const p of PARTIES) for (const l of [...PLACES, null]) for (const a of AGGS) {
      indicators.push({ m, p, l, a });
      ind.run(JSON.stringify([m, p, l, a, 'person', null]), m, p, l, a, `${p ?? ''} ${m} ${l ?? ''} (${a})`);
    }
    const perArticle = 10;
    const art = d.prepare("insert into articles (key, url, title, subtitle, outlet, published, origin, feed_url, text, related, content_hash, raw_sha256, raw_content_type, raw_gz, version, claim_count, ingested_at, updated_at) values (?, ?, ?, null, ?, ?, 'bench', null, '', '[]', ?, null, null, null, 1, ?, ?, ?)");
    const cl = d.prepare(`insert into claims (claim_key, article_id, ord, field, span_start, span_end, quote, sentence, value_low, value_high, approximate, unit, per, measure, item, party, counterparty, location, source_json, source_id, affiliation, stated_on, date, hedges, aggregation, evidence, indicator_id, assertion_id, status, extracted)
      values (?, ?, ?, 'body', 0, 4, ?, ?, ?, ?, 0, 'person', null, ?, null, ?, null, ?, ?, ?, ?, ?, ?, '[]', ?, null, ?, null, 'extracted', '{}')`);
    for (let a = 0; a < CLAIMS / perArticle; a++) {
      const date = `20${int(22, 25)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      const articleId = art.run(`url:https://bench.example/${a}`, `https://bench.example/${a}`, `Bench article ${a}`, pick(OUTLETS), date, `h${a}`, perArticle, now, now).lastInsertRowid;
      for (let k = 0; k < perArticle; k++) {
        const i = int(0, indicators.length - 1);
        const { m, p, l, a: agg } = indicators[i];
        const s = int(1, NAMES.length);
        const v = int(1, 500_000);
        const sentence = `${NAMES[s - 1]} said ${v} were ${m} near ${l ?? 'the front'} after ${pick(WORDS)} and ${pick(WORDS)} ${pick(WORDS)}.`;
        cl.run(`k${a}_${k}`, articleId, k, String(v), sentence, v, v, m, p, l, JSON.stringify({ name: NAMES[s - 1], kind: 'official', anonymous: false, affiliation: AFFS[(s - 1) % AFFS.length], via: [] }), s, AFFS[(s - 1) % AFFS.length].toLowerCase(), date, date, agg, i + 1);
      }
    }
  })();
  for (const o of deferred.filter((x) => x.type === 'index')) d.exec(o.sql);
  d.exec("insert into claims_fts(claims_fts) values ('rebuild')");
  for (const o of deferred.filter((x) => x.type === 'trigger')) d.exec(o.sql);
  d.exec('analyze');
  d.pragma('journal_mode = WAL');
  d.close();
  renameSync(db, final);
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function benchQueries() {
  const db = join(work, `claims-${CLAIMS}-v2.db`);
  if (!existsSync(db)) {
    const t = performance.now();
    await buildBig(db);
    console.log(`\nledger of ${fmt(CLAIMS)} claims bulk-loaded in ${((performance.now() - t) / 1000).toFixed(0)}s (cached at ${db})`);
  } else console.log(`\nledger of ${fmt(CLAIMS)} claims reused from ${db}`);
  const ledger = await openLedger({ db });
  const filters = {
    measure: () => ({ measure: pick(MEASURES) }),
    'measure+party': () => ({ measure: pick(MEASURES), party: pick(['RU', 'UA', 'KP']) }),
    'source name': () => ({ source: `source number ${int(0, 299)}` }),
    affiliation: () => ({ affiliation: pick(AFFS) }),
    'since/until (month)': () => { const m = `202${int(2, 5)}-${String(int(1, 12)).padStart(2, '0')}`; return { since: m, until: m }; },
    'measure+since': () => ({ measure: pick(MEASURES), since: `202${int(3, 5)}-06` }),
    'text (1 word)': () => ({ text: pick(WORDS) }),
    'text (2 words)': () => ({ text: `${pick(WORDS)} ${pick(WORDS)}` }),
    article: () => ({ articleId: int(1, CLAIMS / 10) }),
    indicator: () => ({ indicatorId: int(1, 1400) }),
    'page 2 (cursor)': null,
  };
  const all = [];
  console.log('| filter | p50 ms | p95 ms | max ms |\n|---|---|---|---|');
  // Warm the page cache once, as a running service would be.
  await ledger.listClaims({ measure: 'killed' });
  for (const [name, make] of Object.entries(filters)) {
    const times = [];
    for (let i = 0; i < QUERIES_PER_FILTER; i++) {
      let t;
      if (make) {
        const f = make();
        t = performance.now();
        await ledger.listClaims(f, { limit: 50 });
      } else {
        const first = await ledger.listClaims({ measure: pick(MEASURES) }, { limit: 50 });
        t = performance.now();
        await ledger.listClaims({ measure: first.items[0].claim.measure }, { limit: 50, cursor: first.next });
      }
      times.push(performance.now() - t);
    }
    all.push(...times);
    console.log(`| ${name} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
  }
  console.log(`| **all filters** | ${pct(all, 50).toFixed(1)} | **${pct(all, 95).toFixed(1)}** | ${Math.max(...all).toFixed(1)} |`);
  console.log('target: p95 ≤ 50 ms (50 claims per page, as `tally claims` asks)');
  await ledger.close();
}

if (!process.env.LEDGER_BENCH_SKIP_INGEST) benchIngest();
if (!process.env.LEDGER_BENCH_SKIP_QUERIES) await benchQueries();
