/**
 * The contract validator is the last line of defence for `tally extract --json` and the
 * API: it must accept every well-formed result, reject every malformed one with a
 * validation error (never a TypeError from its own code), and enforce the span rule
 * and `low ≤ high`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELDS, MEASURES, PERIODS, SOURCE_KINDS, UNITS, validateResult, type Article, type Claim, type ExtractResult } from '../../src/contract.js';
import { anyText, hostileText } from './arbitraries.js';

/** Runs per property: the validator is fast, so search wide. */
const RUNS = 300;

const isoDate = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const article: fc.Arbitrary<Article> = fc.record({
  title: anyText,
  subtitle: fc.option(anyText, { nil: null }),
  published: fc.option(isoDate, { nil: null }),
  outlet: fc.option(fc.string(), { nil: null }),
  url: fc.option(fc.webUrl(), { nil: null }),
  text: fc.oneof(hostileText, anyText).filter((t) => t.length > 0),
  related: fc.array(fc.record({ title: fc.string(), url: fc.option(fc.webUrl(), { nil: null }) }), { maxLength: 3 }),
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });

const value = fc
  .tuple(fc.option(finite, { nil: null }), fc.option(finite, { nil: null }), fc.boolean())
  .map(([a, b, approximate]) => {
    // low ≤ high whenever both are set: sort them.
    if (a != null && b != null && a > b) return { low: b, high: a, approximate };
    return { low: a, high: b, approximate };
  });

const source = fc.option(
  fc.record({
    name: fc.string({ minLength: 1 }),
    kind: fc.constantFrom(...SOURCE_KINDS),
    anonymous: fc.boolean(),
    affiliation: fc.option(fc.constantFrom('US', 'UA', 'RU', 'KP', 'KR', 'EU', 'NATO', 'UN'), { nil: null }),
    via: fc.array(fc.string(), { maxLength: 2 }),
  }),
  { nil: null },
);

/** A claim whose span really points at its quote in the article's field. */
function claimIn(a: Article): fc.Arbitrary<Claim> {
  const texts = { title: a.title, subtitle: a.subtitle ?? '', body: a.text };
  const fields = FIELDS.filter((f) => texts[f].length > 0);
  return fc
    .constantFrom(...fields)
    .chain((field) => {
      const t = texts[field];
      return fc
        .tuple(fc.nat({ max: t.length - 1 }), fc.nat({ max: t.length }))
        .map(([i, j]) => ({ field, start: Math.min(i, j), end: Math.max(i, j) === Math.min(i, j) ? Math.min(i, j) + 1 : Math.max(i, j), t }));
    })
    .chain(({ field, start, end, t }) =>
      fc.record({
        field: fc.constant(field),
        span: fc.constant([start, end] as [number, number]),
        quote: fc.constant(t.slice(start, end)),
        sentence: fc.string(),
        value,
        unit: fc.constantFrom(...UNITS),
        per: fc.option(fc.constantFrom(...PERIODS), { nil: null }),
        measure: fc.constantFrom(...MEASURES),
        item: fc.option(fc.string(), { nil: null }),
        party: fc.option(fc.constantFrom('US', 'UA', 'RU', 'KP'), { nil: null }),
        counterparty: fc.option(fc.constantFrom('US', 'UA', 'RU', 'KP'), { nil: null }),
        location: fc.option(fc.string(), { nil: null }),
        source,
        statedOn: fc.option(isoDate, { nil: null }),
        hedges: fc.array(fc.string(), { maxLength: 3 }),
      }),
    );
}

const result: fc.Arbitrary<ExtractResult> = article.chain((a) =>
  fc.array(claimIn(a), { maxLength: 5 }).map((claims) => ({ article: a, claims })),
);

/** The only ways validateResult may refuse: a zod issue list or the span rule. */
function refusedCleanly(err: unknown): boolean {
  return err instanceof z.ZodError || (err instanceof Error && /^span \[/.test(err.message));
}

describe('validateResult', () => {
  it('accepts every well-formed result and returns it unchanged', () => {
    fc.assert(
      fc.property(result, (r) => {
        expect(validateResult(r)).toEqual(r);
        // What the CLI prints and the API returns goes through JSON: it must survive that.
        expect(validateResult(JSON.parse(JSON.stringify(r)))).toEqual(JSON.parse(JSON.stringify(r)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses arbitrary values with a validation error, never a crash', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (x) => {
        try {
          validateResult(x);
        } catch (err) {
          expect(refusedCleanly(err), String(err)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a result with one field broken, with a validation error', () => {
    type Mutation = (r: ExtractResult) => ExtractResult | null;
    const breakers: Record<string, Mutation> = {
      'low above high': (r) => withClaim(r, (c) => ({ ...c, value: { low: 10, high: 9, approximate: false } })),
      'NaN value': (r) => withClaim(r, (c) => ({ ...c, value: { ...c.value, low: Number.NaN } })),
      'infinite value': (r) => withClaim(r, (c) => ({ ...c, value: { ...c.value, high: Number.POSITIVE_INFINITY, low: null } })),
      'span off by one': (r) =>
        withClaim(r, (c) => {
          const next = { ...c, span: [c.span[0] + 1, c.span[1] + 1] as [number, number] };
          return textOf(r, c).slice(next.span[0], next.span[1]) === c.quote ? null : next;
        }),
      'span past the end': (r) =>
        withClaim(r, (c) => {
          const next = { ...c, span: [c.span[0], textOf(r, c).length + 5] as [number, number] };
          // A quote that ends the text still slices out equal: that case is the known bug below.
          return textOf(r, c).slice(next.span[0], next.span[1]) === c.quote ? null : next;
        }),
      'negative span': (r) => withClaim(r, (c) => ({ ...c, span: [-1, c.span[1]] as [number, number] })),
      'fractional span': (r) => withClaim(r, (c) => ({ ...c, span: [c.span[0] + 0.5, c.span[1]] as [number, number] })),
      'empty quote': (r) => withClaim(r, (c) => ({ ...c, quote: '', span: [c.span[0], c.span[0]] as [number, number] })),
      'unknown unit': (r) => withClaim(r, (c) => ({ ...c, unit: 'parsecs' as Claim['unit'] })),
      'unknown measure': (r) => withClaim(r, (c) => ({ ...c, measure: 'vibes' as Claim['measure'] })),
      'bad date': (r) => withClaim(r, (c) => ({ ...c, statedOn: '17 December' })),
      'wrong field': (r) =>
        withClaim(r, (c) => {
          const other = c.field === 'body' ? 'title' : 'body';
          const next = { ...c, field: other as Claim['field'] };
          return textOf(r, next).slice(c.span[0], c.span[1]) === c.quote ? null : next;
        }),
      'missing article text': (r) => ({ ...r, article: { ...r.article, text: undefined as unknown as string } }),
    };
    fc.assert(
      fc.property(result.filter((r) => r.claims.length > 0), fc.constantFrom(...Object.keys(breakers)), (r, name) => {
        const broken = breakers[name](r);
        if (broken === null) return; // the mutation happened to leave a valid result
        let refused: unknown = null;
        try {
          validateResult(broken);
        } catch (err) {
          refused = err;
        }
        expect(refused, `${name} was accepted`).not.toBeNull();
        expect(refusedCleanly(refused), `${name}: ${String(refused)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // Known bug in src/contract.ts validateResult: the span rule is checked only as
  // `text.slice(start, end) === quote`, and slice clamps, so a span that runs past the
  // end of its text passes when the quote is the text's tail. Found by the property
  // above: text " ", quote " ", span [0, 6] is accepted. Expected: refused, since `end`
  // is not an offset into the text (also `end - start === quote.length` fails).
  it('refuses a span that runs past the end of its text (slice would clamp it)', () => {
    const article: Article = { title: '', subtitle: null, published: null, outlet: null, url: null, text: '40 drones', related: [] };
    const claim: Claim = {
      field: 'body',
      span: [3, 90],
      quote: 'drones',
      sentence: '40 drones',
      value: { low: 40, high: 40, approximate: false },
      unit: 'item',
      per: null,
      measure: 'strikes',
      item: 'drone',
      party: null,
      counterparty: null,
      location: null,
      source: null,
      statedOn: null,
      hedges: [],
    };
    expect(() => validateResult({ article, claims: [claim] })).toThrow();
  });
});

function textOf(r: ExtractResult, c: Claim): string {
  return c.field === 'title' ? r.article.title : c.field === 'subtitle' ? (r.article.subtitle ?? '') : r.article.text;
}

function withClaim(r: ExtractResult, f: (c: Claim) => Claim | null): ExtractResult | null {
  const changed = f(r.claims[0]);
  return changed === null ? null : { ...r, claims: [changed, ...r.claims.slice(1)] };
}
