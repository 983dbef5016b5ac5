/**
 * A sentence whose cues all fail is never given to the finders, so every cue must match
 * wherever its finder's pattern can: a cue that misses loses figures without a trace.
 * Random text is built from the finders' own words, digits, joiners and letters of
 * other scripts right next to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDERS } from '../../src/extract/default.js';
import { FRACTIONS, SCALES, TENS_WORDS, UNITS_WORDS, VAGUE } from '../../src/extract/lexicon/numbers.js';
import { FRAME_CUES, findFrames, mayHoldFrame } from '../../src/extract/attachers/SourceAttacher.js';
import { REPORTING_VERBS } from '../../src/extract/lexicon/reporting.js';
import { ALL_DATE_PARSERS, DAY_OR_YEAR, parserFor, RELATIVE_CUES } from '../../src/extract/attachers/dates.js';
import { BOUND_BEFORE, mayEndWithBound } from '../../src/extract/refiners/BoundRefiner.js';
import { RATE_CUES } from '../../src/extract/refiners/RateRefiner.js';
import { BOUNDS } from '../../src/extract/lexicon/bounds.js';
import { RATE_ADJECTIVES, RATE_PHRASES } from '../../src/extract/lexicon/units.js';
import { MEASURE_TRIGGERS, OTHER_TRIGGERS } from '../../src/extract/lexicon/measures.js';
import { alternation, anyCue, caselessAlternation, key, edgeMatches, execAll, wordCue, wordScan } from '../../src/extract/lexicon/pattern.js';

const lexicon = [
  ...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS), ...Object.keys(VAGUE),
  'a', 'of', 'the', 'no', 'zero', 'dozen', 'casualties', 'people', 'soldiers', 'one', 'half', 'Hundreds', 'THOUSANDS', 'Twenty-Five',
];
const joiners = [' ', '  ', '\n', '-', '–', '_', '.', ',', "'", '’', '/', '+', '$', '€', '£', '(', ')', ':', '#', '@', '\u00a0'];
const letters = ['é', 'ß', 'Ж', 'ж', 'λ', 'Ω', '中', 'ا', 'x', 'Z', 'ſ', 'K'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...lexicon) },
  { weight: 3, arbitrary: fc.constantFrom(...joiners) },
  { weight: 2, arbitrary: fc.constantFrom(...letters) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));

describe('finder cues', () => {
  for (const f of FINDERS) {
    it(`${f.name}: its cue matches wherever its pattern does`, () => {
      fc.assert(
        fc.property(text, (s) => {
          const ctx = { field: 'body' as const, text: s, published: null };
          f.pattern.lastIndex = 0;
          for (const m of s.matchAll(f.pattern)) {
            // A match the finder turns down ("a" alone) is no figure.
            if (!f.extract(ctx, m as RegExpExecArray)) continue;
            expect(f.cue.test(s), `${JSON.stringify(s)} gave ${JSON.stringify(m[0])}`).toBe(true);
          }
        }),
        { numRuns: 3000 },
      );
    });
  }

  const table: Array<[string, boolean]> = [
    ['The town remained tense after the shelling.', false],
    ['Nobody was hurt and often the sirens stopped.', false],
    ['Someone said the convoy was delayed.', false],
    ['Three soldiers were killed.', true],
    ['Hundreds fled across the river.', true],
    ['About two-thirds of the city lost power.', true],
    ['No civilians were hurt.', false],
    ['The brigade lost 14 tanks.', true],
  ];
  it.each(table)('%s → some cue: %s', (s, want) => {
    expect(FINDERS.some((f) => f.cue.test(s))).toBe(want);
  });
});

describe('frame cue', () => {
  const verbs = REPORTING_VERBS.map((v) => v.replace(/ /g, ' '));
  const sentence = fc
    .tuple(fc.constantFrom('The ministry', 'Officials', 'He', 'Kyiv', 'ISW', 'Reuters'), fc.constantFrom(...verbs, 'remained', 'fought'), fc.constantFrom(...joiners), fc.constantFrom(...letters, ''))
    .map(([np, v, j, l]) => `${np} ${v}${j}${l} 200 troops were killed, according to officials.`);
  FRAME_CUES.forEach(([pattern, cue], i) => {
    it(`frame pattern ${i + 1}: its cue matches wherever it does`, () => {
      fc.assert(
        fc.property(fc.oneof(sentence, text), (s) => {
          const hit = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(s);
          if (hit) expect(cue.test(s), `${JSON.stringify(s)} matched ${JSON.stringify(hit[0])}`).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
  it('a sentence with a frame passes mayHoldFrame', () => {
    expect(findFrames('Officials said 200 troops were killed.', 'body').length).toBeGreaterThan(0);
    expect(mayHoldFrame('Officials said 200 troops were killed.', 'body')).toBe(true);
  });
  it.each([
    ['The village remained quiet as snow fell.', false],
    ['The ministry said 40 drones were downed.', true],
    ['According to the governor, two people died.', true],
    ["ISW's latest estimate puts losses higher.", true],
  ])('%s → %s', (s, want) => {
    expect(mayHoldFrame(s as string, 'body')).toBe(want);
  });
});

describe('edge matches', () => {
  const words = ['said', 'says', 'killed', 'killed and wounded', 'wounded', 'told', 'estimate', 'estimated'];
  const scan = wordScan(words, "'’-", '-');
  const piece = fc.oneof(fc.constantFrom(...words, ' ', '-', 'é', 'Ж', 'λ', 'x', '’', "'", 'and', 'ß', '5', '_', '9_', 'K', 'ſ'), fc.string({ maxLength: 2 }));
  it('finds exactly what the exact pattern finds, wide letters, digits and "_" at the edges included', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')), (s) => {
        const want = [...s.matchAll(scan.exact)].map((m) => [m.index, m[0]]);
        const got = edgeMatches(scan, s).map((m) => [m.index, m[0]]);
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('word cues', () => {
  const words = ['no', 'zero', 'said', 'killed and wounded', "didn't", 'dozen'];
  const exact = new RegExp(String.raw`\d|(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z])`, 'i');
  const cue = anyCue([/\d/, wordCue(words.slice(0, 3)), wordCue(words.slice(3))]);
  const piece = fc.oneof(fc.constantFrom(...words, 'NO', 'Said', ' ', '-', '_', 'x', 'é', 'Ж', '’', "'", '\n'), fc.string({ maxLength: 2 }));
  it('a merged cue answers as one exact pattern does, after digits and "_" too', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join('')), (s) => {
        expect(cue.test(s), JSON.stringify(s)).toBe(exact.test(s));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['5said', true],
    ['_no', true],
    ['unsaid', false],
    ['piano', false],
    ['zero-sum', true],
    ['zeros', false],
    ["didn’t", true],
  ])('word cue on %s → %s', (s, want) => {
    expect(wordCue(words).test(s)).toBe(want);
  });
});

describe('refiner cues', () => {
  const boundWords = Object.keys(BOUNDS).flatMap((b) => [b, b.toUpperCase(), b.split(' ').pop()!]);
  const rateWords = [...Object.keys(RATE_PHRASES), ...Object.keys(RATE_ADJECTIVES)].flatMap((r) => [r, ...r.split(' ')]);
  const junk = [' ', '  ', '\n', ',', '.', '-', '(', '’', 'x', 'é', 'Ж', 'İ', 'K', '5', 'troops', 'on', 'average', 'for', 'in'];
  const textOf = (words: string[]) => fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...junk), fc.string({ maxLength: 2 })), { maxLength: 10 }).map((xs) => xs.join(''));
  it('a bound before a figure passes the last-word test wherever the pattern finds it', () => {
    fc.assert(
      fc.property(textOf(boundWords), (s) => {
        if (BOUND_BEFORE.test(s)) expect(mayEndWithBound(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 6000 },
    );
  });
  it.each([
    ['killed at least ', true],
    ['(about ', true],
    ['approx. ', true],
    ['killed ', false],
    ['about', false],
    ['xabout ', false],
  ])('last-word test on %j → %s', (s, want) => {
    expect(mayEndWithBound(s)).toBe(want);
  });
  RATE_CUES.forEach(([pattern, cue], i) => {
    it(`rate pattern ${i + 1}: its cue matches wherever it does`, () => {
      fc.assert(
        fc.property(textOf(rateWords), (s) => {
          if (pattern.test(s)) expect(cue.test(s), JSON.stringify(s)).toBe(true);
        }),
        { numRuns: 6000 },
      );
    });
  });
});

describe('caseless alternation', () => {
  const lists: Array<[string, string[]]> = [
    ['measure phrases', [...MEASURE_TRIGGERS.flatMap((t) => t.phrases), ...OTHER_TRIGGERS]],
    ['reporting verbs', REPORTING_VERBS],
    ['number words', [...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALES), ...Object.keys(VAGUE)]],
    ['prefixes and marks', ['kill', 'killed', 'killed or wounded', 'killed or', 'Kursk', 'kursk oblast', 'US', 'us', "didn't", 'e.g.', 'a.m', 'co-op', 'co', 'x&y', '$5', 'a+b', '(c)']],
  ];
  lists.forEach(([name, words]) => {
    it(`matches what the plain alternation matches: ${name}`, () => {
      const plain = new RegExp(String.raw`(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z])`, 'gi');
      const trie = new RegExp(String.raw`(?<![A-Za-z])(?:${caselessAlternation(words)})(?![A-Za-z])`, 'gi');
      const anchored = new RegExp(String.raw`(?:${caselessAlternation(words)})\s*$`, 'i');
      const anchoredPlain = new RegExp(String.raw`(?:${alternation(words)})\s*$`, 'i');
      const piece = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...words).map((w) => (w.length > 2 ? w.slice(0, 1 + (w.length % 5)) : w)) },
        { weight: 6, arbitrary: fc.constantFrom(...words) },
        { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
        { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '\n', '-', "'", '’', '.', ',', 'x', 'é', 'K', 'ſ', '5') },
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join('')), (s) => {
          expect(execAll(trie, s).map((m) => [m.index, m[0]]), JSON.stringify(s)).toEqual(execAll(plain, s).map((m) => [m.index, m[0]]));
          expect(anchored.exec(s)?.[0], JSON.stringify(s)).toBe(anchoredPlain.exec(s)?.[0]);
        }),
        { numRuns: 3000 },
      );
    });
  });
  it('is a trie: "kill" is written once', () => {
    expect(caselessAlternation(['killed', 'kills', 'killed or wounded'])).toBe(String.raw`kill(?:ed(?:\s+or\s+wounded)?|s)`);
  });
});

describe('lookup keys', () => {
  it.each([
    ['Killed  Or\tWounded', 'killed or wounded'],
    ['didn’t', "didn't"],
    [' Tens of thousands ', 'tens of thousands'],
    ['KILLED', 'killed'],
  ])('key of %j is %j', (s, want) => {
    expect(key(s)).toBe(want);
  });
});

describe('execAll', () => {
  // Patterns that match empty strings, surrogate pairs and overlapping candidates.
  const patterns = [/\d*/g, /(?:)/gu, /a|ab/g, /\p{L}*/gu, /(?<=x)y?/g, /said|says/gi, /\b/g];
  const piece = fc.oneof(fc.constantFrom('a', 'ab', 'x', 'y', 'said', 'SAYS', '1', '22', ' ', '😀', 'é', 'Ж'), fc.string({ maxLength: 2 }));
  patterns.forEach((re) => {
    it(`gives what matchAll gives for ${re}`, () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join('')), (s) => {
          const want = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
          expect(execAll(re, s).map((m) => [m.index, m[0]])).toEqual(want);
          expect(re.lastIndex).toBe(0);
        }),
        { numRuns: 1500 },
      );
    });
  });
});

describe('relative-date cue', () => {
  const words = ['that', 'the same', 'evening', 'morning', 'afternoon', 'night', 'day', 'later', 'a', 'one', 'earlier', 'before',
    'the', 'previous', 'last', 'past', 'this', 'next', 'week', 'month', 'year', 'weekend', 'few', 'days', 'weeks', 'ago',
    'recently', 'on', 'Monday', 'Tuesday', 'Sunday', 'yesterday', 'today', 'TONIGHT', 'since', 'into'];
  const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ',', '\n', "'s", 'x')), { maxLength: 8 }).map((xs) => xs.join(' '));
  RELATIVE_CUES.forEach(([pattern, cue], i) => {
    it(`relative pattern ${i + 1}: the cue matches wherever it does`, () => {
      fc.assert(
        fc.property(text, (s) => {
          const hit = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(s);
          if (hit) expect(cue.test(s), `${JSON.stringify(s)} matched ${JSON.stringify(hit[0])}`).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('date parser sets', () => {
  // Month and weekday names with the words around them in reports, every ordinal word the
  // parser knows, numeric dates and their separators, so each parser's cue is tested where
  // it must fire.
  const words = ['on', 'in', 'since', 'by', 'of', 'the', 'early', 'mid-', 'late', 'last', 'next', 'this', 'to', 'until', 'and', '-', ',', '.', '/',
    'January', 'Feb', 'Feb.', 'march', 'May', 'may', 'June', 'Sept', 'sept.', 'October', 'Dec', 'december', 'Monday', 'tuesday', 'Sun', 'Sat.', 'weekend',
    'today', 'yesterday', 'tonight', 'tomorrow', 'tmrw', 'last night', 'now', 'noon', 'AD', 'BC', 'EST', 'GMT', 'troops', 'said', 'month',
    'first', 'second', 'third', 'fourth', 'fifth', 'ninth', 'twelfth', 'thirteenth', 'twentieth', 'twenty-first', 'thirtieth', 'thirty first',
    '2024', '17', '3', '12/17', '17.12.2024', '2024-12-17', '2024/12/17', '2024 December', '17th', '1st'];
  const reference = { instant: new Date(Date.UTC(2024, 11, 20, 12)), timezone: 0 };
  const read = (p: typeof ALL_DATE_PARSERS, s: string) =>
    p.parse(s, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), ['day', 'month', 'year', 'weekday', 'hour'].map((k) => r.start.isCertain(k as 'day'))]);
  it("a window's own parsers read what all of them read", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.integer({ min: 0, max: 2030 }).map(String)), { minLength: 1, maxLength: 7 })
      .chain((xs) => fc.constantFrom(' ', '', ', ').map((sep) => xs.join(sep)));
    fc.assert(
      fc.property(text, (s) => {
        expect(read(parserFor(s), s), s).toEqual(read(ALL_DATE_PARSERS, s));
      }),
      { numRuns: 4000 },
    );
  });
  it('every ordinal word the parser reads as a day trips the day cue', () => {
    for (const w of words.slice(words.indexOf('first'), words.indexOf('2024'))) expect(DAY_OR_YEAR.test(`on the ${w} of May`), w).toBe(true);
  });
});

