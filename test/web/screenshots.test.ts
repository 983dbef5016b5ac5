/**
 * `npm test` leaves tracked files alone: the browser tests save their screenshots to a
 * folder git ignores, and only `npm run screenshots` writes the committed ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inGit = existsSync(join(ROOT, '.git'));

describe('screenshots', () => {
  it.skipIf(!inGit || process.env.TALLY_SCREENSHOTS)('go to an ignored folder during a test run', () => {
    const probe = join(SCREENSHOTS, 'timeline.png');
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', probe], { cwd: ROOT });
    expect(ignored.status, `${probe} is not ignored by git`).toBe(0);
  });
});
