/**
 * The README's examples, run as written against a ledger of `examples/`: every command
 * shown returns something, and every output shown is what the command prints.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, root, tally } from './run.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'tally-readme-'));
const env = { TALLY_DB: join(work, 'tally.db') };
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SLOW = 120_000;

/** Commands that need a network, a server, PostgreSQL or a token: not run here. */
const NOT_RUN = /postgres:|https?:\/\/|--queue|--feeds|^(serve|worker|jobs|token)\b|^extract -$/;
/** Commands that rightly print an empty list on the examples, and why. */
const MAY_BE_EMPTY: Record<string, string> = {
  'articles --errors': 'every example reads cleanly',
};

/** Shell words: spaces separate, double quotes group; enough for the README's lines. */
function words(line: string): string[] {
  return [...line.matchAll(/"(?<q>[^"]*)"|(?<w>[^\s"]+)/g)].map((m) => m.groups!.q ?? m.groups!.w);
}

function blocks(lang: string): string[] {
  return [...readme.matchAll(new RegExp('^```' + lang + '\\n(?<body>[\\s\\S]*?)^```', 'gm'))].map((m) => m.groups!.body);
}

/** `npx tally …` commands in the shell blocks, without comments or redirections. */
function shellExamples(): string[] {
  const out: string[] = [];
  for (const body of blocks('sh')) {
    for (const raw of body.split('\n')) {
      for (const part of raw.replace(/\s+#.*$/, '').split('&&')) {
        const m = /^\s*(?:npx )?tally (?<cmd>.+?)\s*(?:>\s*\S+)?\s*$/.exec(part);
        if (m && !/^\s*[A-Z_]+=/.test(part)) out.push(m.groups!.cmd);
      }
    }
  }
  return out;
}

/** `$ tally …` lines in the text blocks, each with the lines shown after it. */
function shownOutputs(): { cmd: string; shown: string[] }[] {
  const out: { cmd: string; shown: string[] }[] = [];
  for (const body of blocks('text')) {
    for (const lines of body.split(/^(?=\$ )/m)) {
      const [first, ...rest] = lines.trimEnd().split('\n');
      const m = /^\$ tally (?<cmd>.+)$/.exec(first);
      if (m) out.push({ cmd: m.groups!.cmd, shown: rest });
    }
  }
  return out;
}

/** Columns are padded to their widest cell: compare cells, not spacing. */
const normal = (line: string) => line.trim().replace(/\s+/g, ' ');
const shownRow = (line: string) => normal(line) !== '' && normal(line) !== '…' && !/^[-─ ]+$/.test(line);

const commands = shellExamples();
const ingests = commands.filter((c) => c.startsWith('ingest') && !NOT_RUN.test(c));
const queries = [...new Set(commands.filter((c) => !c.startsWith('ingest') && !NOT_RUN.test(c)))];

describe.skipIf(!built)('README examples', () => {
  beforeAll(async () => {
    cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
    writeFileSync(join(work, 'report.pdf'), '%PDF-1.7\n1 0 obj\n');
    expect(ingests).toContain('ingest examples');
    for (const c of ingests) {
      const r = await tally(words(c), { cwd: work, env });
      expect(r.code, r.stderr).toBe(0);
    }
  }, SLOW);

  it('finds the examples', () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    expect(shownOutputs().length).toBeGreaterThanOrEqual(3);
  });

  it.each(queries)('tally %s returns what it promises', { timeout: SLOW }, async (cmd) => {
    const r = await tally(words(cmd), { cwd: work, env });
    expect(r.code, r.stderr).toBe(0);
    if (MAY_BE_EMPTY[cmd]) return;
    expect(r.stderr).not.toMatch(/no claims match|no article with id|not found/i);
    if (cmd.includes('--json')) {
      const data = JSON.parse(r.stdout) as unknown[] | { items: unknown[] };
      expect(Array.isArray(data) ? data : data.items).not.toHaveLength(0);
    } else {
      // A header (and for tables, its rule) then at least one row.
      const rows = r.stdout.trimEnd().split('\n').filter((l) => !/^[-─ ]+$/.test(l));
      expect(rows.length, r.stdout).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(shownOutputs().map((o) => [o.cmd, o.shown] as const))('tally %s prints what the README shows', { timeout: SLOW }, async (cmd, shown) => {
    const r = await tally(words(cmd), { cwd: work, env });
    const printed = `${r.stdout}${r.stderr}`.split('\n').map(normal);
    // The shown lines appear in order; "…" stands for rows left out.
    let at = 0;
    for (const line of shown.filter(shownRow).map(normal)) {
      const found = printed.indexOf(line, at);
      expect(found, `missing or out of order: ${line}\n--- printed:\n${printed.join('\n')}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
