/**
 * Big hostile inputs through the whole pipeline: 1 MB single lines, markup nested
 * 100,000 deep, 5 MB attributes, and the regex-safety suite's 100 KB adversarial
 * strings. Each runs in a worker (compiled code from dist/, as CI builds before testing)
 * that is killed at a safety bound, so a stuck input fails with its name instead of
 * hanging the run. The bounds are safety bounds, not speed targets: a linear pipeline
 * at a tenth of its speed stays well inside them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { adversarialStrings, hostileDocuments, megabyteLines } from './arbitraries.js';
import { haveDist, PipelineProbe, type ProbeResult } from './pipeline-probe.js';

/** Per 100 KB input. */
const BOUND_100K_MS = 15_000;
/** Per 1 MB input. */
const BOUND_1M_MS = 90_000;

/**
 * Inputs known to blow the bound, by name, with the bug. They stay visible as `it.fails`
 * (and cost their bound in time) until fixed.
 */
const DENSE = 'quadratic in figures per sentence';
const FRAMES = 'quadratic in speech frames, names or abbreviations per sentence';
const KNOWN_SLOW: Record<string, string> = {
  // src/extract (pipeline and attachers): time grows with mentions × sentence length. One
  // long sentence of figures — 100 KB of "between 1 and " gives 7,143 claims in about
  // 60 s; "1% " chains: 20 KB 2.3 s, 50 KB 29 s. Expected: linear, e.g. attachers that
  // look at a bounded window around each mention, or a cap on mentions per sentence.
  'range chain': DENSE,
  'range chains': DENSE,
  'one sentence of claims': DENSE,
  'money signs': DENSE,
  'zero-width soup': DENSE,
  'one 1 MB paragraph': DENSE,
  'grouped thousands': DENSE,
  'dash chains': DENSE,
  'vague quantities': DENSE,
  dozens: DENSE,
  'to chains': DENSE,
  amounts: DENSE,
  'euro amounts': DENSE,
  percentages: DENSE,
  'mixed separators': DENSE,
  // The same growth without any figure: "said said said…" (5 KB 0.1 s, 20 KB 1.5 s),
  // "A. A. A." and "U.S. U.S." (20 KB 0.7–0.8 s): every frame or entity rescans the sentence.
  'reporting verbs': FRAMES,
  initials: FRAMES,
  abbreviations: FRAMES,
};

/**
 * A known-slow input is given a sixth of its bound: it is expected to fail, and the
 * suite should not pay the full bound for each. Finishing inside this shorter limit
 * makes the `it.fails` test fail, which says: remove the entry.
 */
const KNOWN_SHARE = 1 / 6;

const probe = new PipelineProbe();
afterAll(() => probe.close());

if (!haveDist()) console.warn('big-input tests skipped: dist/ is missing (run npm run build)');

async function check(text: string, bound: number, contentType?: string): Promise<ProbeResult> {
  const r = await probe.run(text, bound, contentType);
  expect(r.error, 'threw').toBeUndefined();
  expect(r.invalid ?? null, 'contract').toBeNull();
  return r;
}

function cases<T extends { name: string }>(xs: T[]): { fine: T[]; known: T[] } {
  return { fine: xs.filter((x) => !(x.name in KNOWN_SLOW)), known: xs.filter((x) => x.name in KNOWN_SLOW) };
}

describe.skipIf(!haveDist())('whole pipeline on big hostile input', () => {
  const lines = cases(megabyteLines());
  it.each(lines.fine.map((l) => [l.name, l.text] as const))('1 MB single line of %s, as an article body', async (_n, text) => {
    await check(text, BOUND_1M_MS);
  }, 2 * BOUND_1M_MS);
  if (lines.known.length)
    it.fails.each(lines.known.map((l) => [l.name, l.text] as const))('1 MB single line of %s, as an article body (known bug)', async (_n, text) => {
      await check(text, BOUND_1M_MS * KNOWN_SHARE);
    }, 2 * BOUND_1M_MS);

  const docs = cases(hostileDocuments());
  const docBound = (html: string) => Math.max(BOUND_100K_MS, (html.length / 1e6) * BOUND_1M_MS);
  it.each(docs.fine.map((d) => [d.name, d.html] as const))('HTML: %s', async (_n, html) => {
    await check(html, docBound(html), 'text/html');
  }, 4 * BOUND_1M_MS);
  if (docs.known.length)
    it.fails.each(docs.known.map((d) => [d.name, d.html] as const))('HTML: %s (known bug)', async (_n, html) => {
      await check(html, docBound(html) * KNOWN_SHARE, 'text/html');
    }, 4 * BOUND_1M_MS);

  // The base shapes only: the "then a stop" variants matter to regex engines, not here.
  const strings = cases(adversarialStrings(100_000).filter((a) => !a.name.endsWith('then a stop')));
  it.each(strings.fine.map((a) => [a.name, a.text] as const))('100 KB text file of %s', async (_n, text) => {
    await check(`Headline\n\n${text}`, BOUND_100K_MS, 'text/plain');
  }, 2 * BOUND_100K_MS);
  if (strings.known.length)
    it.fails.each(strings.known.map((a) => [a.name, a.text] as const))('100 KB text file of %s (known bug)', async (_n, text) => {
      await check(`Headline\n\n${text}`, BOUND_100K_MS * KNOWN_SHARE, 'text/plain');
    }, 2 * BOUND_100K_MS);
});
