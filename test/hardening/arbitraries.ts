/**
 * Hostile input, as fast-check arbitraries and as fixed worst cases.
 *
 * Two kinds of input matter: text that looks like war reporting closely enough to reach
 * every pass of the extractor (numbers, bounds, hedges, sources, dates) but is broken in
 * every way a stranger's page can be broken, and markup that attacks the reader (deep
 * nesting, huge attributes, broken entities, unclosed tags). Pure noise alone is not
 * enough: a random string almost never contains "between 1,200 and", so the interesting
 * passes would never run.
 */
import fc from 'fast-check';

/** Characters that are invisible or reorder text: they split tokens without looking like it. */
export const INVISIBLE = [
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // byte-order mark in the middle of text
  '\u00AD', // soft hyphen inside a number word
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202A', // left-to-right embedding
  '\u202B', // right-to-left embedding
  '\u202C', // pop directional formatting
  '\u202D', // left-to-right override
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2067', // right-to-left isolate
  '\u2068', // first strong isolate
  '\u2069', // pop directional isolate
  '\u034F', // combining grapheme joiner
] as const;

/** Separators and spaces a tokenizer may or may not treat as whitespace. */
export const SEPARATORS = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u00A0', // no-break space inside "1 200"
  '\u202F', // narrow no-break space, the French thousands separator
  '\u2009', // thin space
  '\u3000', // ideographic space
  '\u2028', // line separator: a line terminator for JS regexes, not for most people
  '\u2029', // paragraph separator
  '\u000B', // vertical tab
  '\u000C', // form feed
  '\u0085', // next line
] as const;

/** Strings that break UTF-16 assumptions: lone surrogates, astral characters, combining marks. */
export const BROKEN_UNICODE = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uDBFF\uDBFF', // two high surrogates
  '😀', // astral: two UTF-16 units
  '👩‍👩‍👧', // ZWJ sequence
  '🇺🇦', // regional indicators
  'e\u0301', // combining acute
  '1\u20E3', // keycap combining mark on a digit
  '\u0000', // NUL
  '\u0007', // bell
  '\uFFFD', // replacement character
  '\uFFFF', // noncharacter
] as const;

/** Number-like tokens in many scripts and formats, including ones that are malformed. */
export const NUMBERS = [
  '1,200',
  '12,000',
  '1.200',
  '1 200',
  '1\u00A0200',
  '1\u202F200',
  '1,2,3,4',
  '1,,200',
  ',200',
  '200,',
  '1.2.3',
  '0.5',
  '.5',
  '5.',
  '007',
  '1e9',
  '1e400',
  '-3',
  '−40', // minus sign U+2212
  '+12',
  '9'.repeat(40), // larger than Number.MAX_SAFE_INTEGER
  '9'.repeat(400), // Infinity when parsed
  '1/2',
  '½',
  '⅔',
  '٣٠٠', // Arabic-Indic digits
  '३००', // Devanagari digits
  '１２３', // full-width digits
  '²',
  '10-12',
  '10–12',
  '10—12',
  '10 to 12',
  '$5.6bn',
  '$5.6 billion',
  '€3bn',
  '£2m',
  '₴1.5 trillion',
  '5.6 billion rubles',
  '$',
  '$$',
  '40%',
  '40 percent',
  '40 per cent',
  '%40',
  '1,000 km²',
  '1,000 sq km',
  '300 square kilometres',
  '500 metres',
  '1,200 a day',
  '24/7',
  '2024',
  '2024-12-18',
  '18/12/2024',
  '12:30',
  '5 min read',
  '1st',
  '22nd',
  '0',
  '0%',
  '100,000,000,000,000,000',
  'NaN',
  'Infinity',
] as const;

/** Number words and the phrases around them, the lexicon's reach. */
export const NUMBER_WORDS = [
  'one',
  'two',
  'twelve hundred',
  'a dozen',
  'dozens',
  'a couple hundred',
  'a few hundred',
  'several hundred',
  'hundreds',
  'thousands',
  'tens of thousands',
  'hundreds of thousands',
  'several billion',
  'a million',
  'million million',
  'half',
  'about half',
  'less than a third',
  'two-thirds',
  'a fifth',
  'zero',
  'none',
  'nine hundred ninety-nine thousand',
  'one hundred and one',
  'hundred hundred hundred',
  'thousand thousand',
  'a an the',
] as const;

/** Bounds, hedges and range words the refiners merge. */
export const BOUND_WORDS = [
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'an estimated',
  'as many as',
  'up to',
  'nearly',
  'almost',
  'no more than',
  'fewer than',
  'at least',
  'more than',
  'over',
  'upwards of',
  'close to',
  'between',
  'and',
  'to',
  'or',
  'from',
  'reportedly',
  'allegedly',
  'if confirmed',
  'is said to',
  'according to reports',
  'not',
  'no',
] as const;

/** Nouns and verbs that trigger a measure, unit or item. */
export const MEASURE_WORDS = [
  'troops',
  'soldiers',
  'killed',
  'wounded',
  'casualties',
  'killed or wounded',
  'captured',
  'prisoners',
  'missing',
  'deployed',
  'sent',
  'tanks',
  'drones',
  'missiles',
  'shells',
  'launched',
  'intercepted',
  'destroyed',
  'pledged',
  'approved',
  'delivered',
  'disbursed',
  'in aid',
  'refugees',
  'displaced',
  'evacuated',
  'square kilometres',
  'of territory',
  'a day',
  'per week',
  'daily',
  'each month',
] as const;

/** Sources, places and dates: what the attachers and carry rules look for. */
export const CONTEXT_WORDS = [
  'the ministry said',
  'said on Monday',
  'according to the Pentagon',
  'a senior US official said',
  'officials said',
  'the NIS told lawmakers',
  'citing the NIS',
  'Reuters reported',
  'the Associated Press',
  'AP',
  'Ukraine',
  'Ukrainian',
  'Russia',
  'Russian',
  'North Korean',
  'South Korea',
  'Kursk Oblast',
  'in Kursk',
  'Seoul',
  'Kyiv',
  'NATO',
  'the EU',
  'the UN',
  'on 17 December',
  'on Saturday',
  'last week',
  'in October 2024',
  'since October',
  'in the first half of 2025',
  'yesterday',
  'on 31 February',
  'on 99 December',
  'in the year 99999',
  'the same number',
  'an equal number',
  'Zelensky',
  'Putin',
  'Biden',
  'The',
  'A',
  'He',
  'It',
] as const;

/** Punctuation that decides sentence and quote boundaries. */
export const PUNCTUATION = [
  '.',
  '. ',
  '...',
  '…',
  '!',
  '?',
  ';',
  ':',
  ',',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '-',
  '–',
  '—',
  '/',
  '\\',
  '*',
  '•',
  'U.S.',
  'Mr.',
  'e.g.',
  'No.',
] as const;

/** Words in other scripts: the text is English but names and quotes are not. */
export const OTHER_SCRIPTS = [
  'тысяч', // Cyrillic "thousands"
  'Курськ',
  '북한군', // Korean
  '명',
  'قتيل', // Arabic, right to left
  'חיילים', // Hebrew, right to left
  '千人', // CJK
  'ทหาร', // Thai, no spaces between words
  'Ζ', // Greek capital zeta looks like Z
  'Ⅻ', // Roman numeral twelve
  'ﬁ', // ligature
  'İ', // dotted capital I: changes length when lower-cased
  'ß', // changes length when upper-cased
  'Σ', // final sigma rules when lower-cased
] as const;

const pick = <T extends string>(xs: readonly T[]): fc.Arbitrary<string> => fc.constantFrom(...xs);

/** One token of war-report-like text, usually meaningful, sometimes broken. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(NUMBERS) },
  { weight: 3, arbitrary: pick(NUMBER_WORDS) },
  { weight: 4, arbitrary: pick(BOUND_WORDS) },
  { weight: 4, arbitrary: pick(MEASURE_WORDS) },
  { weight: 4, arbitrary: pick(CONTEXT_WORDS) },
  { weight: 3, arbitrary: pick(PUNCTUATION) },
  { weight: 1, arbitrary: pick(INVISIBLE) },
  { weight: 1, arbitrary: pick(BROKEN_UNICODE) },
  { weight: 1, arbitrary: pick(OTHER_SCRIPTS) },
  { weight: 1, arbitrary: fc.nat({ max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: pick(SEPARATORS) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: pick(INVISIBLE) },
);

/** Hostile war-report-like text: tokens joined by odd separators. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, separator), { maxLength: 120 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  hostileText,
);

/** Sentences a reporter could write, with the grammar intact but the details random. */
export const reportSentence: fc.Arbitrary<string> = fc
  .tuple(
    pick(['', 'About ', 'At least ', 'As many as ', 'Between ', 'Up to ', 'Nearly ', 'Some ']),
    pick(NUMBERS),
    pick(['', ' and ', ' to ', ' or ']),
    fc.option(pick(NUMBERS), { nil: '' }),
    pick([' North Korean', ' Russian', ' Ukrainian', '']),
    pick([' troops', ' soldiers', ' drones', ' tanks', ' civilians', ' in aid', ' of territory']),
    pick([' were killed', ' were wounded', ' were deployed', ' were launched', ' were pledged', ' were captured', ' have fled']),
    pick(['', ' in Kursk', ' in Kyiv Oblast', ' near Pokrovsk']),
    pick(['', ' on Monday', ' on 17 December', ' last week', ' since October']),
    pick(['', ', the ministry said', ', a senior US official said', ', according to the NIS', ', reportedly']),
    pick(['.', '!', '', '...']),
  )
  .map((p) => p.join(''));

/** A paragraph: report sentences mixed with hostile fragments. */
export const hostileParagraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: reportSentence }, { weight: 1, arbitrary: hostileText }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((xs) => xs.join(' '));

/** An article body: paragraphs joined the way the reader joins them. */
export const hostileBody: fc.Arbitrary<string> = fc
  .array(hostileParagraph, { maxLength: 8 })
  .map((ps) => ps.join('\n\n'));

// ---------------------------------------------------------------------------------
// Markup

/** Tags with special parsing rules or a special role for the reader. */
export const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'title',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'table',
  'tr',
  'td',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'time',
  'pre',
  'code',
  'script', // raw text: content is not markup
  'style', // raw text
  'textarea', // escapable raw text
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'form',
  'select',
  'option',
  'x-custom',
  'ARTICLE', // upper case
  'p:p', // namespaced
  'h1 ', // trailing space inside the tag name position
] as const;

/** Entities that are broken, huge, or decode to something hostile. */
export const ENTITIES = [
  '&amp;',
  '&amp',
  '&lt;script&gt;',
  '&nbsp;',
  '&nbsp',
  '&#0;',
  '&#x0;',
  '&#55296;', // a lone surrogate as a numeric reference
  '&#xD800;',
  '&#x10FFFF;',
  '&#x110000;', // beyond Unicode
  '&#xFFFFFFFFFFFF;',
  '&#99999999999999999999;',
  '&#;',
  '&#x;',
  '&nosuchentity;',
  '&;',
  '&',
  '&&&&',
  '&#8203;', // zero-width space, by reference
  '&#8238;', // right-to-left override, by reference
  '&NotNestedGreaterGreater;',
  '&ThickSpace;',
] as const;

const attrName = pick(['class', 'id', 'href', 'src', 'content', 'property', 'name', 'itemprop', 'datetime', 'style', 'data-x', 'onload', 'lang', 'dir', '', '"', '=', 'a b']);

const attrValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: pick(ENTITIES) },
  { weight: 1, arbitrary: pick(['article', 'content', 'og:title', 'article:published_time', 'rtl', 'javascript:alert(1)', 'https://example.test/a?b=1&c=2']) },
  // A huge attribute: the reader must not copy or scan it quadratically.
  { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)) },
);

const attribute: fc.Arbitrary<string> = fc
  .tuple(attrName, attrValue, pick(['"', "'", '']))
  .map(([n, v, q]) => ` ${n}=${q}${v}${q}`);

const htmlText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: reportSentence },
  { weight: 2, arbitrary: hostileText },
  { weight: 2, arbitrary: pick(ENTITIES) },
  { weight: 1, arbitrary: pick(['<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '<!', '</>', '<p', '"', "'", '=']) },
);

/** A tree of elements, text, comments and broken markup. */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText,
    fc.string({ maxLength: 20 }).map((c) => `<!--${c}-->`),
    fc
      .tuple(pick(TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.integer({ min: 0, max: 3 }))
      .map(([tag, attrs, kids, close]) => {
        const open = `<${tag}${attrs.join('')}>`;
        const inner = kids.join('');
        // 0: proper close, 1: unclosed, 2: wrong close tag, 3: self-closing syntax
        if (close === 0) return `${open}${inner}</${tag}>`;
        if (close === 1) return `${open}${inner}`;
        if (close === 2) return `${open}${inner}</${tag === 'div' ? 'span' : 'div'}>`;
        return `<${tag}${attrs.join('')}/>${inner}`;
      }),
  ),
}));

/** A hostile HTML document: sometimes well formed around the body, sometimes not at all. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(fc.tuple(fc.string({ maxLength: 40 }), pick(ENTITIES)), { nil: null }),
    fc.array(node, { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([wrap, head, body, meta]) => {
    const title = head ? `<title>${head[0]}${head[1]}</title>` : '';
    const metas = meta
      ? '<meta property="og:title" content="&quot;Hundreds&quot; killed"><meta property="article:published_time" content="2024-13-45T99:99"><meta name="author" content="&#xD800;">'
      : '';
    const inner = body.join('\n');
    return wrap ? `<!DOCTYPE html><html><head>${title}${metas}</head><body>${inner}</body></html>` : `${title}${inner}`;
  });

// ---------------------------------------------------------------------------------
// Fixed worst cases: too big for fast-check to generate often, so listed by hand.

const MB = 1 << 20;

/** Repeats `unit` until the result is at least `size` UTF-16 units long, then cuts it. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** One-megabyte single lines (no newline anywhere) of the shapes most likely to hurt. */
export function megabyteLines(): Array<{ name: string; text: string }> {
  return [
    { name: 'digits', text: fill('1', MB) },
    { name: 'grouped digits', text: fill('1,000,', MB) },
    { name: 'spaced numbers', text: fill('1 200 ', MB) },
    { name: 'number words', text: fill('hundred thousand million ', MB) },
    { name: 'range chain', text: fill('between 1 and ', MB) },
    { name: 'hedges', text: fill('about at least nearly up to ', MB) },
    { name: 'capitalised words', text: fill('Aaaa Bbbb Cccc ', MB) },
    { name: 'one sentence of claims', text: fill('about 1,200 Russian troops were killed in Kursk, the ministry said; ', MB) },
    { name: 'quotes', text: fill('"“‘\'', MB) },
    { name: 'money signs', text: fill('$5.6 billion €', MB) },
    { name: 'zero-width soup', text: fill('1\u200B0\u200D0\u202E,', MB) },
    { name: 'letters', text: fill('a', MB) },
    { name: 'mixed scripts', text: fill('тысяч 북한군 قتيل 千人 ', MB) },
  ];
}

/** Markup that has blown the stack or the clock of HTML readers before. */
export function hostileDocuments(): Array<{ name: string; html: string }> {
  const deep = (n: number, tag = 'div') => `${`<${tag}>`.repeat(n)}About 1,200 troops were killed.${`</${tag}>`.repeat(n)}`;
  return [
    { name: 'nesting 1,000 deep', html: `<html><body>${deep(1_000)}</body></html>` },
    { name: 'nesting 10,000 deep', html: `<html><body>${deep(10_000)}</body></html>` },
    { name: 'nesting 100,000 deep, unclosed', html: `<html><body>${'<div>'.repeat(100_000)}About 1,200 troops.</body></html>` },
    { name: 'nested inline 20,000 deep', html: `<p>${deep(20_000, 'b')}</p>` },
    { name: 'nested tables 5,000 deep', html: `${'<table><tr><td>'.repeat(5_000)}50 tanks${'</td></tr></table>'.repeat(5_000)}` },
    { name: 'huge attribute (5 MB)', html: `<html><body><p class="${fill('x', 5 * MB)}">300 drones were launched.</p></body></html>` },
    { name: 'many attributes', html: `<p ${Array.from({ length: 20_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>10 killed</p>` },
    { name: 'broken entities (1 MB)', html: `<p>${fill('&#xD800;&amp&#99999999999;&nosuch;&', MB)}</p>` },
    { name: 'one 1 MB paragraph', html: `<html><body><article><p>${fill('About 1,200 troops were killed, officials said. ', MB)}</p></article></body></html>` },
    { name: '50,000 paragraphs', html: `<article>${'<p>Some 40 drones were shot down overnight.</p>'.repeat(50_000)}</article>` },
    { name: 'unterminated comment', html: `<p>10 killed</p><!--${fill('x', MB)}` },
    { name: 'unterminated script', html: `<p>10 killed</p><script>${fill('var a = "<p>1</p>";', MB)}` },
    { name: 'unterminated attribute', html: `<p class="${fill('a', MB)}>10 killed</p>` },
    { name: 'only tags, no text', html: fill('<div><span></span></div>', MB) },
    { name: 'angle brackets', html: fill('<<<>>>', MB) },
    { name: 'NUL bytes', html: `<p>${fill('\u0000', 1000)}10 killed</p>` },
    // An unclosed CDATA section is read as a comment whose text holds "-->" and a doctype:
    // reading the page again after serialising it once never ended.
    { name: 'unclosed CDATA holding "-->" and a doctype', html: '<html><body><![CDATA[--><!DOCTYPE h' },
    { name: 'unclosed CDATA in MathML holding "-->" and a doctype', html: '<html><body><math><![CDATA[--><!DOCTYPE h' },
    { name: 'empty', html: '' },
    { name: 'whitespace', html: ' \n\t ' },
  ];
}

/** Deterministic token soup: the shape of real text, none of its regularity. */
function soup(seed: number, size: number): string {
  const pool = [...NUMBERS, ...NUMBER_WORDS, ...BOUND_WORDS, ...CONTEXT_WORDS, ...PUNCTUATION];
  let a = seed;
  let out = '';
  while (out.length < size) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out += pool[a % pool.length] + (a % 7 === 0 ? '' : ' ');
  }
  return out.slice(0, size);
}

/**
 * The adversarial strings. Each is a long run of something a pattern may match
 * repeatedly, most with a final character that makes the overall match fail, which is
 * what forces a backtracking engine to try every split of the run.
 */
export function adversarialStrings(SIZE: number): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [
  ['digits', '1'],
  ['zeros', '0'],
  ['digits and commas', '1,'],
  ['digits and dots', '1.'],
  ['digits and spaces', '1 '],
  ['digits and no-break spaces', '1\u00A0'],
  ['digits and thin spaces', '1\u202F'],
  ['grouped thousands', '1,000 '],
  ['ungrouped groups', '000,'],
  ['hyphen chains', '1-'],
  ['dash chains', '1–'],
  ['decimal points', '.5'],
  ['spaces', ' '],
  ['mixed whitespace', ' \t \u00A0 '],
  ['newlines', '\n'],
  ['blank-line runs', ' \n \n'],
  ['number words', 'one '],
  ['scale words', 'hundred thousand million '],
  ['vague quantities', 'tens of thousands of hundreds of '],
  ['dozens', 'dozens of '],
  ['range chains', 'between 1 and '],
  ['to chains', 'from 1 to '],
  ['bound chains', 'at least about nearly up to more than '],
  ['hedge chains', 'reportedly allegedly '],
  ['straight quotes', '"'],
  ['curly quotes', '“”‘’'],
  ['apostrophes', "'s "],
  ['capitalised words', 'Aaaa '],
  ['capital letters', 'A '],
  ['initials', 'A. '],
  ['abbreviations', 'U.S. '],
  ['dollar signs', '$'],
  ['amounts', '$1.'],
  ['euro amounts', '€1,'],
  ['percent signs', '%'],
  ['percentages', '1% '],
  ['letters', 'a'],
  ['reporting verbs', 'said '],
  ['according to', 'according to '],
  ['place names', 'Kursk Oblast '],
  ['parentheses', '('],
  ['hyphens', '-'],
  ['angle brackets', '<'],
  ['ampersands', '&'],
  ['areas', 'km² '],
  ['dates', '17 December '],
  ['zero-width digits', `1${INVISIBLE[0]}`],
  ['mixed separators', '1 1,1.1-1 '],
].flatMap(([name, unit]) => [
  { name, text: fill(unit, SIZE) },
  { name: `${name}, then a stop`, text: `${fill(unit, SIZE - 2)}x!` },
]);
  out.push({ name: 'token soup', text: soup(1, SIZE) }, { name: 'token soup without spaces', text: soup(2, SIZE).replace(/ /g, '') });
  return out;
}

