#!/usr/bin/env node
// Writes `tally extract --json` output for every input of a corpus folder into PRED_DIR,
// in one process: the scorer's --pred mode then reads them. Same code path as the CLI
// (loadInput → parseArticle → extractClaims → validateResult), without a process per file.
//   node scripts/predict.mjs CORPUS_DIR PRED_DIR
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) {
  console.error('usage: node scripts/predict.mjs CORPUS_DIR PRED_DIR');
  process.exit(2);
}
const { loadInput, parseArticle } = await import(join(root, 'dist', 'ingest', 'index.js'));
const { extractClaims } = await import(join(root, 'dist', 'extract', 'index.js'));
const { validateResult } = await import(join(root, 'dist', 'contract.js'));
mkdirSync(out, { recursive: true });
for (const f of readdirSync(corpus).sort()) {
  if (!/\.(html?|txt)$/.test(f) || f.endsWith('.gold.json')) continue;
  const file = join(corpus, f);
  try {
    const raw = await loadInput(file, {});
    const article = parseArticle(raw, {});
    const claims = extractClaims(article, { published: article.published ?? null });
    const result = validateResult({ article, claims });
    writeFileSync(join(out, f.replace(/\.(html?|txt)$/, '.json')), JSON.stringify(result, null, 2));
  } catch (err) {
    console.error(`${f}: ${err.message}`);
  }
}
