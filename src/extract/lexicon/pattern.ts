/** Builds regex alternations from word lists: escaped, longest first, so "tens of thousands" wins over "tens". */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases; spaces match any run of whitespace, apostrophes match ’ too. */
export function alternation(words: Iterable<string>): string {
  const uniq = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return uniq.map((w) => escapeRegex(w).replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');
}

/**
 * The alternation of `words` for a case-insensitive pattern, as a trie: "kill(?:ed(?:\s+
 * or\s+wounded)?|s)". It matches what `alternation` matches, longest word first, but the
 * engine no longer tries every word at every position: on the 300 measure phrases a scan
 * costs a third. Words outside printable ASCII, or with spaces that are not single and
 * inside, keep the plain alternation.
 *
 * Why it matches the same: folded to lower case, the edges leaving a node match disjoint
 * sets of characters (a letter either case, another character, a run of spaces, ' or ’),
 * so the words that match at a position form a chain of prefixes; the trie tries them
 * deepest first, as the plain alternation tries them longest first.
 */
export function caselessAlternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean);
  if (list.some((w) => /[^\x20-\x7e]|\s\s|^\s|\s$/.test(w))) return alternation(list);
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of list) {
    let node = root;
    for (const ch of w.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const edge = (ch: string) => (ch === ' ' ? String.raw`\s+` : ch === "'" ? "['’]" : escapeRegex(ch));
  const emit = (node: Node): string => {
    const parts = [...node.next.keys()].sort().map((ch) => edge(ch) + emit(node.next.get(ch)!));
    if (!parts.length) return '';
    const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Letters of the scripts English news copy mixes in (Latin, Greek, Cyrillic), as a
 * character-class body: word edges for patterns without the unicode flag. Scanning a
 * sentence with a case-insensitive unicode pattern costs several times more.
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F`;

/**
 * The code of the character at `i`, or -1 past either end: as charCodeAt's NaN fails
 * every comparison, but a read out of bounds would send the engine back to slow code.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/** True for a character code in LETTER. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/** `words` standing as whole words: no letter of class `L`, nor one of `before`/`after`, touching them. */
function edged(words: Iterable<string>, L: string, before: string, after: string, flags: string): RegExp {
  const alt = flags.includes('i') ? caselessAlternation(words) : alternation(words);
  return new RegExp(String.raw`(?<![${L}${before}])(?:${alt})(?![${L}${after}])`, flags);
}

/** Any of `words` standing as a whole word, case-insensitive. */
export function wordPattern(words: Iterable<string>, flags = 'gi'): RegExp {
  return edged(words, LETTER, '', '', flags);
}

/**
 * A word boundary before a word list, for the fast scans: V8 runs a look-behind at every
 * position of a text and `\b` several times cheaper. When every word starts with an ASCII
 * letter, `\b` before it differs from "no letter before it" only after a digit or "_",
 * and texts with a digit or "_" before a letter (see ALNUM_JOIN) take the exact pattern.
 */
function boundaryBefore(words: readonly string[]): string {
  return words.every((w) => /^[A-Za-z]/.test(w)) ? String.raw`\b` : '(?<![A-Za-z])';
}
const ALNUM_JOIN = /[\d_][A-Za-z]/;
/** ALNUM_JOIN on a text: the cues and scans of one sentence ask in turn. */
const hasAlnumJoin = rememberLast((text: string) => ALNUM_JOIN.test(text));

/**
 * A word pattern in two forms: `exact` with LETTER edges, `fast` with ASCII edges and
 * `\b` before it (see edgeMatches); `before`: the characters other than letters that
 * may not stand before a match.
 */
export interface WordScan {
  exact: RegExp;
  fast: RegExp;
  before: string;
}

/** `before`/`after`: characters that, like letters, may not touch a word ("'’-" for "ex-said"). */
export function wordScan(words: Iterable<string>, before = '', after = ''): WordScan {
  const list = [...words];
  return {
    exact: edged(list, LETTER, before, after, 'gi'),
    fast: new RegExp(String.raw`${boundaryBefore(list)}(?:${caselessAlternation(list)})(?![A-Za-z${after}])`, 'gi'),
    before,
  };
}

/**
 * All matches of `scan.exact`, found with `scan.fast`: a look-behind costs twice as much
 * as `\b`, and a wide letter class 3x more again. The character before a match is
 * checked here, and a match with a wide letter after it is tried again with the exact
 * pattern.
 */
export function edgeMatches(scan: WordScan, text: string): RegExpExecArray[] {
  const { fast, exact, before } = scan;
  if (hasAlnumJoin(text)) return execAll(exact, text);
  const out: RegExpExecArray[] = [];
  let sticky: RegExp | null = null;
  fast.lastIndex = 0;
  for (let m = fast.exec(text); m; m = fast.exec(text)) {
    if (m.index > 0 && (isLetterCode(text.charCodeAt(m.index - 1)) || before.includes(text[m.index - 1]))) {
      fast.lastIndex = m.index + 1;
      continue;
    }
    const next = codeAt(text, m.index + m[0].length);
    if (next < 128 || !isLetterCode(next)) {
      out.push(m);
      continue;
    }
    sticky ??= new RegExp(exact.source, exact.flags.replace('g', '') + 'y');
    sticky.lastIndex = m.index;
    const e = sticky.exec(text);
    if (e) {
      out.push(e);
      fast.lastIndex = e.index + e[0].length;
    } else fast.lastIndex = m.index + 1;
  }
  return out;
}

/** A first test of a text: a pattern, or a word cue. */
export interface Cue {
  test(text: string): boolean;
}

/**
 * Any of `words` as a whole ASCII word, case-insensitive, or a match of one of `others`:
 * a cheap first test. Word cues merge into one scan with `anyCue`.
 */
export class WordCue implements Cue {
  private readonly fast: RegExp;
  private readonly exact: RegExp;

  constructor(
    readonly words: readonly string[],
    readonly others: readonly RegExp[] = [],
  ) {
    const alts = others.map((o) => `(?:${o.source})`);
    const exact = [...alts];
    if (words.length) {
      const alt = caselessAlternation(words);
      alts.push(String.raw`${boundaryBefore(words)}(?:${alt})(?![A-Za-z])`);
      exact.push(String.raw`(?<![A-Za-z])(?:${alt})(?![A-Za-z])`);
    }
    this.fast = new RegExp(alts.join('|') || '(?!)', 'i');
    this.exact = new RegExp(exact.join('|') || '(?!)', 'i');
  }

  test(text: string): boolean {
    return this.fast.test(text) || (hasAlnumJoin(text) && this.exact.test(text));
  }
}

/** A cheap first test: any of `words` as a whole ASCII word, case-insensitive. */
export function wordCue(words: Iterable<string>): WordCue {
  return new WordCue([...words]);
}

/** One cue matching where any of `cues` does: word cues merge into one alternation, which makes one scan several times cheaper than one per cue. */
export function anyCue(cues: Iterable<Cue>): WordCue {
  const words: string[] = [];
  const others: RegExp[] = [];
  for (const c of cues) {
    if (c instanceof WordCue) {
      words.push(...c.words);
      others.push(...c.others);
    } else if (c instanceof RegExp) others.push(c);
    else throw new Error('anyCue takes patterns and word cues');
  }
  return new WordCue(words, others);
}

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, found with an exec
 * loop: matchAll copies the pattern on each call, which costs more than a short scan.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place; step over one character
    // (a whole surrogate pair under the unicode flag, as matchAll does).
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/** Case-insensitive lookup key: lower case, curly quotes folded, runs of spaces collapsed. */
export function key(s: string): string {
  const lower = s.toLowerCase();
  // Most keys are plain words: the two replacements only when there is something to replace.
  return (ODD_KEY.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/\s+/g, ' ') : lower).trim();
}
const ODD_KEY = /[’‘]|[^\S ]| {2}/;

/**
 * A pure function of a string, remembered for its last argument: the passes over one
 * sentence or clause ask the same question in turn, and the answer costs a scan.
 */
export function rememberLast<T>(fn: (s: string) => T): (s: string) => T {
  let last: string | null = null;
  let answer: T;
  return (s: string): T => {
    if (s !== last) {
      answer = fn(s);
      last = s;
    }
    return answer;
  };
}

/**
 * A bounded memo for pure functions of short strings (speaker phrases, names): the
 * same "officials said" recurs thousands of times in a corpus. Cleared when full, so
 * memory stays flat on any input.
 */
export function memo<T>(fn: (s: string) => T, max = 4096, maxKey = 400): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    if (s.length > maxKey) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= max) cache.clear();
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}
