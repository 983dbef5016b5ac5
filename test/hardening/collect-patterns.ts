/**
 * Finds every regular expression the reader and the extractor can run on a stranger's
 * text, three ways, because each misses some:
 *
 * - regex literals in the source files (TypeScript's parser; catches module-private
 *   constants such as `const DATELINE = /…/`);
 * - every `new RegExp(…)` made while the modules load and while one sample article goes
 *   through the pipeline (catches patterns built from lexicon word lists, which no
 *   literal shows);
 * - every RegExp reachable from the modules' exports (finder objects' `pattern`, maps of
 *   patterns), which also names them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  /** Where it was found: `src/extract/finders/MoneyFinder.ts:12` or an export path. */
  where: string;
  source: string;
  flags: string;
}

/** Folders whose code reads text that strangers wrote. */
export const SCANNED_DIRS = ['src/extract', 'src/text', 'src/ingest'];

export function listSourceFiles(root: string, dirs = SCANNED_DIRS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

/** Regex literals in one TypeScript file. */
export function literalsIn(file: string, root: string): FoundPattern[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: FoundPattern[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const slash = lit.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push({ where: `${relative(root, file)}:${line + 1}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** RegExps reachable from a module's exports (finder objects, arrays and maps of patterns). */
export function regexpsInExports(mod: Record<string, unknown>, where: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, path: string, depth: number) => {
    if (v instanceof RegExp) {
      found.push({ where: path, source: v.source, flags: v.flags });
      return;
    }
    if (depth > 3 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) visit(x, `${path}.get(${String(k)})`, depth + 1);
    else if (v instanceof Set) for (const x of v) visit(x, `${path}[set]`, depth + 1);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`, depth + 1));
    else for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`, depth + 1);
  };
  for (const [name, value] of Object.entries(mod)) visit(value, `${where}#${name}`, 0);
  return found;
}

/**
 * Records every `new RegExp(…)` (and `RegExp(…)`) made while `during` runs. The global is
 * swapped for a recording subclass and put back before returning, so nothing after
 * sees it.
 */
export async function recordConstructed(during: () => Promise<void>): Promise<{ made: FoundPattern[]; error: unknown }> {
  const Original = globalThis.RegExp;
  const made: FoundPattern[] = [];
  const note = (re: RegExp) => {
    const stack = new Error().stack?.split('\n') ?? [];
    // The frame that built it: the first one outside this file. Patterns built by
    // dependencies (chrono-node's locales) are theirs to answer for and are not kept;
    // whether we feed them unbounded text is what the pipeline test checks.
    const frame = stack.slice(2).find((l) => !l.includes('collect-patterns')) ?? '';
    const at = /\((?<loc>[^)]*)\)\s*$/.exec(frame)?.groups?.loc ?? frame.trim().replace(/^at\s+/, '');
    if (!at.includes('/src/') || at.includes('node_modules')) return;
    made.push({ where: `new RegExp at ${at.replace(/^.*?\/(src\/)/, '$1')}`, source: re.source, flags: re.flags });
  };
  const Recording = function (this: unknown, pattern: string | RegExp, flags?: string) {
    const re = new Original(pattern, flags);
    note(re);
    return re;
  } as unknown as RegExpConstructor;
  Object.setPrototypeOf(Recording, Original);
  Object.defineProperty(Recording, 'prototype', { value: Original.prototype });
  // `x instanceof RegExp` must keep working for literals made by the original constructor.
  Object.defineProperty(Recording, Symbol.hasInstance, { value: (x: unknown) => x instanceof Original });
  let error: unknown = null;
  globalThis.RegExp = Recording;
  try {
    await during();
  } catch (err) {
    error = err;
  } finally {
    globalThis.RegExp = Original;
  }
  return { made, error };
}

/** Same pattern found several ways: keep the first (most specific) name. */
export function dedupe(patterns: FoundPattern[]): FoundPattern[] {
  const byKey = new Map<string, FoundPattern>();
  for (const p of patterns) {
    const key = `${p.flags.replace(/[gyd]/g, '')}/${p.source}`;
    if (!byKey.has(key)) byKey.set(key, p);
  }
  return [...byKey.values()];
}
