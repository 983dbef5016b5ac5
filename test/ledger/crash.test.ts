/**
 * Crash safety: a real `kill -9` of `tally ingest` mid-run leaves every stored article
 * whole (its claims all there, its change logged), and running the same command again
 * finishes the rest. Runs the built CLI (npm run build first).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'bin/tally.js');
const built = existsSync(join(root, 'dist/cli/commands/ingest.js'));
const dir = mkdtempSync(join(tmpdir(), 'tally-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough articles that the run is still going when we kill it. */
const ARTICLES = 1200;
/** Kill once this many articles are stored. */
const KILL_AFTER = 40;

function corpus(): string {
  const src = join(dir, 'corpus');
  mkdirSync(src);
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(
      join(src, `a${String(i).padStart(5, '0')}.txt`),
      `Update number ${i} from the front\n\nThe General Staff said Russia had lost ${1000 + i} soldiers since February 2022. ` +
        `Officials said ${i % 50} tanks were destroyed near Village${i} in the past 24 hours. Report ${i} ends here.\n`,
    );
  }
  return src;
}

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
}

function run(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.resume();
  const done = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, done };
}

describe.skipIf(!built)('crash safety (kill -9 during ingest)', () => {
  it('leaves every stored article whole and finishes on the next run', async () => {
    const src = corpus();
    const db = join(dir, 'ledger.db');
    const args = ['ingest', src, '--db', db, '--quiet', '--jobs', '2'];
    const { child, done } = run(args);
    let stored = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      if (!existsSync(db)) continue;
      try {
        stored = count(db, 'select count(*) as n from articles');
      } catch {
        continue; // schema not there yet
      }
      if (stored >= KILL_AFTER) break;
    }
    child.kill('SIGKILL');
    expect(await done).toBeNull();

    const atKill = count(db, 'select count(*) as n from articles');
    expect(atKill).toBeLessThan(ARTICLES);
    const d = new Database(db);
    try {
      expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every article has exactly the claims it was stored with, and its change logged.
      const torn = d.prepare('select count(*) as n from articles a where a.claim_count <> (select count(*) from claims c where c.article_id = a.id)').get() as { n: number };
      expect(torn.n).toBe(0);
      const logged = d.prepare("select count(*) as n from changes where kind = 'article_added'").get() as { n: number };
      expect(logged.n).toBe(atKill);
      const orphans = d.prepare('select count(*) as n from claims where article_id not in (select id from articles)').get() as { n: number };
      expect(orphans.n).toBe(0);
      const fts = d.prepare("select count(*) as n from claims_fts where claims_fts match 'soldiers'").get() as { n: number };
      const withSoldiers = d.prepare("select count(*) as n from claims where sentence like '%soldiers%'").get() as { n: number };
      expect(fts.n).toBe(withSoldiers.n);
    } finally {
      d.close();
    }

    const second = run(args);
    expect(await second.done).toBe(0);
    expect(count(db, 'select count(*) as n from articles')).toBe(ARTICLES);
    expect(count(db, "select count(*) as n from changes where kind = 'article_added'")).toBe(ARTICLES);
    expect(count(db, 'select count(*) as n from articles a where a.claim_count <> (select count(*) from claims c where c.article_id = a.id)')).toBe(0);
    expect(count(db, 'select count(*) as n from ingest_errors')).toBe(0);
  }, 180_000);
});
