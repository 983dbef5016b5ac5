#!/usr/bin/env node
// Fits the party chooser's weights (src/extract/attachers/party-weights.ts) on corpora
// with gold claims: an averaged perceptron over each matched figure's candidates, with
// leave-articles-out cross-validation reported against the precedence rules alone.
//   node scripts/fit-party.mjs [CORPUS_DIR…] [--folds K] [--epochs N] [--seeds S] [--drop a,b,m:*] [--write]
// With no folder: the development corpus and training/articles (texts of our own on many
// wars, so that the weights learn how reports word sides, not one set's wars).
// Build first (npm run build or tsc). Only training corpora belong here: figures on
// a validation set are read with npm run eval:check, never fitted on.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
// The flags that take a value; any other word is the corpus folder.
const VALUED = new Set(['--folds', '--epochs', '--seeds', '--drop']);
const named = args.filter((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1]));
const corpora = named.length ? named : [join(root, '..', 'shared', 'corpus', 'dev'), join(root, 'training', 'articles')];
const FOLDS = flag('--folds', 5);
const EPOCHS = flag('--epochs', 8);
const write = args.includes('--write');
// --drop a,b,m:*: leave out the features of these names (and their per-measure forms), to
// measure what each family adds under cross-validation.
const dropAt = args.indexOf('--drop');
const DROP = new Set(dropAt >= 0 ? args[dropAt + 1].split(',') : []);
const kept = (f) => {
  const name = f.split('|')[0];
  return !DROP.has(name) && ![...DROP].some((d) => d.endsWith('*') && name.startsWith(d.slice(0, -1)));
};

for (const corpus of corpora) {
  if (!existsSync(corpus)) {
    console.error(`fit-party: no corpus folder at ${corpus}`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist', 'extract', 'pipeline.js'))) {
  console.error('fit-party: build first (npm run build)');
  process.exit(2);
}
const { loadInput, parseArticle } = await import(join(root, 'dist', 'ingest', 'index.js'));
const { extract } = await import(join(root, 'dist', 'extract', 'pipeline.js'));

// The precedence rules alone: the starting point, and the baseline the fit must beat.
const CHAIN = { chain: 1 };

const words = (s) => new Set((s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function overlap(a, b) {
  const A = words(a), B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.max(A.size, B.size);
}
const numbers = (s) => new Set(((s ?? '').match(/\d[\d,.]*/g) ?? []).map((x) => x.replace(/,/g, '')));
function sameFigure(p, g) {
  const a = (p.quote ?? '').toLowerCase(), b = (g.quote ?? '').toLowerCase();
  if (a && b && (a.includes(b) || b.includes(a))) return true;
  const n = numbers(b);
  for (const x of numbers(a)) if (n.has(x)) return true;
  return p.value?.low === g.value?.low && p.value?.high === g.value?.high;
}

/** Each gold claim paired with the predicted claim that reads the same figure in the same sentence. */
function pairs(pred, gold) {
  const used = new Set();
  const out = [];
  for (const g of gold) {
    let best = -1, bestScore = -1;
    pred.forEach((p, i) => {
      if (used.has(i) || (p.field ?? 'body') !== (g.field ?? 'body')) return;
      const sim = overlap(p.sentence, g.sentence);
      if (sim < 0.5 || !sameFigure(p, g)) return;
      if (sim > bestScore) {
        bestScore = sim;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      out.push([best, g]);
    }
  }
  return out;
}

// Examples: per article, each matched figure's candidates and the gold party.
const articles = [];
let unreachable = 0;
for (const [corpus, f] of corpora.flatMap((c) => readdirSync(c).sort().map((x) => [c, x]))) {
  if (!/\.(html?|txt)$/.test(f)) continue;
  const stem = f.replace(/\.(html?|txt)$/, '');
  let gold;
  try {
    gold = JSON.parse(readFileSync(join(corpus, `${stem}.gold.json`), 'utf8')).claims;
  } catch {
    continue;
  }
  const article = parseArticle(await loadInput(join(corpus, f), {}), {});
  const trace = [];
  const claims = extract(article, article.published ?? null, trace, CHAIN);
  const examples = [];
  for (const [i, g] of pairs(claims, gold)) {
    const cands = trace[i].map((c) => ({ party: c.party, features: c.features.filter(kept) }));
    // A figure whose party its table column sets is no choice of the chooser's.
    if (!cands.length) continue;
    // A gold party no candidate proposes cannot be learnt, but counts against every fit.
    const reachable = cands.some((c) => c.party === (g.party ?? null));
    if (!reachable) unreachable++;
    examples.push({ cands, gold: g.party ?? null, reachable });
  }
  articles.push({ stem, examples });
}

const score = (w, feats) => feats.reduce((s, f) => s + (w.get(f) ?? 0), 0);
function predict(w, ex) {
  let best = null, bestScore = -Infinity;
  for (const c of ex.cands) {
    const s = score(w, c.features);
    // Ties go to the precedence rules' answer, as in PartyChooser.chooseParty.
    if (s > bestScore || (s === bestScore && c.features.includes('chain'))) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

// A seeded shuffle, so that a fit is reproducible.
function shuffled(xs, seed) {
  const a = [...xs];
  let x = seed;
  for (let i = a.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function fitOnce(examples, seed) {
  const w = new Map(Object.entries(CHAIN));
  const total = new Map();
  let steps = 0;
  const bump = (f, d) => w.set(f, (w.get(f) ?? 0) + d);
  // Averaged perceptron, by the lazy-sum trick: total[f] accumulates d * (steps left).
  const last = new Map();
  const acc = (f) => {
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (steps - (last.get(f) ?? 0)));
    last.set(f, steps);
  };
  for (let e = 0; e < EPOCHS; e++) {
    for (const ex of shuffled(examples, 7 + (seed - 1) * 101 + e)) {
      if (!ex.reachable) continue;
      steps++;
      const guess = predict(w, ex);
      if (guess.party === ex.gold) continue;
      const right = ex.cands.find((c) => c.party === ex.gold);
      for (const f of right.features) {
        acc(f);
        bump(f, 1);
      }
      for (const f of guess.features) {
        acc(f);
        bump(f, -1);
      }
    }
  }
  const avg = new Map();
  for (const f of new Set([...w.keys()])) {
    acc(f);
    avg.set(f, (total.get(f) ?? 0) / Math.max(1, steps));
  }
  return avg;
}

// Several orders of the same examples, averaged: a perceptron's weights depend on the
// order it sees them in, and one order's quirks should not decide a refit.
const SEEDS = flag('--seeds', 31);
function fit(examples) {
  const sum = new Map();
  for (let k = 1; k <= SEEDS; k++) for (const [f, v] of fitOnce(examples, k)) sum.set(f, (sum.get(f) ?? 0) + v / SEEDS);
  return sum;
}

const accuracy = (w, examples) => examples.filter((ex) => predict(w, ex).party === ex.gold).length / Math.max(1, examples.length);
const chainW = new Map(Object.entries(CHAIN));
const all = articles.flatMap((a) => a.examples);
console.log(`${articles.length} articles, ${all.length} figures matched to gold (${unreachable} with the gold party among no candidate)`);
const folds = [];
for (let k = 0; k < FOLDS; k++) {
  const test = articles.filter((_, i) => i % FOLDS === k).flatMap((a) => a.examples);
  const train = articles.filter((_, i) => i % FOLDS !== k).flatMap((a) => a.examples);
  const w = fit(train);
  folds.push({ base: accuracy(chainW, test), fitted: accuracy(w, test), n: test.length });
}
const mean = (key) => folds.reduce((s, f) => s + f[key] * f.n, 0) / folds.reduce((s, f) => s + f.n, 0);
for (const [k, f] of folds.entries()) console.log(`fold ${k + 1}: ${f.n} figures, rules ${(100 * f.base).toFixed(1)}%, fitted ${(100 * f.fitted).toFixed(1)}%`);
console.log(`leave-articles-out (${FOLDS} folds): rules ${(100 * mean('base')).toFixed(1)}%, fitted ${(100 * mean('fitted')).toFixed(1)}%`);

const final = fit(all);
console.log(`on all figures: rules ${(100 * accuracy(chainW, all)).toFixed(1)}%, fitted ${(100 * accuracy(final, all)).toFixed(1)}%`);
if (write) {
  const rows = [...final.entries()].filter(([, v]) => Math.abs(v) >= 0.005).sort((a, b) => a[0].localeCompare(b[0]));
  const body = rows.map(([f, v]) => `  ${JSON.stringify(f)}: ${v.toFixed(3)},`).join('\n');
  const file = join(root, 'src', 'extract', 'attachers', 'party-weights.ts');
  writeFileSync(
    file,
    `/**
 * Weights of PartyChooser's features, fitted by scripts/fit-party.mjs (averaged
 * perceptron, ${EPOCHS} epochs, averaged over ${SEEDS} orders) on ${all.length} figures of ${articles.length} articles
 * (${corpora.map((c) => relative(root, c) || '.').join(', ')}).
 * Leave-articles-out (${FOLDS} folds): party right on ${(100 * mean('fitted')).toFixed(1)}% of figures, against
 * ${(100 * mean('base')).toFixed(1)}% for the precedence rules alone. Generated: refit, do not edit.
 */
export const PARTY_WEIGHTS: Readonly<Record<string, number>> = {
${body}
};
`,
  );
  console.log(`wrote ${rows.length} weights to ${file}`);
}
