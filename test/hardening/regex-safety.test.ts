/**
 * Regular-expression safety: no pattern the reader or the extractor runs on a stranger's
 * text may backtrack catastrophically. Every pattern (see collect-patterns.ts) is run
 * over adversarial 100 KB strings in a worker thread; each scan must finish within a
 * generous safety bound. This is not a speed target: a linear pattern scans 100 KB in
 * about a millisecond, a quadratic one in seconds, an exponential one never.
 *
 * The whole pipeline gets the same strings in big-inputs.test.ts, since a finder's
 * `extract` and the refiners can be slow where their pattern is not.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract.js';
import { adversarialStrings } from './arbitraries.js';
import { dedupe, listSourceFiles, literalsIn, recordConstructed, regexpsInExports, type FoundPattern } from './collect-patterns.js';
import { RegexProbe } from './regex-probe.js';
import { rawOf } from './raw.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Size of each adversarial string: the issue's figure. */
const SIZE = 100_000;
/** Safety bound per 100 KB scan. A linear pattern needs ~1 ms; this catches quadratic and worse. */
const BOUND_MS = 2_000;
/** A scan still running after this is killed and reported as a hang. */
const HARD_LIMIT_MS = 4_000;
/** Inputs that exceed the bound before a pattern is judged: enough to show the shape of the problem. */
const MAX_FAILURES_SHOWN = 3;
/** Per pattern: every input passing at just under the bound would take this long. */
const PATTERN_TIMEOUT_MS = 180_000;

const ADVERSARIAL = adversarialStrings(SIZE);

// ---------------------------------------------------------------------------------------
// Collect the patterns: literals from the sources, constructed ones while the modules load
// and a sample article goes through, and exported ones.

const files = listSourceFiles(root);
const literals = files.flatMap((f) => literalsIn(f, root));

let reader: typeof import('../../src/ingest/index.js') | null = null;
let extractor: typeof import('../../src/extract/index.js') | null = null;
const exported: FoundPattern[] = [];
const loadErrors: string[] = [];
const { made } = await recordConstructed(async () => {
  for (const f of files) {
    try {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      exported.push(...regexpsInExports(mod, f.slice(root.length + 1)));
    } catch (err) {
      loadErrors.push(`${f.slice(root.length + 1)}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  try {
    reader = await import('../../src/ingest/index.js');
  } catch (err) {
    loadErrors.push(`src/ingest/index.ts: ${(err as Error).message.split('\n')[0]}`);
  }
  extractor = await import('../../src/extract/index.js');
  // Patterns built lazily, at first use, are made here.
  const sample = 'About 1,200 North Korean troops were killed in Kursk on Monday, the ministry said.\n\nUp to $5.6 billion was pledged.';
  const article = reader ? reader.parseArticle(rawOf(sample, 'text/plain')) : plainArticle(sample);
  extractor.extractClaims(article);
});

const patterns = dedupe([...exported, ...literals, ...made]);

function plainArticle(text: string): Article {
  return { title: '', subtitle: null, published: null, outlet: null, url: null, text, related: [] };
}

/**
 * Patterns known to be too slow, found by this test (timings: 100 KB killed at 4 s; the
 * 10 KB figure shows the growth). Matched by file and a distinctive piece of the
 * source. They stay visible as `it.fails` until fixed; a fixed pattern makes its test
 * fail, which says: remove the entry. Reach: the reader collapses runs of spaces in
 * `article.text`, so the whitespace cases hit library callers that pass raw text and
 * long runs inside one sentence; letter and capitalised-word runs reach every caller.
 */
const KNOWN_SLOW: Array<{ file: string; contains: string; why: string }> = [
  // None known: add an entry here when this test finds a slow pattern, with its timing.
];

function knownSlow(p: FoundPattern): string | null {
  const k = KNOWN_SLOW.find((e) => p.where.includes(e.file) && p.source.includes(e.contains));
  return k ? k.why : null;
}

// ---------------------------------------------------------------------------------------

// The same strings at a tenth of the size follow the full ones: a failing pattern is
// re-run on them to tell quadratic growth (100× slower at 10× the size) from worse.
const probe = new RegexProbe(
  [...ADVERSARIAL.map((a) => a.text), ...ADVERSARIAL.map((a) => a.text.slice(-SIZE / 10))],
  HARD_LIMIT_MS,
);
afterAll(() => probe.close());

describe('regular-expression safety', () => {
  it('finds the patterns of the reader and the extractor', () => {
    if (loadErrors.length) console.warn(`modules that did not load:\n  ${loadErrors.join('\n  ')}`);
    expect(patterns.length).toBeGreaterThan(0);
  });

  it('every finder module exports a { name, pattern: RegExp, extract } object', async () => {
    // Passes have PascalCase files (MoneyFinder.ts); lower-case files beside them are helpers.
    const finders = files.filter((f) => /\/src\/extract\/finders\/[A-Z][^/]*$/.test(f));
    for (const f of finders) {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      const shaped = Object.values(mod).filter(
        (v): v is { name: string; pattern: RegExp; extract: unknown } =>
          typeof v === 'object' && v !== null && 'pattern' in v && (v as { pattern: unknown }).pattern instanceof RegExp,
      );
      expect(shaped.length, `${f} exports no finder`).toBeGreaterThan(0);
      for (const finder of shaped) {
        expect(typeof finder.name).toBe('string');
        expect(typeof finder.extract).toBe('function');
      }
    }
  });

  const label = (p: FoundPattern) => `${p.where} /${p.source.length > 60 ? `${p.source.slice(0, 60)}…` : p.source}/${p.flags}`;
  const atTenth = async (p: FoundPattern, i: number) => {
    try {
      const { ms } = await probe.scan(p.source, p.flags, ADVERSARIAL.length + i);
      return ` (10 KB: ${ms.toFixed(1)} ms)`;
    } catch (err) {
      return ` (10 KB: ${(err as Error).message})`;
    }
  };
  const scanAll = async (p: FoundPattern) => {
    const slow: string[] = [];
    for (let i = 0; i < ADVERSARIAL.length; i++) {
      try {
        const { ms } = await probe.scan(p.source, p.flags, i);
        if (ms > BOUND_MS) slow.push(`${ADVERSARIAL[i].name}: ${Math.round(ms)} ms${await atTenth(p, i)}`);
      } catch (err) {
        slow.push(`${ADVERSARIAL[i].name}: ${(err as Error).message}${await atTenth(p, i)}`);
      }
      if (slow.length >= MAX_FAILURES_SHOWN) break;
    }
    expect(slow, `/${p.source}/${p.flags} at ${p.where} on 100 KB of`).toEqual([]);
  };
  const fine = patterns.filter((p) => knownSlow(p) === null);
  const known = patterns.filter((p) => knownSlow(p) !== null);
  if (fine.length) it.each(fine.map((p) => [label(p), p] as const))('%s', (_label, p) => scanAll(p), PATTERN_TIMEOUT_MS);
  // Known bugs (see KNOWN_SLOW): expected to fail until the pattern is fixed.
  if (known.length) it.fails.each(known.map((p) => [`${label(p)} (known: ${knownSlow(p)})`, p] as const))('%s', (_label, p) => scanAll(p), PATTERN_TIMEOUT_MS);
});
