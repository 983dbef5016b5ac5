/** Builds regex alternations from word lists: escaped, longest first, so "tens of thousands" wins over "tens". */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases; spaces match any run of whitespace, apostrophes match ’ too. */
export function alternation(words: Iterable<string>): string {
  const uniq = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return uniq.map((w) => escapeRegex(w).replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');
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
