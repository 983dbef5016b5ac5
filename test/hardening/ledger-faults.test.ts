/**
 * Faults during ingest, on the real CLI and server (child processes) and a real SQLite
 * file:
 *
 * - read-only storage: a read-only bind mount (EROFS, which root cannot bypass, unlike
 *   file modes) and an immutable ledger file (`chattr +i`, EPERM on write);
 * - disk full: the ledger on a tmpfs of 1.2 MB that a big ingest overflows (ENOSPC /
 *   SQLITE_FULL in the middle of article transactions);
 * - a killed process: `tally ingest` and `tally serve` killed with SIGKILL mid-run.
 *
 * In every case: a clear one-line error, nothing already stored lost, no half-written
 * article (every article's claim rows match its claim count), `PRAGMA integrity_check`
 * ok, and a re-run converges on what an undisturbed run stores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMount, countArticles, haveBuild, inspect, mountReadOnly, mountTmpfs, tally, tallyChild, unmount, writeCorpus, type LedgerState, type Run } from './faults.js';

/** Size of the tmpfs that must overflow: holds the schema and a few articles, not 60 padded ones. */
const FULL_DISK_SIZE = '1200k';
/** Articles stored before the process is killed: enough that some are in, most are not. */
const KILL_AFTER_ARTICLES = 4;

const built = haveBuild();
const mountable = built && canMount();
const chattr = mountable && spawnSync('chattr', ['--help']).error === undefined;
if (!built) console.warn('ledger fault tests skipped: dist/ is missing (run npm run build)');
else if (!mountable) console.warn('ledger fault tests that need mount skipped: not root or no CAP_SYS_ADMIN');

const work = mkdtempSync(join(tmpdir(), 'tally-faults-'));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.reverse()) unmount(m);
  rmSync(work, { recursive: true, force: true });
});

/** What the CLI prints on failure: lines, none of them a stack frame. */
function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  expect(run.stderr).not.toMatch(/Error: .*\n\s+at /);
}

function expectSound(s: LedgerState): void {
  expect(s.integrity).toBe('ok');
  expect(s.foreignKeyProblems).toBe(0);
  expect(s.incomplete).toEqual([]);
}

/** Everything in `before` is still in `after`, with the same claims. */
function expectKept(before: LedgerState, after: LedgerState): void {
  for (const [origin, n] of before.perOrigin) expect(after.perOrigin.get(origin), origin).toBe(n);
}

describe.skipIf(!mountable)('read-only storage during ingest', () => {
  const dir = join(work, 'ro-source');
  const view = join(work, 'ro-view');
  const db = join(dir, 'tally.db');
  let before: LedgerState;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const first = writeCorpus(join(work, 'ro-first'), 3, { prefix: 'first' });
    const r = await tally(['ingest', ...first, '--db', db, '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
    before = inspect(db);
    expect(before.articles).toBe(3);
  });

  it('read-only file system: one clear line, exit 2, nothing lost', async () => {
    mountReadOnly(dir, view);
    mounts.push(view);
    const more = writeCorpus(join(work, 'ro-more'), 3, { prefix: 'more' });
    const r = await tally(['ingest', ...more, '--db', join(view, 'tally.db'), '--jobs', '0', '-q']);
    unmount(view);
    mounts.pop();
    expect(r.code, r.stderr).toBe(2);
    expectNoStack(r);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tally: .*tally\.db/);
    const after = inspect(db);
    expectSound(after);
    expect(after.articles).toBe(before.articles);
    expectKept(before, after);
  });

  it.skipIf(!chattr)('immutable ledger file: one clear line at the first write, exit 2, nothing lost', async () => {
    spawnSync('chattr', ['+i', db]);
    let r: Run;
    try {
      const more = writeCorpus(join(work, 'ro-more2'), 2, { prefix: 'more2' });
      r = await tally(['ingest', ...more, '--db', db, '--jobs', '0']);
    } finally {
      spawnSync('chattr', ['-i', db]);
    }
    expect(r.code, r.stderr).toBe(2);
    expectNoStack(r);
    expect(r.stderr).toMatch(/read-?only/i);
    // The storage failed, not the articles: the run stops at once, with one line.
    expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    const after = inspect(db);
    expectSound(after);
    expect(after.articles).toBe(before.articles);
    expectKept(before, after);
  });

  // -q hides progress, not failures: a run that stored nothing must still say why.
  it.skipIf(!chattr)('a quiet run still says why nothing was stored', async () => {
    spawnSync('chattr', ['+i', db]);
    let r: Run;
    try {
      const more = writeCorpus(join(work, 'ro-more3'), 1, { prefix: 'more3' });
      r = await tally(['ingest', ...more, '--db', db, '--jobs', '0', '-q']);
    } finally {
      spawnSync('chattr', ['-i', db]);
    }
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/read-?only/i);
    expectNoStack(r);
  });
});

describe.skipIf(!mountable)('disk full during ingest', () => {
  const disk = join(work, 'full');
  const db = join(disk, 'tally.db');
  let before: LedgerState;
  let run: Run;
  let after: LedgerState;

  beforeAll(async () => {
    mountTmpfs(disk, FULL_DISK_SIZE);
    mounts.push(disk);
    const first = writeCorpus(join(work, 'full-first'), 2, { prefix: 'first' });
    const r = await tally(['ingest', ...first, '--db', db, '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
    before = inspect(db);
    // Padded articles: the disk fills after a few of them.
    const big = writeCorpus(join(work, 'full-big'), 40, { prefix: 'big', padParagraphs: 200 });
    // Without -q: the per-article errors are what the user sees.
    run = await tally(['ingest', ...big, '--db', db, '--jobs', '0']);
    after = inspect(db);
  }, 600_000);

  it('keeps every article stored before, and stores no half article', () => {
    expectSound(after);
    expectKept(before, after);
    expect(after.articles).toBeLessThan(before.articles + 40); // the disk did fill
  });

  it('reports the failure without a stack trace', () => {
    expect(run.stderr).toMatch(/^tally: /m);
    expectNoStack(run);
  });

  // SQLite ends the transaction itself on SQLITE_FULL; the failed ROLLBACK that follows
  // ("cannot rollback - no transaction is active") must not hide the cause.
  it('names the cause: the disk is full', () => {
    expect(run.stderr).toMatch(/full|no space/i);
    expect(run.stderr).not.toMatch(/cannot rollback/);
  });

  // Every write after the disk fills fails the same way: the run stops at the first,
  // with one line (after the progress lines) and a non-zero exit, instead of counting
  // each remaining article as a skipped input.
  it('stops at the first storage failure with one line and exit 2', () => {
    expect(run.code, run.stderr).toBe(2);
    const errors = run.stderr.trim().split('\n').filter((l) => !/^tally: \d+\/\d+ inputs/.test(l));
    expect(errors, run.stderr).toHaveLength(1);
    expect(errors[0]).toMatch(/^tally: cannot write the ledger at .*tally\.db: the disk is full.*stopped after \d+ of 40 inputs/);
    expect(run.stderr).not.toMatch(/skipped/);
  });
});

describe.skipIf(!built)('bad articles during ingest', () => {
  it('are skipped with their reason, also with -q, and the run goes on to exit 2', async () => {
    const dir = join(work, 'mixed');
    const good = writeCorpus(dir, 2, { prefix: 'mixed' });
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '   \n');
    const db = join(work, 'mixed.db');
    const r = await tally(['ingest', good[0], bad, join(dir, 'missing.html'), good[1], '--db', db, '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(2);
    expectNoStack(r);
    expect(r.stderr).toMatch(/skipped .*empty\.txt: /);
    expect(r.stderr).toMatch(/skipped .*missing\.html: /);
    expect(r.stderr).toMatch(/2 added, 0 replaced, 0 unchanged, 2 errors/);
    const s = inspect(db);
    expectSound(s);
    expect(s.articles).toBe(2);
  });

  it('a clean quiet run prints nothing', async () => {
    const files = writeCorpus(join(work, 'quiet'), 2, { prefix: 'quiet' });
    const r = await tally(['ingest', ...files, '--db', join(work, 'quiet.db'), '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe.skipIf(!built)('tally ingest killed mid-run', () => {
  const corpus = join(work, 'kill-corpus');
  let files: string[];
  let reference: LedgerState;

  beforeAll(async () => {
    files = writeCorpus(corpus, 30, { prefix: 'kill', padParagraphs: 3 });
    const r = await tally(['ingest', corpus, '--db', join(work, 'reference.db'), '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
    reference = inspect(join(work, 'reference.db'));
    expect(reference.articles).toBe(files.length);
  }, 600_000);

  it('loses nothing committed, stores no half article, and a re-run completes the ledger', async () => {
    const db = join(work, 'killed.db');
    // Kill twice, at different points, then let a third run finish.
    for (const round of [1, 2]) {
      const child = tallyChild(['ingest', corpus, '--db', db, '--jobs', '1', '-q']);
      let stored = 0;
      const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
      let done = false;
      void exited.then(() => (done = true));
      while (!done) {
        await new Promise((r) => setTimeout(r, 50));
        if (!existsSync(db)) continue;
        try {
          stored = countArticles(db);
        } catch {
          continue; // the schema may not be there yet
        }
        if (stored >= KILL_AFTER_ARTICLES * round) {
          child.kill('SIGKILL');
          break;
        }
      }
      await exited;
      const s = inspect(db);
      expectSound(s);
      // Whatever is stored is exactly what an undisturbed run stores for that file.
      for (const [origin, n] of s.perOrigin) expect(n, origin).toBe(reference.perOrigin.get(origin));
    }
    const r = await tally(['ingest', corpus, '--db', db, '--jobs', '0', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const final = inspect(db);
    expectSound(final);
    expect(final.articles).toBe(reference.articles);
    expect(final.claims).toBe(reference.claims);
    expect([...final.perOrigin].sort()).toEqual([...reference.perOrigin].sort());
  }, 600_000);
});

describe.skipIf(!built)('tally serve killed while articles are posted', () => {
  it('keeps every acknowledged article, whole, across the restart', async () => {
    const db = join(work, 'served.db');
    const tokenRun = await tally(['token', 'create', '--name', 'fault-test', '--db', db]);
    expect(tokenRun.code, tokenRun.stderr).toBe(0);
    const token = tokenRun.stdout.trim();
    const pages = writeCorpus(join(work, 'serve-corpus'), 24, { prefix: 'served', padParagraphs: 2 }).map((f) => {
      const [title, ...paras] = readFileSync(f, 'utf8').trim().split('\n\n');
      return { name: basename(f), html: `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>` };
    });

    const start = async () => {
      const child = tallyChild(['serve', '--port', '0', '--host', '127.0.0.1', '--db', db]);
      const address = await new Promise<string>((resolveAddr, reject) => {
        let err = '';
        child.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /at (?<url>http:\/\/127\.0\.0\.1:\d+)/.exec(err);
          if (m) resolveAddr(m.groups!.url);
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
      });
      return { child, address };
    };
    const post = (address: string, html: string) =>
      fetch(`${address}/articles`, { method: 'POST', headers: { 'content-type': 'text/html', authorization: `Bearer ${token}` }, body: html });

    // Post one at a time, two streams at once, and kill the server after a few answers.
    const first = await start();
    const acknowledged = new Map<string, number>();
    let next = 0;
    const stream = async () => {
      while (next < pages.length && acknowledged.size < KILL_AFTER_ARTICLES) {
        const page = pages[next++];
        try {
          const res = await post(first.address, page.html);
          if (res.status === 201 || res.status === 200) acknowledged.set(page.name, ((await res.json()) as { articleId: number }).articleId);
        } catch {
          return; // the server is gone
        }
      }
    };
    await Promise.all([stream(), stream()]);
    const exited = new Promise((r) => first.child.on('exit', r));
    first.child.kill('SIGKILL');
    await exited;

    const s = inspect(db);
    expectSound(s);
    expect(s.articles).toBeGreaterThanOrEqual(acknowledged.size);

    // Restarted, the server has every acknowledged article with its claims.
    const second = await start();
    try {
      for (const [name, id] of acknowledged) {
        const res = await fetch(`${second.address}/articles/${id}`);
        expect(res.status, name).toBe(200);
      }
      // Posting everything again completes the ledger; nothing is stored twice.
      for (const page of pages) {
        const res = await post(second.address, page.html);
        expect([200, 201], `${page.name}: ${res.status}`).toContain(res.status);
      }
      const again = await post(second.address, pages[0].html);
      expect(again.status).toBe(200); // unchanged
    } finally {
      const exited2 = new Promise((r) => second.child.on('exit', r));
      second.child.kill('SIGTERM');
      await exited2;
    }
    const final = inspect(db);
    expectSound(final);
    expect(final.articles).toBe(pages.length);
  }, 600_000);
});

