// Extraction speed against two reference passes over the same generated text, and peak
// memory while extracting a 50 MB corpus streamed from disk.
//
//   regex split   article.split(/\s+/): the floor of any pass that looks at every word
//   wink-nlp      readDoc with sentence boundaries and entities: what a typical NLP
//                 pipeline pays just to tokenise
//   tally         parseArticle on plain-text input + extractClaims: every claim field
//
// Plain Node ESM importing dist/ (`npm run build` first). The passes take turns over
// slices of the corpus, so a change of load on a shared machine falls on all of them;
// the ratio is also given slice by slice. Each pass has a time budget so a slow build
// still finishes; a pass that runs out of time reports the share it covered.
// Options: --mb=N (throughput corpus, default 20), --stream-mb=N (memory corpus, default
// 50), --budget=SECONDS (per pass, default 40), --sample (print one generated article).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const m = /^--(?<k>[\w-]+)(?:=(?<v>.*))?$/.exec(a);
    return m ? [m.groups.k, m.groups.v ?? 'true'] : [a, 'true'];
  }),
);
const MB = 1e6;
/** Size of the in-memory corpus the three passes share: large enough to smooth out JIT warm-up. */
const CORPUS_MB = Number(args.mb ?? 20);
/** The issue's memory test: 50 MB read file by file. */
const STREAM_MB = Number(args['stream-mb'] ?? 50);
/** Seconds per pass before it stops and reports the share it covered. */
const BUDGET_S = Number(args.budget ?? 40);
/** Extraction must keep up with ingest: at least this many MB of text per second. */
const TARGET_MBS = 1.0;
/** Articles run through each pass before timing, so the JIT has seen every code path. */
const WARMUP_ARTICLES = 40;
/** Articles in a slice: each pass reads a slice in turn (about 300 KB). */
const SLICE_ARTICLES = 100;
/** A pass faster than this over a slice reads it again: timer noise stays under 1%. */
const MIN_SLICE_MS = 20;

// ---------------------------------------------------------------------------------------
// The generated corpus: our own templates, deterministic (seeded), about one sentence in
// five holding a figure, the rest number-free filler, as in real reporting.

function rng(seed) {
  // mulberry32: small, fast and good enough for picking words.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = {
  bound: ['', '', '', 'about ', 'around ', 'at least ', 'more than ', 'up to ', 'nearly ', 'an estimated ', 'as many as ', 'some ', 'fewer than '],
  num: () => [
    (r) => String(1 + Math.floor(r() * 90)),
    (r) => `${1 + Math.floor(r() * 98)},${String(Math.floor(r() * 1000)).padStart(3, '0')}`,
    (r) => `${1 + Math.floor(r() * 9)}.${Math.floor(r() * 10)} million`,
    (r) => ['a dozen', 'dozens of', 'hundreds of', 'thousands of', 'several hundred', 'a few hundred', 'tens of thousands of', 'two dozen'][Math.floor(r() * 8)],
    (r) => `between ${1 + Math.floor(r() * 9)},000 and ${10 + Math.floor(r() * 9)},000`,
    (r) => `${1 + Math.floor(r() * 50)} to ${51 + Math.floor(r() * 50)}`,
  ],
  party: ['Russian', 'Ukrainian', 'North Korean', 'Belarusian', 'Chechen'],
  thingParty: ['Russian', 'Ukrainian', 'Iranian-made', 'North Korean', 'Western-supplied'],
  people: ['troops', 'soldiers', 'servicemen', 'civilians', 'fighters', 'conscripts', 'marines', 'paratroopers'],
  peopleVerb: ['were killed', 'were wounded', 'were captured', 'have been deployed', 'were taken prisoner', 'went missing', 'were killed or wounded', 'were evacuated', 'have fled'],
  things: ['drones', 'missiles', 'tanks', 'armoured vehicles', 'artillery systems', 'glide bombs', 'shells', 'helicopters'],
  thingVerb: ['were launched', 'were shot down', 'were destroyed', 'were intercepted', 'were captured', 'were fired'],
  place: ['in Kursk Oblast', 'near Pokrovsk', 'in the Donetsk region', 'around Kharkiv', 'in Zaporizhzhia', 'along the front line', 'in the Sumy region', 'near Kupiansk', ''],
  when: ['on Monday', 'on Tuesday', 'overnight', 'on 17 December', 'last week', 'in the past 24 hours', 'since October', 'in November', 'on Saturday', ''],
  source: [
    'the ministry said',
    'the General Staff said in a statement',
    'a senior US official told reporters',
    'according to the South Korean intelligence service',
    'officials in Kyiv said',
    'the governor wrote on Telegram',
    'the Pentagon said on Wednesday',
    'according to an analysis by the Institute for the Study of War',
    'two people familiar with the matter said',
    'Reuters reported, citing sources',
    'the agency said, without giving evidence',
  ],
  money: () => [
    (r) => `$${1 + Math.floor(r() * 60)}.${Math.floor(r() * 10)} billion`,
    (r) => `€${1 + Math.floor(r() * 9)}bn`,
    (r) => `£${10 + Math.floor(r() * 900)} million`,
  ],
  donor: ['Washington', 'The European Union', 'Germany', 'The UK', 'Japan', 'The Netherlands', 'Congress'],
  aidVerb: ['pledged', 'approved', 'has delivered', 'announced', 'disbursed', 'still has to send'],
  filler: {
    subj: ['The village', 'The convoy', 'The town', 'The council', 'The delegation', 'The commander', 'The road to the north', 'The spokesman', 'The hospital', 'The bridge', 'The mood in the capital', 'The station'],
    verb: ['remained', 'was described as', 'appeared', 'grew', 'stayed', 'became', 'seemed', 'was reported as', 'looked'],
    adj: ['quiet', 'tense', 'uncertain', 'crowded', 'damaged', 'calm', 'difficult to reach', 'largely empty', 'under pressure', 'without power', 'hopeful'],
    tail: [
      'as snow fell across the region',
      'while negotiators met behind closed doors',
      'after a long night of shelling',
      'despite repeated appeals for calm',
      'as families queued for water and bread',
      'while the front moved slowly westward',
      'and officials declined to comment further',
      'as the winter set in',
      'before the curfew began',
      'while rescue teams searched the rubble',
    ],
  },
};

function choose(r, xs) {
  return xs[Math.floor(r() * xs.length)];
}

/** A figure with a bound word in front when it is a numeral ("about 1,200", not "about dozens of"). */
function quantity(r) {
  const n = choose(r, W.num())(r);
  return /^\d/.test(n) ? choose(r, W.bound) + n : n;
}

function figureSentence(r) {
  const kind = r();
  if (kind < 0.45) {
    return `${cap(quantity(r))} ${choose(r, W.party)} ${choose(r, W.people)} ${choose(r, W.peopleVerb)} ${choose(r, W.place)} ${choose(r, W.when)}, ${choose(r, W.source)}.`;
  }
  if (kind < 0.75) {
    return `${cap(quantity(r))} ${choose(r, W.thingParty)} ${choose(r, W.things)} ${choose(r, W.thingVerb)} ${choose(r, W.when)}, ${choose(r, W.source)}.`;
  }
  if (kind < 0.9) {
    const m = choose(r, W.money())(r);
    return `${choose(r, W.donor)} ${choose(r, W.aidVerb)} ${m} in military aid for Ukraine ${choose(r, W.when)}, ${choose(r, W.source)}.`;
  }
  return `Russian forces have taken about ${100 + Math.floor(r() * 900)} square kilometres ${choose(r, W.place)} ${choose(r, W.when)}, ${choose(r, W.source)}.`;
}

function fillerSentence(r) {
  const f = W.filler;
  return `${choose(r, f.subj)} ${choose(r, f.verb)} ${choose(r, f.adj)} ${choose(r, f.tail)}.`;
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One plain-text article: a headline, a blank line, paragraphs separated by blank lines. */
function makeArticle(r) {
  const paragraphs = [];
  const nParas = 6 + Math.floor(r() * 10);
  for (let p = 0; p < nParas; p++) {
    const sentences = [];
    const nSent = 2 + Math.floor(r() * 5);
    for (let s = 0; s < nSent; s++) sentences.push(r() < 0.2 ? figureSentence(r) : fillerSentence(r));
    paragraphs.push(sentences.join(' '));
  }
  const title = figureSentence(r).replace(/, [^,]*\.$/, '').replace(/\s+/g, ' ');
  return `${title}\n\n${paragraphs.join('\n\n').replace(/ {2,}/g, ' ').replace(/ ,/g, ',')}\n`;
}

function makeCorpus(seed, bytes) {
  const r = rng(seed);
  const out = [];
  let size = 0;
  while (size < bytes) {
    const a = makeArticle(r);
    out.push(a);
    size += Buffer.byteLength(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The passes

async function loadTally() {
  const mod = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const { parseArticle, extractClaims } = mod;
  if (typeof extractClaims !== 'function') throw new Error('dist/index.js exports no extractClaims');
  if (typeof parseArticle !== 'function') throw new Error('dist/index.js exports no parseArticle');
  return (text) => {
    const bytes = Buffer.from(text);
    // sha256 is what loadInput adds for the ledger; the reader does not read it.
    const article = parseArticle({ bytes, contentType: 'text/plain; charset=utf-8', url: null, origin: 'bench.txt', sha256: '' });
    return extractClaims(article).length;
  };
}

async function loadWink() {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  // Sentence boundaries and named entities: the least a pipeline needs to find
  // "who said how many"; the default pipeline adds sentiment and negation and is slower.
  const nlp = winkNLP(model, ['sbd', 'ner']);
  return (text) => {
    const doc = nlp.readDoc(text);
    return doc.sentences().out().length + doc.entities().out().length;
  };
}

const splitPass = (text) => text.split(/\s+/).length;

/**
 * Runs the passes over the corpus slice by slice, taking turns (the order rotates from
 * slice to slice), until done or out of budget; returns what each covered. On a shared
 * machine the load moves by the minute: passes run one after the other could see
 * different loads, passes taking turns see the same.
 */
function timePasses(fns, corpus, sizes, budgetS) {
  for (const fn of fns) for (let i = 0; i < Math.min(WARMUP_ARTICLES, corpus.length); i++) fn(corpus[i]);
  const acc = fns.map(() => ({ s: 0, bytes: 0, words: 0, articles: 0, out: 0, slices: [] }));
  for (let from = 0, k = 0; from < corpus.length; from += SLICE_ARTICLES, k++) {
    const to = Math.min(corpus.length, from + SLICE_ARTICLES);
    for (let j = 0; j < fns.length; j++) {
      const p = (j + k) % fns.length;
      const a = acc[p];
      if (a.s > budgetS) continue;
      const t0 = performance.now();
      let bytes = 0;
      // A fast pass goes over the slice again, so that its time rests on milliseconds.
      for (let round = 0; round === 0 || performance.now() - t0 < MIN_SLICE_MS; round++) {
        for (let i = from; i < to; i++) {
          a.out += fns[p](corpus[i]);
          bytes += sizes[i].bytes;
          a.words += sizes[i].words;
          a.articles++;
        }
      }
      const s = (performance.now() - t0) / 1000;
      a.s += s;
      a.bytes += bytes;
      a.slices.push(bytes / s);
    }
  }
  return acc.map((a) => ({ ...a, partial: a.slices.length < Math.ceil(corpus.length / SLICE_ARTICLES) }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// ---------------------------------------------------------------------------------------
// Peak memory: a child process extracts every file of a 50 MB folder, one at a time.

async function childStream(dir, budgetS) {
  const extract = await loadTally();
  const files = readdirSync(dir).sort();
  let peak = process.memoryUsage().rss;
  let bytes = 0;
  let claims = 0;
  let done = 0;
  const t0 = performance.now();
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    claims += extract(buf.toString('utf8'));
    bytes += buf.length;
    done++;
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
    if (performance.now() - t0 > budgetS * 1000) break;
  }
  // maxRSS (kB) also catches peaks between samples.
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  process.stdout.write(JSON.stringify({ files: files.length, done, bytes, claims, maxRss, s: (performance.now() - t0) / 1000 }));
}

function runChild(dir, budgetS) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child-stream', `--dir=${dir}`, `--budget=${budgetS}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`memory run exited with ${code}`))));
  });
}

// ---------------------------------------------------------------------------------------

const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  if (args['child-stream']) return childStream(args.dir, Number(args.budget));
  if (args.sample) return void console.log(makeCorpus(1, 1)[0]);

  const t0 = performance.now();
  const corpus = makeCorpus(1, CORPUS_MB * MB);
  const sizes = corpus.map((a) => ({ bytes: Buffer.byteLength(a), words: a.split(/\s+/).length }));
  const totalBytes = sizes.reduce((s, a) => s + a.bytes, 0);
  console.log(`corpus: ${corpus.length} generated articles, ${fmt(totalBytes / MB)} MB, budget ${BUDGET_S} s per pass`);

  const passes = [
    ['regex split', splitPass],
    ['wink-nlp sbd+ner', await loadWink()],
  ];
  let tallyError = null;
  try {
    passes.push(['tally extract', await loadTally()]);
  } catch (err) {
    tallyError = err;
  }
  const results = {};
  const timed = timePasses(passes.map(([, fn]) => fn), corpus, sizes, BUDGET_S);
  console.log('\npass              MB/s     words/s   articles/s  covered');
  passes.forEach(([name], i) => {
    const r = timed[i];
    results[name] = r;
    console.log(
      `${name.padEnd(16)} ${fmt(r.bytes / MB / r.s, 2).padStart(6)} ${fmt(r.words / r.s, 0).padStart(11)} ${fmt(r.articles / r.s, 0).padStart(11)}  ${r.partial ? `${fmt(r.bytes / MB)} MB (budget)` : 'all'}`,
    );
  });
  if (tallyError) {
    console.log(`tally extract    not run: ${tallyError.message}`);
    process.exitCode = 1;
    return;
  }
  const tally = results['tally extract'];
  const wink = results['wink-nlp sbd+ner'];
  const ratio = tally.bytes / tally.s / (wink.bytes / wink.s);
  // Slice by slice the two passes ran at the same load: the spread shows what the load did.
  const perSlice = tally.slices.map((t, i) => t / wink.slices[i]).filter((x) => Number.isFinite(x));
  const mbs = tally.bytes / MB / tally.s;
  console.log(`\nclaims: ${fmt(tally.out / tally.articles)} per article`);
  // Accuracy comes first: the sentence model costs time, and the floor is what ingest needs.
  console.log(`tally extract: ${fmt(mbs, 2)} MB/s (target >= ${fmt(TARGET_MBS, 1)}) ${mbs >= TARGET_MBS ? 'ok' : 'BELOW TARGET'}`);
  console.log(
    `ratio tally/wink: ${fmt(ratio, 2)} (for comparison); ` +
      `per slice median ${fmt(median(perSlice), 2)}, range ${fmt(Math.min(...perSlice), 2)}-${fmt(Math.max(...perSlice), 2)} over ${perSlice.length} slices`,
  );
  console.log(`ratio tally/split: ${fmt(tally.bytes / tally.s / (results['regex split'].bytes / results['regex split'].s), 3)}`);

  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  try {
    const streamCorpusDir = join(dir, 'corpus');
    mkdirSync(streamCorpusDir);
    const r = rng(2);
    let written = 0;
    let i = 0;
    while (written < STREAM_MB * MB) {
      // One article per file, as `tally ingest DIR` would read them.
      const text = makeArticle(r);
      writeFileSync(join(streamCorpusDir, `${String(i++).padStart(6, '0')}.txt`), text);
      written += Buffer.byteLength(text);
    }
    const m = await runChild(streamCorpusDir, BUDGET_S * 2);
    const mbDone = m.bytes / MB;
    console.log(
      `\nmemory: extracted ${m.done}/${m.files} files (${fmt(mbDone)} of ${fmt(written / MB)} MB) from disk in ${fmt(m.s)} s; ` +
        `peak RSS ${fmt(m.maxRss / 2 ** 20, 0)} MiB (target <= 300) ${m.maxRss <= 300 * 2 ** 20 ? 'ok' : 'OVER TARGET'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\ntotal ${fmt((performance.now() - t0) / 1000)} s`);
}

main().catch((err) => {
  console.error(`extract bench: ${err.message}`);
  process.exit(1);
});
