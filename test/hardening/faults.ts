/**
 * Plumbing for the fault tests: a corpus of our own, the CLI as a child process, real
 * read-only and full file systems (root ignores file modes, not mounts), and an
 * integrity check of a ledger file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(root, 'bin', 'tally.js');

/** The CLI runs from dist/: the fault tests need a build, as CI makes before `npm test`. */
export function haveBuild(): boolean {
  return existsSync(join(root, 'dist', 'cli', 'main.js'));
}

const PARTIES = ['Russian', 'Ukrainian', 'North Korean'];
const PLACES = ['Kursk', 'Kharkiv', 'Pokrovsk', 'Zaporizhzhia'];
const FILLER = [
  'The road north of the town stayed closed for most of the day.',
  'Volunteers handed out bread and blankets at the station.',
  'The talks resumed behind closed doors in the afternoon.',
  'Residents said the nights had grown colder and quieter.',
];

/**
 * Writes `n` distinct plain-text articles, each with a few figures and `padParagraphs`
 * paragraphs of number-free filler (padding makes the disk fill sooner without making
 * extraction slower). Returns the file paths in ingest order.
 */
export function writeCorpus(dir: string, n: number, opts: { prefix?: string; padParagraphs?: number } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const party = PARTIES[i % PARTIES.length];
    const place = PLACES[i % PLACES.length];
    const pad = Array.from({ length: opts.padParagraphs ?? 0 }, (_, k) => `${FILLER[(i + k) % FILLER.length]} ${FILLER[(i + k + 1) % FILLER.length]} Dispatch ${opts.prefix ?? 'a'}${i}-${k}.`);
    const text = [
      `${opts.prefix ?? 'Report'} ${i}: fighting goes on near ${place}`,
      // The ledger recognises a republished body whatever its headline: keep bodies distinct.
      `About ${100 + i * 7} ${party} troops were killed near ${place} on Monday, the ministry said. ${FILLER[i % FILLER.length]} (Dispatch ${opts.prefix ?? 'a'} ${i}.)`,
      `Officials said ${20 + i} drones were shot down overnight and ${3 + (i % 5)} tanks were destroyed.`,
      ...pad,
    ].join('\n\n');
    const file = join(dir, `${opts.prefix ?? 'a'}-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, `${text}\n`);
    files.push(file);
  }
  return files;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to the end. Asynchronous: a test runner's worker must keep answering while it runs. */
export function tally(args: string[]): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

export function tallyChild(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** True when this process may mount file systems (root with CAP_SYS_ADMIN, as in CI here). */
export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = join(root, 'node_modules', '.cache', `mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}

export function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  must(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]), `mount tmpfs on ${dir}`);
}

/** A read-only view of `source` at `dir`: writes there fail with EROFS, even for root. */
export function mountReadOnly(source: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  must(spawnSync('mount', ['--bind', source, dir]), `bind ${source} on ${dir}`);
  must(spawnSync('mount', ['-o', 'remount,ro,bind', dir]), `remount ${dir} read-only`);
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}

function must(r: ReturnType<typeof spawnSync>, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed: ${String(r.stderr)}`);
}

export interface LedgerState {
  integrity: string;
  foreignKeyProblems: number;
  articles: number;
  claims: number;
  /** origin → claims stored for it. */
  perOrigin: Map<string, number>;
  /** Articles whose stored claim count disagrees with the claim rows they have. */
  incomplete: string[];
}

/** Articles stored so far, read while another process may be writing (WAL allows it). */
export function countArticles(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * Checks a ledger no process is writing. It works on a copy of the file and its WAL, so
 * that it leaves no -shm/-wal files beside the original: their presence changes how
 * SQLite opens the file next time (read-only media then open, and fail later).
 */
export function inspect(file: string): LedgerState {
  const dir = mkdtempSync(join(tmpdir(), 'tally-inspect-'));
  const copy = join(dir, 'copy.db');
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const db = new Database(copy, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    const rows = db
      .prepare('select a.origin as origin, a.claim_count as expected, (select count(*) from claims c where c.article_id = a.id) as actual from articles a')
      .all() as Array<{ origin: string; expected: number; actual: number }>;
    const claims = (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
    return {
      integrity,
      foreignKeyProblems,
      articles: rows.length,
      claims,
      perOrigin: new Map(rows.map((r) => [r.origin, r.actual])),
      incomplete: rows.filter((r) => r.expected !== r.actual).map((r) => `${r.origin}: ${r.actual} of ${r.expected}`),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
