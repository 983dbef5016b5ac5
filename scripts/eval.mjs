#!/usr/bin/env node
// Scores the extractor against a gold corpus with the shared scorer.
//   npm run eval          ../shared/corpus/dev, every miss listed (--verbose)
//   npm run eval:check    ../shared/corpus/check, aggregate figures only
// Predictions are written by scripts/predict.mjs (the CLI's read → extract → validate path,
// in one process) into a temporary folder, then read by the scorer's --pred mode.
// Exits 0 whatever the score; non-zero only when the evaluation cannot run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const check = args.includes('--check');
const extra = args.filter((a) => a !== '--check');
const corpus = process.env.TALLY_EVAL_CORPUS ?? join(shared, 'corpus', check ? 'check' : 'dev');
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.error(`eval: cannot find ${scorer} or ${corpus}`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('eval: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const pred = mkdtempSync(join(tmpdir(), 'tally-eval-'));
try {
  const p = spawnSync(process.execPath, [join(root, 'scripts', 'predict.mjs'), corpus, pred], { stdio: 'inherit' });
  if (p.status !== 0) process.exit(2);
  // The validation set is read for its aggregate figures only: no per-file misses.
  const verbose = check ? [] : ['--verbose'];
  const r = spawnSync(process.execPath, [scorer, corpus, '--pred', pred, ...verbose, ...extra], { stdio: 'inherit' });
  process.exitCode = r.status === 0 ? 0 : 2;
} finally {
  rmSync(pred, { recursive: true, force: true });
}
