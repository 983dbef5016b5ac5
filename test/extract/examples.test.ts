/**
 * The five example articles the README's first command ingests, against hand-made gold
 * files (test/fixtures/examples/<name>.gold.json, decided by shared/spec/claims.md).
 *
 * Claims are paired the way the shared scorer pairs them (same field, sentences sharing
 * at least half their words, quotes or values that coincide; one-to-one; claims whose
 * measure is `other` are left out on both sides), and each gold claim is one row checking
 * the strict fields: value (1%), unit, per, measure, party, source, statedOn, plus period.
 * Rows the extractor gets wrong today are listed in KNOWN_FAILURES and run as `it.fails`,
 * so the suite stays green while the failures stay visible.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInput, parseArticle } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { validateResult, type ExtractResult } from '../../src/contract.js';

interface GoldValue { low: number | null; high: number | null; approximate: boolean }
interface GoldSource { name: string; kind: string; anonymous: boolean; affiliation: string | null; via: string[]; aliases?: string[] }
interface GoldClaim {
  field: 'title' | 'subtitle' | 'body';
  quote: string;
  sentence: string;
  value: GoldValue;
  unit: string;
  per: string | null;
  measure: string;
  item: string | null;
  party: string | null;
  counterparty: string | null;
  location: string | null;
  source: GoldSource | null;
  statedOn: string | null;
  period: { start: string | null; end: string | null } | null;
  hedges: string[];
}
interface Gold {
  article: { title: string; subtitle: string | null; published: string | null; outlet: string | null; related: { title: string }[] };
  claims: GoldClaim[];
}
type Pred = ExtractResult['claims'][number];

const EXAMPLES = [
  'casualty-estimates-differ.txt',
  'kharkiv-front-territory.html',
  'nordic-air-defence-aid.txt',
  'odesa-drone-attack.html',
  'prisoner-exchange-june.html',
];

/**
 * Rows the extractor gets wrong today, by `<example>: <field> "<quote>" #<n>` (n counts
 * gold claims with the same field and quote, from 1), or `<example>: extra claims`.
 */
const KNOWN_FAILURES = new Set<string>([
  // period: the May average (got the update's day), "during the month" (got none)
  'casualty-estimates-differ: body "around 1,100" #1',
  'casualty-estimates-differ: body "more than 240" #1',
  'casualty-estimates-differ: body "600" #1',
  // source "Nordic states" for the headline pledge (got null)
  'nordic-air-defence-aid: title "€1.2 billion" #1',
  // party null for a joint figure (got DK); source the defence ministers (got null)
  'nordic-air-defence-aid: body "€1.2 billion" #1',
  // 12 radars: aid_committed, item radar (got unit other, measure other: unpaired)
  'nordic-air-defence-aid: body "12" #1',
  // source the ministers' joint statement, "according to the statement" (got null)
  'nordic-air-defence-aid: body "around 2,000" #1',
  // "Moscow says it received 84 servicemen": captured, party RU (got deployed, UA)
  'prisoner-exchange-june: subtitle "84" #1',
  // prisoners released: captured, person (got other: unpaired)
  'prisoner-exchange-june: body "3,233" #1',
  // source "a person familiar with the talks" (got null)
  'prisoner-exchange-june: body "up to 500" #1',
]);

// ---- matching, as shared/eval/score.mjs does it --------------------------------------

const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'to', 's']);
const norm = (s: unknown): string => String(s ?? '').toLowerCase().normalize('NFKC')
  .replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"')
  .replace(/[\u2010-\u2015]/g, '-');
const words = (s: unknown): string[] => norm(s).split(/[^\p{L}\p{N}$%.]+/u).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
const contentWords = (s: unknown): string[] => words(s).filter((w) => !STOP.has(w));
const flat = (s: unknown): string => norm(s).replace(/\s+/g, ' ').trim();

function overlap(a: string, b: string): number {
  const A = new Set(words(a)), B = new Set(words(b));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.max(A.size, B.size);
}
const close = (x: number | null, y: number | null): boolean => (x == null && y == null) ||
  (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y), 1e-9));
const valueOk = (p: GoldValue | undefined, g: GoldValue): boolean => !!p && close(p.low, g.low) && close(p.high, g.high);
function quoteOverlap(p: string, g: string): boolean {
  const P = flat(p), G = flat(g);
  if (!P || !G) return false;
  if (P.includes(G) || G.includes(P)) return true;
  const nums = (s: string) => new Set((s.match(/\d[\d,.]*/g) || []).map((x) => x.replace(/,/g, '')));
  const b = nums(G);
  for (const x of nums(P)) if (b.has(x)) return true;
  return false;
}
const TITLES = new Set(['president', 'prime', 'minister', 'secretary', 'gen', 'lieutenant', 'lt',
  'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'commander', 'spokesman',
  'spokeswoman', 'spokesperson', 'deputy', 'acting', 'governor', 'gov', 'mayor', 'senator', 'sen',
  'representative', 'rep', 'mr', 'mrs', 'ms', 'dr']);
const nameWords = (s: string): string[] => { const w = contentWords(s); const core = w.filter((x) => !TITLES.has(x)); return core.length ? core : w; };
function sourceOk(p: Pred['source'], g: GoldSource | null): boolean {
  if (g == null || p == null) return g == null && p == null;
  if ((g.affiliation ?? null) !== (p.affiliation ?? null)) return false;
  const P = new Set(nameWords(p.name));
  return [g.name, ...(g.aliases ?? [])].some((n) => {
    const G = nameWords(n);
    if (!G.length || !P.size) return false;
    return G.every((w) => P.has(w)) || [...P].every((w) => G.includes(w));
  });
}

/** Pairs gold with predicted claims one-to-one, best score first per gold claim (score.mjs). */
function match(pred: Pred[], gold: GoldClaim[]): Map<GoldClaim, Pred> {
  const used = new Set<number>();
  const pairs = new Map<GoldClaim, Pred>();
  for (const g of gold) {
    let best = -1, bestScore = -1;
    pred.forEach((p, i) => {
      if (used.has(i) || p.field !== g.field) return;
      const sim = overlap(p.sentence, g.sentence);
      if (sim < 0.5) return;
      const q = quoteOverlap(p.quote, g.quote), v = valueOk(p.value, g.value);
      if (!q && !v) return;
      const score = sim + (q ? 1 : 0) + (v ? 1 : 0);
      if (score > bestScore) { bestScore = score; best = i; }
    });
    if (best >= 0) { used.add(best); pairs.set(g, pred[best]!); }
  }
  return pairs;
}

/** The strict fields plus period, as one comparable object: what is wrong shows in the diff. */
function strictView(c: Pred | GoldClaim, gold: GoldClaim) {
  return {
    value: valueOk(c.value, gold.value) ? 'ok' : { low: c.value.low, high: c.value.high },
    unit: c.unit,
    per: c.per ?? null,
    measure: c.measure,
    party: c.party ?? null,
    source: sourceOk(c.source as Pred['source'], gold.source) ? 'ok' : c.source ? { name: c.source.name, affiliation: c.source.affiliation ?? null } : null,
    statedOn: c.statedOn ?? null,
    period: c.period ? { start: c.period.start ?? null, end: c.period.end ?? null } : null,
  };
}

// ---- the table -----------------------------------------------------------------------

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const stem = (file: string) => file.replace(/\.[a-z]+$/, '');
const goldOf = (file: string): Gold => JSON.parse(readFileSync(root(`test/fixtures/examples/${stem(file)}.gold.json`), 'utf8')) as Gold;
const scored = (c: { measure: string }) => c.measure !== 'other';

function rowsOf(file: string, gold: Gold): { key: string; gold: GoldClaim }[] {
  const seen = new Map<string, number>();
  return gold.claims.filter(scored).map((gold) => {
    const base = `${stem(file)}: ${gold.field} "${gold.quote}"`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: `${base} #${n}`, gold };
  });
}

const results = new Map<string, ExtractResult>();
beforeAll(async () => {
  for (const file of EXAMPLES) {
    const raw = await loadInput(root(`examples/${file}`));
    const article = parseArticle(raw);
    const claims = extractClaims(article, { published: article.published });
    results.set(file, validateResult({ article, claims }));
  }
});
const predOf = (file: string) => results.get(file)!;

describe.each(EXAMPLES)('example %s', (file) => {
  const gold = goldOf(file);

  it('article: title, published, outlet', () => {
    const a = predOf(file).article;
    expect({ title: flat(a.title), published: a.published ? a.published.slice(0, 10) : null, outlet: a.outlet ? flat(a.outlet) : null })
      .toEqual({ title: flat(gold.article.title), published: gold.article.published, outlet: gold.article.outlet ? flat(gold.article.outlet) : null });
  });

  for (const { key, gold: g } of rowsOf(file, gold)) {
    const run = KNOWN_FAILURES.has(key) ? it.fails : it;
    run(key, () => {
      const pairs = match(predOf(file).claims.filter(scored), gold.claims.filter(scored));
      const p = pairs.get(g);
      expect(p, `no predicted claim pairs with ${key}`).toBeDefined();
      expect(strictView(p!, g)).toEqual(strictView(g, g));
    });
  }

  const extraKey = `${stem(file)}: extra claims`;
  (KNOWN_FAILURES.has(extraKey) ? it.fails : it)(extraKey, () => {
    const pred = predOf(file).claims.filter(scored);
    const paired = new Set(match(pred, gold.claims.filter(scored)).values());
    expect(pred.filter((p) => !paired.has(p)).map((p) => `[${p.field}] ${p.quote} (${p.measure}): ${p.sentence}`)).toEqual([]);
  });
});
