/**
 * How the CLI ends: a closed pipe, a refused URL, a port in use and failed ingest inputs
 * each end the process at once with a fitting exit code and at most one line of error.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, built, oneErrorLine, root, tally } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-exits-'));
const db = join(dir, 'ledger.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Each case starts Node processes; on a busy machine that takes a while. */
const SLOW = 120_000;

/** A text article with one claim per sentence: enough output to outlast a pipe's buffer. */
function manyClaims(n: number): string {
  const towns = ['Odesa', 'Kharkiv', 'Sumy', 'Kherson', 'Dnipro'];
  const lines = Array.from({ length: n }, (_, i) => `Officials said ${i + 3} drones were shot down over ${towns[i % towns.length]} on the night of the attack.`);
  return `Drones shot down across the south\nA long night of air raid alerts.\n${lines.join('\n')}\n`;
}

/** Runs `tally ARGS | head -1` in a shell; `code` is tally's own exit code. */
function pipedToHead(args: string[]): Promise<{ code: number; first: string; stderr: string }> {
  return new Promise((done, fail) => {
    const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('bash', ['-c', `${quoted} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: root, env: { ...process.env, TALLY_DEBUG: '' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', () => {
      const m = /exit=(\d+)\n$/.exec(err);
      if (!m) return fail(new Error(`no exit status in: ${err}`));
      done({ code: Number(m[1]), first: out, stderr: err.slice(0, m.index) });
    });
  });
}

describe.skipIf(!built)('the CLI ends cleanly', () => {
  beforeAll(async () => {
    const src = join(dir, 'many');
    mkdirSync(src);
    writeFileSync(join(src, 'many.txt'), manyClaims(3000));
    const r = await tally(['ingest', src, '--db', db, '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
  }, SLOW);

  it.each([
    ['claims --json', ['claims', '--json', '--limit', '1000'], /^\{\n$/],
    ['claims as a table', ['claims', '--limit', '1000'], /^id\s+date\s+value/],
    ['export as CSV', ['export'], /^claim_id,claim_key,/],
    ['export as NDJSON', ['export', '--format', 'ndjson'], /^\{"claim_id":/],
  ])('%s | head -1: a closed pipe ends quietly with exit 0', { timeout: SLOW }, async (_name, args, first) => {
    const r = await pipedToHead([...args, '--db', db]);
    expect(r.first).toMatch(first);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.code).toBe(0);
  });

  // A deadline of an hour: were the refused request's timer left running, the process
  // would outlive the test.
  it.each([
    ['a loopback IPv6 literal', 'http://[::1]/x', /refused http:\/\/\[::1\]\/x: ::1 is a non-public address/],
    ['a private IPv4 literal', 'http://10.0.0.1/story', /refused http:\/\/10\.0\.0\.1\/story: 10\.0\.0\.1 is a non-public address/],
    ['a malformed URL', 'http://[::1/x', /not a valid URL: "http:\/\/\[::1\/x"/],
  ])('extract of %s ends at once with its one-line error', { timeout: 60_000 }, async (_name, url, message) => {
    const r = await tally(['extract', url, '--timeout', '3600000']);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(message);
  });

  it('prints the table of a 3.5 MB single-line article', { timeout: SLOW }, async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, 'Officials said 5 died. '.repeat(Math.floor(3.5e6 / 23)));
    const r = await tally(['extract', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const claims = Number(/\n(\d+) claims\n$/.exec(r.stdout)?.[1]);
    // Far more rows than a call's arguments can hold, so no output path may spread them.
    expect(claims).toBeGreaterThan(120_000);
    // The article line, a blank, the header, the rule, the rows, a blank, the count.
    expect(r.stdout.trimEnd().split('\n').length).toBe(claims + 6);
  });
});

describe.skipIf(!built)('tally ingest: any failed input makes the exit code 2', () => {
  const good = (name: string, n: number) => writeFileSync(join(dir, 'ingest', name), manyClaims(n));
  beforeAll(() => {
    mkdirSync(join(dir, 'ingest', 'links'), { recursive: true });
    good('a.txt', 2);
    good('b.txt', 3);
    good('c.txt', 4);
    writeFileSync(join(dir, 'ingest', 'blank.txt'), '   \n');
    symlinkSync(join(dir, 'ingest', 'nowhere.html'), join(dir, 'ingest', 'links', 'broken.html'));
    symlinkSync(join(dir, 'ingest', 'a.txt'), join(dir, 'ingest', 'links', 'linked.txt'));
  });

  const at = (...p: string[]) => join(dir, 'ingest', ...p);
  it.each([
    ['every input read', () => [at('a.txt'), at('b.txt')], 0, /2 added, 0 replaced, 0 unchanged, 0 errors/, []],
    ['one of four inputs failed', () => [at('a.txt'), at('blank.txt'), at('b.txt'), at('c.txt')], 2, /3 added, .* 1 errors/, [/skipped .*blank\.txt: /]],
    ['most inputs failed', () => [at('a.txt'), at('blank.txt'), at('missing-1.html'), at('missing-2.html')], 2, /1 added, .* 3 errors/, [/skipped .*missing-1\.html: /]],
    ['every input failed', () => [at('blank.txt'), at('missing-1.html')], 2, /0 added, .* 2 errors/, [/skipped .*blank\.txt: /]],
    ['a folder with a broken link', () => [at('links')], 2, /1 added, .* 1 errors/, [/skipped .*broken\.html: /]],
  ])('%s', { timeout: SLOW }, async (name, inputs, code, summary, skipped) => {
    const r = await tally(['ingest', ...inputs(), '--db', join(dir, `${name.replace(/\W+/g, '-')}.db`), '--jobs', '0']);
    expect(r.stderr).toMatch(summary);
    for (const line of skipped) expect(r.stderr).toMatch(line);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(code);
  });
});

describe.skipIf(!built)('tally serve on a port in use', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  it.each([['1'], ['2']])('with --workers %s exits 2 at once, saying so once', { timeout: 60_000 }, async (workers) => {
    const r = await tally(['serve', '--port', String(port), '--workers', workers, '--db', join(dir, 'serve.db')]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
  });
});
