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

/** Any of `words` standing as a whole word, case-insensitive. */
export function wordPattern(words: Iterable<string>, flags = 'gi'): RegExp {
  return new RegExp(String.raw`(?<![${LETTER}])(?:${alternation(words)})(?![${LETTER}])`, flags);
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
