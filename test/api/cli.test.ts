/**
 * `tally token` and `tally serve` through the built CLI (npm run build first): create a
 * token, use it against a real server on a free loopback port, revoke it, and the
 * one-line errors for bad options.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(join(root, 'dist/cli/commands/serve.js'));
const dir = mkdtempSync(join(tmpdir(), 'tally-serve-'));
const db = join(dir, 'ledger.db');
/** Servers started here, stopped at the end even when a test fails half-way. */
const started: ReturnType<typeof spawn>[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.pid) process.kill(-c.pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function tally(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/tally.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Starts `tally serve` and resolves with its address once it prints it. */
function serve(...args: string[]) {
  // Its own process group, so that cleanup reaches the workers of `--workers N` too.
  const child = spawn(process.execPath, [join(root, 'bin/tally.js'), 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let err = '';
  const address = new Promise<string>((res, rej) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (?<addr>http:\/\/\S+) /.exec(err);
      if (m?.groups) res(m.groups.addr);
    });
    child.on('exit', (code) => rej(new Error(`serve exited with ${code}: ${err}`)));
  });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, address, exited, stderr: () => err };
}

describe.skipIf(!built)('tally token and tally serve', { timeout: 120_000 }, () => {
  it('creates a token that the server accepts, and refuses it once revoked', async () => {
    const created = tally('token', 'create', '--name', 'carol', '--db', db);
    expect(created.code).toBe(0);
    const token = created.out.trim();
    expect(token).toMatch(/^tly_[A-Za-z0-9_-]{43}$/);
    expect(tally('token', 'create', '--name', 'carol', '--db', db)).toMatchObject({ code: 2 });
    expect(tally('token', 'list', '--db', db).out).toContain('carol');
    expect(tally('token', 'list', '--db', db).out).not.toContain(token);

    const s = serve('--port', '0', '--db', db);
    const base = await s.address;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await fetch(`${base}/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ name: 'carol' });
    expect((await fetch(`${base}/claims`)).status).toBe(200);
    expect(tally('token', 'revoke', 'carol', '--db', db).code).toBe(0);
    expect((await fetch(`${base}/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it.each([
    [['serve', '--port', 'http'], /--port must be a number/],
    [['serve', '--workers', '0'], /--workers must be a number/],
    [['token', 'create', '--name', '<script>', '--db', db], /--name must be/],
    [['token', 'revoke', 'nobody', '--db', db], /no active token named "nobody"/],
  ])('tally %j fails with one line', (args, message) => {
    const r = tally(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('shares one port between worker processes and stops them all', async () => {
    const s = serve('--port', '0', '--db', db, '--workers', '2');
    const base = await s.address;
    expect(s.stderr()).toContain('with 2 workers');
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/stats`).then((r) => r.status)));
    expect(answers).toEqual([200, 200, 200, 200, 200, 200]);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('reports a port in use as one line', async () => {
    const s = serve('--port', '0', '--db', db);
    const port = new URL(await s.address).port;
    const r = tally('serve', '--port', port, '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot listen on 127\.0\.0\.1:\d+/);
    s.child.kill('SIGTERM');
    await s.exited;
  });
});
