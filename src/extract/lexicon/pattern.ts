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
 * Letters of the scripts English news copy mixes in (Latin, Greek, Cyrillic), as a
 * character-class body: word edges for patterns without the unicode flag. Scanning a
 * sentence with a case-insensitive unicode pattern costs several times more.
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F`;

/** True for a character code in LETTER. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/** `words` standing as whole words: no letter of class `L`, nor one of `before`/`after`, touching them. */
function edged(words: Iterable<string>, L: string, before: string, after: string, flags: string): RegExp {
  return new RegExp(String.raw`(?<![${L}${before}])(?:${alternation(words)})(?![${L}${after}])`, flags);
}

/** Any of `words` standing as a whole word, case-insensitive. */
export function wordPattern(words: Iterable<string>, flags = 'gi'): RegExp {
  return edged(words, LETTER, '', '', flags);
}

/** A word pattern in two forms: `exact` with LETTER edges, `fast` with ASCII edges (see edgeMatches). */
export interface WordScan {
  exact: RegExp;
  fast: RegExp;
}

/** `before`/`after`: characters that, like letters, may not touch a word ("'’-" for "ex-said"). */
export function wordScan(words: Iterable<string>, before = '', after = ''): WordScan {
  const list = [...words];
  return { exact: edged(list, LETTER, before, after, 'gi'), fast: edged(list, 'A-Za-z', before, after, 'gi') };
}

/**
 * All matches of `scan.exact`, found with `scan.fast`: a wide class in a look-behind is
 * tested at every position and costs 3x more. A fast match with a wide letter at either
 * edge is tried again with the exact pattern.
 */
export function edgeMatches(scan: WordScan, text: string): RegExpExecArray[] {
  const { fast, exact } = scan;
  const isWideLetter = (c: number) => c >= 128 && isLetterCode(c);
  const out: RegExpExecArray[] = [];
  let sticky: RegExp | null = null;
  fast.lastIndex = 0;
  for (let m = fast.exec(text); m; m = fast.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWideLetter(text.charCodeAt(m.index - 1)) && !isWideLetter(text.charCodeAt(end))) {
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

const CUE_WORDS = new WeakMap<RegExp, string[]>();

/**
 * A cheap first test: any of `words` as a whole ASCII word, case-insensitive. Cues
 * built here merge into one scan with `anyCue`.
 */
export function wordCue(words: Iterable<string>): RegExp {
  const list = [...words];
  const re = new RegExp(String.raw`(?<![A-Za-z])(?:${alternation(list)})(?![A-Za-z])`, 'i');
  CUE_WORDS.set(re, list);
  return re;
}

/** One pattern matching where any of `cues` does: word cues share one look-behind, which makes one scan several times cheaper than one per cue. */
export function anyCue(cues: Iterable<RegExp>): RegExp {
  const words: string[] = [];
  const others: string[] = [];
  for (const c of cues) {
    const w = CUE_WORDS.get(c);
    if (w) words.push(...w);
    else others.push(`(?:${c.source})`);
  }
  if (words.length) others.push(String.raw`(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z])`);
  return new RegExp(others.join('|') || '(?!)', 'i');
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
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A bounded memo for pure functions of short strings (speaker phrases, sentences): the
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
