/**
 * Claim filters on the command line read as the API reads them: blank or invisible text
 * is no filter, and SQL wildcards are characters, not patterns.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, root, tally } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-filters-'));
const env = { TALLY_DB: join(dir, 'ledger.db') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOW = 120_000;

const claims = async (...args: string[]): Promise<number> => {
  const r = await tally(['claims', '--json', '--limit', '1000', ...args], { env });
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { items: unknown[] }).items.length;
};

describe.skipIf(!built)('claim filters', () => {
  let all = 0;
  beforeAll(async () => {
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    const r = await tally(['ingest', join(dir, 'examples'), '--jobs', '0', '-q'], { env });
    expect(r.code, r.stderr).toBe(0);
    all = await claims();
    expect(all).toBeGreaterThan(10);
  }, SLOW);

  it.each([
    ['--source', ' '],
    ['--source', '\u200b'],
    ['--party', '\u200b \ufeff'],
    ['--affiliation', ' '],
    ['--text', '\u200b'],
  ])('%s %j is no filter', { timeout: SLOW }, async (flag, value) => {
    expect(await claims(flag, value)).toBe(all);
  });

  it.each([['%'], ['M%'], ['_'], ['.'], ['-']])('--source %j names no source', { timeout: SLOW }, async (value) => {
    expect(await claims('--source', value)).toBe(0);
  });

  it('--source with invisible characters around a name finds it', { timeout: SLOW }, async () => {
    const plain = await claims('--source', 'Oleh Kiper');
    expect(plain).toBeGreaterThan(0);
    expect(await claims('--source', '\u200bOleh Kiper\u200b ')).toBe(plain);
  });
});
