#!/usr/bin/env node
// Runs the shared scorer over the dev corpus with `tally extract --json`.
// Exits 0 whatever the score; non-zero only when the evaluation cannot run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const corpus = process.env.TALLY_EVAL_CORPUS ?? join(shared, 'corpus', 'dev');
if (!existsSync(scorer) || !existsSync(corpus)) {
  console.error(`eval: cannot find ${scorer} or ${corpus}`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('eval: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const bin = join(root, 'bin', 'tally.js');
const extra = process.argv.slice(2);
const r = spawnSync(process.execPath, [scorer, corpus, '--run', `node ${bin} extract --json`, '--verbose', ...extra], { stdio: 'inherit' });
process.exit(r.status === 0 ? 0 : 2);
