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
