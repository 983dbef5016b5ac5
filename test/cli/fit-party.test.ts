/**
 * The party fitting script refuses what it cannot fit on with one line and exit 2, and
 * never touches the weight table when it does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './run.js';

const weights = join(root, 'src', 'extract', 'attachers', 'party-weights.ts');

describe('scripts/fit-party.mjs on bad input', () => {
  const rows: Array<[string, string[], RegExp]> = [
    ['a corpus folder that does not exist', [join(root, 'no-such-corpus'), '--write'], /^fit-party: no corpus folder at .*no-such-corpus$/],
    ['a second folder that does not exist, after one that does', [join(root, 'training', 'articles'), join(root, 'no-such-corpus'), '--write'], /^fit-party: no corpus folder at .*no-such-corpus$/],
  ];
  for (const [what, args, message] of rows) {
    it(what, () => {
      const before = readFileSync(weights, 'utf8');
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'fit-party.mjs'), ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
      expect(readFileSync(weights, 'utf8')).toBe(before);
    });
  }
});
