import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { InputError } from '../../src/errors.js';
import { openQueuePool } from '../../src/queue/db.js';
import { enqueueInputs, jobsFor } from '../../src/queue/enqueue.js';
import { listJobs } from '../../src/queue/jobs.js';
import type { RawPayload } from '../../src/queue/types.js';
import { freshSchema, type TestSchema } from './pg.js';

let dir: string;
let schema: TestSchema;
let pool: pg.Pool;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-enqueue-'));
  await mkdir(join(dir, 'b', 'deep'), { recursive: true });
  await writeFile(join(dir, 'a.html'), '<html><body><p>One</p></body></html>');
  await writeFile(join(dir, 'b', 'c.txt'), 'Title\n\nBody');
  await writeFile(join(dir, 'b', 'deep', 'd.HTM'), Buffer.from([0x3c, 0x70, 0x3e, 0xcf, 0xf0, 0xe8])); // windows-1251 bytes
  await writeFile(join(dir, 'b', 'notes.json'), '{}');
  schema = await freshSchema();
  pool = await openQueuePool(schema.url);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await pool?.end();
  await schema?.drop();
});

const body = (p: unknown) => Buffer.from((p as RawPayload).body, 'base64');

describe('jobsFor', () => {
  it('turns URLs, files, folders and stdin into jobs', async () => {
    const jobs = await jobsFor(['https://news.example/a', dir, join(dir, 'a.html'), '-'], {
      stdin: async () => Buffer.from('from stdin'),
      maxAttempts: 3,
    });
    expect(jobs.map((j) => [j.kind, (j.payload as { url?: string; origin?: string }).url ?? (j.payload as RawPayload).origin])).toEqual([
      ['url', 'https://news.example/a'],
      ['raw', join(dir, 'a.html')],
      ['raw', join(dir, 'b', 'c.txt')],
      ['raw', join(dir, 'b', 'deep', 'd.HTM')],
      ['raw', join(dir, 'a.html')],
      ['raw', '-'],
    ]);
    expect(jobs.every((j) => j.maxAttempts === 3)).toBe(true);
    // Bytes travel untouched, whatever their encoding.
    expect([...body(jobs[3].payload)]).toEqual([0x3c, 0x70, 0x3e, 0xcf, 0xf0, 0xe8]);
    expect(body(jobs[5].payload).toString()).toBe('from stdin');
  });

  it('refuses what does not exist, in one clear line', async () => {
    await expect(jobsFor([join(dir, 'nope.html')])).rejects.toThrow(InputError);
    await expect(jobsFor(['ftp://x.example/'])).rejects.toThrow(/no such file, directory or URL/);
  });
});

describe('enqueueInputs', () => {
  it('queues them on PostgreSQL', async () => {
    const s = await enqueueInputs(schema.url, ['https://news.example/a', join(dir, 'b')]);
    expect(s).toMatchObject({ queued: 3, skipped: 0 });
    const jobs = await listJobs(pool, { state: 'queued' });
    expect(jobs.map((j) => j.kind).sort()).toEqual(['raw', 'raw', 'url']);
  });
});
