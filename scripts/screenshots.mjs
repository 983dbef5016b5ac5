// Refreshes the committed screenshots in docs/screenshots: runs the browser tests with
// their screenshot folder pointed there (a plain `npm test` saves them to tmp/screenshots,
// which git ignores).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/web/app.test.ts', 'test/web/series.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TALLY_SCREENSHOTS: 'docs/screenshots' },
});
process.exit(run.status ?? 1);
