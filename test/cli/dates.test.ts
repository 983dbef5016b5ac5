/**
 * Dates given on the command line are real calendar dates in the form the help names:
 * anything else is one line on stderr and exit code 2, before any work is done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { built, oneErrorLine, tally } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-dates-'));
const db = join(dir, 'ledger.db');
const article = join(dir, 'article.txt');
writeFileSync(article, 'Drones shot down over Odesa\nA night of alerts.\nThe air force said 31 drones were shot down over Odesa.\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('impossible or ambiguous dates are refused', () => {
  it.each([
    ['claims', '--since', '2025-13'],
    ['claims', '--since', '2025-00'],
    ['claims', '--until', '2025-02-30'],
    ['claims', '--until', '2023-02-29'],
    ['claims', '--since', '2025-06-99'],
    ['claims', '--since', '2025-06-00'],
    ['claims', '--since', '25-06'],
    ['export', '--until', '2025-04-31'],
    ['changes', '--since', '2025-02-30'],
    ['changes', '--since', '2025-13-01T00:00:00Z'],
    ['changes', '--since', '2025-02-29T12:00'],
    ['extract', '--published', '12/04/2025'],
    ['extract', '--published', '2025-02-30'],
    ['extract', '--published', '2025-04'],
    ['ingest', '--published', '12/04/2025'],
    ['ingest', '--published', '2025-09-31'],
  ])('%s %s %s', { timeout: 60_000 }, async (command, flag, value) => {
    const input = command === 'extract' || command === 'ingest' ? [article] : [];
    const r = await tally([command, ...input, flag, value, ...(command === 'extract' ? [] : ['--db', db])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneErrorLine(r)).toContain(`${flag} expects`);
    expect(oneErrorLine(r)).toContain(JSON.stringify(value));
  });

  it.each([
    ['claims', '--since', '2024-02-29'],
    ['claims', '--until', '2025-12'],
    ['claims', '--since', '2025'],
    ['changes', '--since', '2026-11-01T00:00:00Z'],
    ['changes', '--since', '2026-11'],
    ['extract', '--published', '2024-02-29'],
  ])('accepts %s %s %s', { timeout: 60_000 }, async (command, flag, value) => {
    const input = command === 'extract' ? [article] : [];
    const r = await tally([command, ...input, flag, value, ...(command === 'extract' ? [] : ['--db', db])]);
    expect(r.stderr).not.toMatch(/expects/);
    expect(r.code).toBe(0);
  });
});
