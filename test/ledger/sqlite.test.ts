import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openLedger } from '../../src/ledger/index.js';
import { ledgerContract } from './contract.suite.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-ledger-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

ledgerContract('sqlite', () => openLedger({ db: join(dir, `t${n++}.db`) }));
