/**
 * Sentence and paragraph splitting: every later span is an offset into the field text,
 * so each piece must be exactly the text between its offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs, plainBreaks, sentences } from '../../src/text/sentences.js';

function texts(s: string, base = 0): string[] {
  return sentences(s, base).map((x) => x.text);
}

describe('sentences', () => {
  const table: Array<[string, string[]]> = [
    ['Two soldiers died. Three were hurt.', ['Two soldiers died.', 'Three were hurt.']],
    ['The strike came on Oct. 8 at dawn. Nobody was hurt.', ['The strike came on Oct. 8 at dawn.', 'Nobody was hurt.']],
    ['Maj. Gen. Pat Ryder said 40 drones fell. The rest missed.', ['Maj. Gen. Pat Ryder said 40 drones fell.', 'The rest missed.']],
    ['U.S. officials said 500 troops left. Others stayed.', ['U.S. officials said 500 troops left.', 'Others stayed.']],
    ['"We lost 12 tanks," he said. The brigade withdrew.', ['"We lost 12 tanks," he said.', 'The brigade withdrew.']],
    ['Was it 300? Or 400? Nobody knew.', ['Was it 300?', 'Or 400?', 'Nobody knew.']],
    ['No full stop at the end', ['No full stop at the end']],
    ['J. Smith of the U.N. said so. Others agreed.', ['J. Smith of the U.N. said so.', 'Others agreed.']],
    ['Troops left St. Petersburg by train. They arrived.', ['Troops left St. Petersburg by train.', 'They arrived.']],
    ['The shelling was heavy. (The town was empty.) Rescuers came.', ['The shelling was heavy.', '(The town was empty.)', 'Rescuers came.']],
    ['  Padded with spaces and no stop  ', ['Padded with spaces and no stop']],
    ['Kyiv’s mayor said 3 died. Vitali Klitschko added more.', ['Kyiv’s mayor said 3 died.', 'Vitali Klitschko added more.']],
    ['A hyphenated long-established tradition ended.', ['A hyphenated long-established tradition ended.']],
    // A quoted question or exclamation goes on with a reporting clause that opens in lower case.
    ['“How do we count 300 dead?” asked one volunteer. Nobody knew.', ['“How do we count 300 dead?” asked one volunteer.', 'Nobody knew.']],
    ['“Run!” shouted two medics as shells fell. Then silence.', ['“Run!” shouted two medics as shells fell.', 'Then silence.']],
    ['He asked: “Why?” Nobody answered.', ['He asked: “Why?”', 'Nobody answered.']],
  ];
  it.each(table)('%s', (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it('keeps absolute offsets: each piece is the text between its offsets', () => {
    const field = 'Headline text.\n\nFirst one. Second one.\n\nThird, in its own paragraph.';
    for (const p of paragraphs(field)) {
      for (const s of sentences(p.text, p.start)) expect(field.slice(s.start, s.end)).toBe(s.text);
    }
    expect(paragraphs(field).flatMap((p) => texts(p.text, p.start))).toEqual(['Headline text.', 'First one.', 'Second one.', 'Third, in its own paragraph.']);
  });

  it('splits a paragraph far longer than the segmenter window the same way, with right offsets', () => {
    const unit = 'About 1,200 troops were killed, officials said. ';
    const n = 4_000; // ~200,000 characters: several windows
    const para = unit.repeat(n).trim();
    const got = sentences(para, 7);
    expect(got).toHaveLength(n);
    for (const s of got) {
      expect(s.text).toBe(unit.trim());
      expect(para.slice(s.start - 7, s.end - 7)).toBe(s.text);
    }
  });

  it('cuts a long run without sentence marks into pieces that cover it', () => {
    const para = 'word '.repeat(60_000).trim();
    const got = sentences(para);
    expect(got.length).toBeGreaterThan(1);
    expect(got.map((s) => s.text).join(' ')).toBe(para);
    for (const s of got) expect(para.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('plain paragraphs split without the segmenter', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ends = (s: string) => [...segmenter.segment(s)].map((x) => x.index + x.segment.length);
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('The', 'troops', 'said', 'Kyiv', 'a', 'it', 'NATO', 'x', 'Z', '300', '2023', '3.5', '1,200', 'km') },
    { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '. ', '! ', '? ', '.', ', ') },
    { weight: 2, arbitrary: fc.constantFrom('U.S.', 'e.g.', 'Oct.', 'a.m.', 'No.', '...', '."', '.)', '"', "'", '(', ')', '  ', '\t', ';', ':', '-', '.5', '’', '“', '”', '—', '–', 'é', 'É', 'ß', '€', '£', '\u00a0', '«', '»', 'Ukraine’s', '.”', '. “', '\u2024', '…', '\u0085', '\u2028', '。', 'ſ') },
    { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
  );
  const paragraph = fc.array(piece, { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));

  it('ends every sentence where Intl.Segmenter does whenever it claims a paragraph', () => {
    let plain = 0;
    fc.assert(
      fc.property(paragraph, (s) => {
        const got = plainBreaks(s);
        if (!got) return;
        plain++;
        expect(got, JSON.stringify(s)).toEqual(ends(s));
      }),
      { numRuns: 20000 },
    );
    // The generator must reach the plain path often enough for the comparison to mean something.
    expect(plain).toBeGreaterThan(2000);
  });

  const cases: Array<[string, boolean]> = [
    ['Two soldiers died. Three were hurt.', true],
    ['U.S. officials said 3.5 million left. e.g. this one.', true],
    ['He asked why? Nobody knew!', true],
    ['"We lost 12 tanks," he said. The brigade withdrew.', true],
    ['He said: "No." Then he left.', false],
    ['Wait... What happened?', false],
    ['In 2023. 500 people died.', true],
    ['In 2023. 500 People died.', true],
    ['They left. 61,860 bombs fell. 3 More came! 4 or 5 stayed.', true],
    ['Line one.\nLine two.', false],
    ['Kyiv — the capital. More later.', true],
    ['Ukraine’s army lost £1.2bn of kit. More “came” later.', true],
    ['He said it was over.” Then he left.', false],
    ['The end… Next one.', false],
    ['Київ. Next one.', false],
  ];
  it.each(cases)('%j takes the plain path: %s', (s, plain) => {
    expect(plainBreaks(s) !== null).toBe(plain);
    expect(texts(s)).toEqual(
      // Either way the sentences are the segmenter's, trimmed.
      [...segmenter.segment(s)].map((x) => x.segment.trim()).filter(Boolean).reduce<string[]>((acc, x) => (acc.length && /\b(?:U\.S|e\.g|Oct|a\.m|No)\.$/.test(acc[acc.length - 1]) && /^[A-Za-z0-9]/.test(x) ? [...acc.slice(0, -1), `${acc[acc.length - 1]} ${x}`] : [...acc, x]), []),
    );
  });
});
