/**
 * The ledger's commands through the built CLI (npm run build first): ingest a folder
 * of our own articles, then every query command in table and JSON form, and the
 * one-line errors for bad input.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/ledger/export.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(join(root, 'dist/cli/commands/claims.js'));
const dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
const db = join(dir, 'ledger.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI without blocking the test runner's event loop. */
function tally(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/tally.js'), ...args], { env: { ...process.env, TALLY_DB: db } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('close', (code) => done({ code, out, err }));
  });
}
/** Each case starts several Node processes; on a busy machine that takes a while. */
const SLOW = 180_000;

/** The fields of one CSV line, quotes honoured: an indicator's label may hold a comma ("(point, item)"). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

describe.skipIf(!built)('ledger commands', () => {
  beforeAll(async () => {
    const src = join(dir, 'in');
    mkdirSync(src);
    const para = (s: string) => `<p>${s}</p>`;
    const page = (title: string, url: string, date: string, body: string[]) =>
      `<!doctype html><html><head><title>${title}</title><link rel="canonical" href="${url}"><meta property="article:published_time" content="${date}"></head><body><article><h1>${title}</h1>${body.map(para).join('')}</article></body></html>`;
    writeFileSync(join(src, 'a.html'), page('Losses in the east', 'https://one.example/a', '2024-04-02', [
      'Ukraine’s General Staff said Russia had lost 460,000 soldiers since February 2022.',
      'Shelling continued through the night, residents said, and several villages near the river lost power for hours.',
      'Both sides accused each other of targeting civilian infrastructure, and neither claim could be independently verified.',
    ]));
    writeFileSync(join(src, 'b.html'), page('Drone night', 'https://two.example/b', '2024-04-03', [
      'The air force said 31 drones were shot down over Odesa overnight.',
      'Power was restored by the morning, the city administration said, although some districts still had no water.',
      'Air raid alerts sounded across the south for most of the night while crews cleared debris from two damaged buildings.',
    ]));
    const r = await tally('ingest', src, '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/ingested 2 inputs .*2 added/);
  }, SLOW);

  it('lists claims as a table and as JSON with a cursor', { timeout: SLOW }, async () => {
    const table = await tally('claims');
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/^id\s+date\s+value/);
    const page = JSON.parse((await tally('claims', '--json', '--limit', '1')).out) as { items: { claim: { quote: string } }[]; next: string | null };
    expect(page.items).toHaveLength(1);
    expect(page.next).not.toBeNull();
    const rest = JSON.parse((await tally('claims', '--json', '--cursor', page.next as string)).out) as { items: unknown[] };
    expect(rest.items.length).toBeGreaterThan(0);
  });

  it('filters claims by text and date', { timeout: SLOW }, async () => {
    const byText = JSON.parse((await tally('claims', '--json', '--text', 'drones')).out) as { items: { claim: { sentence: string } }[] };
    expect(byText.items.length).toBeGreaterThan(0);
    for (const c of byText.items) expect(c.claim.sentence).toMatch(/drones/);
    const none = JSON.parse((await tally('claims', '--json', '--until', '2023')).out) as { items: unknown[] };
    expect(none.items).toEqual([]);
  });

  it('shows series, sources, articles and changes', { timeout: SLOW }, async () => {
    const series = await tally('series');
    expect(series.code).toBe(0);
    expect(series.out).toMatch(/indicator/);
    const list = JSON.parse((await tally('series', '--json')).out) as { id: number }[];
    expect(list.length).toBeGreaterThan(0);
    expect((await tally('series', String(list[0].id))).out).toMatch(/claims from \d+ sources/);
    expect((await tally('sources')).code).toBe(0);
    expect((await tally('articles')).out).toMatch(/Losses in the east/);
    const changes = JSON.parse((await tally('changes', '--json')).out) as { items: { kind: string }[] };
    expect(changes.items.map((c) => c.kind)).toEqual(['article_added', 'article_added']);
    const later = JSON.parse((await tally('changes', '--json', '--since', '2999-01-01')).out) as { items: unknown[] };
    expect(later.items).toEqual([]);
  });

  it('exports a series as CSV, lists every flag, and merges and splits sources', { timeout: SLOW }, async () => {
    const list = JSON.parse((await tally('series', '--json')).out) as { id: number; claims: number }[];
    const csv = (await tally('series', String(list[0].id), '--csv')).out.trimEnd().split('\r\n');
    expect(csv[0]).toBe('series_id,indicator,source_id,source,date,period_start,period_end,stated_on,value_low,value_high,approximate,reports,claim_ids,revises_low,revises_high,disagrees_with');
    expect(csv.slice(1).reduce((n, l) => n + Number(csvFields(l)[11]), 0)).toBeGreaterThanOrEqual(1);
    const flags = await tally('series', '--flags', '--json');
    expect(flags.code).toBe(0);
    expect(Array.isArray(JSON.parse(flags.out))).toBe(true);
    expect((await tally('series', '--flags')).err).toMatch(/\d+ revisions, \d+ disagreements/);
    const sources = JSON.parse((await tally('sources', '--json')).out) as { items: { id: number; name: string }[] };
    expect(sources.items.length).toBeGreaterThanOrEqual(2);
    const [a, b] = sources.items;
    const merged = JSON.parse((await tally('sources', 'merge', String(a.id), String(b.id), '--actor', 'alice', '--json')).out) as { aliases: string[] };
    expect(merged.aliases).toEqual(expect.arrayContaining([a.name, b.name]));
    const split = await tally('sources', 'split', String(a.id), '--name', b.name, '--actor', 'alice');
    expect(split.code).toBe(0);
    const history = JSON.parse((await tally('sources', 'history', String(a.id), '--json')).out) as { action: string }[];
    expect(history.map((h) => h.action)).toEqual(['merge', 'split']);
  });

  it('exports csv, json and ndjson with the documented columns', { timeout: SLOW }, async () => {
    const csv = await tally('export', '--format', 'csv');
    expect(csv.out.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const json = JSON.parse((await tally('export', '--format', 'json')).out) as Record<string, unknown>[];
    const nd = (await tally('export', '--format', 'ndjson')).out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(nd).toEqual(json);
    expect(csv.out.trim().split('\r\n')).toHaveLength(json.length + 1);
    const file = join(dir, 'out.csv');
    expect((await tally('export', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(csv.out);
  });

  const bad: [string, string[], RegExp][] = [
    ['unknown measure', ['claims', '--measure', 'vibes'], /unknown measure "vibes"/],
    ['bad date', ['claims', '--since', 'last week'], /--since expects a real date/],
    ['bad cursor', ['claims', '--cursor', 'xyz'], /bad cursor/],
    ['unknown format', ['export', '--format', 'xlsx'], /unknown format "xlsx"/],
    ['missing series', ['series', '99999'], /no series with id 99999/],
    ['csv without a series', ['series', '--csv'], /--csv exports one series/],
    ['merge without actor', ['sources', 'merge', '1', '2'], /--actor/],
    ['merge of a missing source', ['sources', 'merge', '99998', '99999', '--actor', 'alice'], /no source with id 99998/],
    ['bad source id', ['sources', 'split', 'x', '--name', 'A', '--actor', 'alice'], /source ids are numbers/],
    ['ledger folder missing', ['claims', '--db', '/nonexistent/dir/x.db'], /cannot open ledger/],
    ['nothing to ingest', ['ingest'], /nothing to ingest/],
  ];
  it.each(bad)('%s: one line on stderr, exit 2', { timeout: SLOW }, async (_name, args, message) => {
    const r = await tally(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
