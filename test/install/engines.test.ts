/**
 * `npm ci` on the Node the README names installs without EBADENGINE warnings: every
 * locked package supports it. npm itself judges, in a dry run on a copy of the manifests
 * (nothing is downloaded or installed).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-engines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('install', () => {
  it('npm ci warns of no unsupported engine', { timeout: 120_000 }, async () => {
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(root, f), join(dir, f));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { stdout, stderr } = await promisify(execFile)(npm, ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir });
    const warnings = `${stdout}${stderr}`.split('\n').filter((l) => /EBADENGINE/.test(l) && /package:/.test(l));
    expect(warnings).toEqual([]);
  });
});
