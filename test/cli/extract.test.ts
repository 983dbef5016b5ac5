/**
 * `tally extract` and `tally schema` as a user runs them: the built CLI in a child process.
 * Needs `npm run build` first. Every bad input ends in one line on stderr and exit code 2.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResult } from '../../src/contract.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'tally.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the loopback server must keep answering). */
function tally(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, TALLY_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="The Test Courier">
<meta property="article:published_time" content="2025-03-04T10:00:00+02:00">
<title>Air force downs 48 of 61 drones - The Test Courier</title></head><body>
<h1>Air force downs 48 of 61 drones</h1>
<p>Ukraine’s air force said it shot down 48 of 61 drones launched overnight, most of them over the Odesa region.</p>
<p>Regional officials said three people were treated for cuts after debris fell on two apartment blocks.</p>
<p>The attack was the third in a week on the southern ports, officials said on Tuesday.</p>
</body></html>`;
const ARTICLE_TEXT = 'Air force downs 48 of 61 drones\nOfficials said most drones targeted Odesa.\nUkraine’s air force said it shot down 48 of 61 drones launched overnight.\nThree people were treated for cuts.';

let dir: string;
let server: http.Server;
let base: string;
let closedPort: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
  dir = await mkdtemp(join(tmpdir(), 'tally-cli-'));
  const write = async (name: string, data: string | Buffer): Promise<void> => {
    files[name] = join(dir, name);
    await writeFile(files[name], data);
  };
  await write('article.html', ARTICLE_HTML);
  await write('article.txt', ARTICLE_TEXT);
  await write('empty.txt', '');
  await write('blank.html', '  \n\n\t ');
  // No-break and thin spaces, a zero-width space, a soft hyphen and a BOM: nothing visible.
  await write('invisible.txt', '\ufeff\u00a0\u2009\u200b\u00ad\u3000\n');
  await write('binary.bin', Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42, 0x00]));
  await write('report.pdf', '%PDF-1.7\n1 0 obj');
  await write('latin1.txt', Buffer.from('Headline\nSome caf\xe9 text.\n', 'latin1'));
  await write('no-article.html', '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><input><button>Go</button></form></body></html>');
  await write('hostile-nesting.html', `<html><body>${'<div>'.repeat(20_000)}x</body></html>`);
  await write('hostile-scripts.html', `<html><head>${'<script>while(true){}</script>'.repeat(5000)}</head><body>${'<script>document.write("<p>x</p>")</script>'.repeat(5000)}</body></html>`);
  files['huge.html'] = join(dir, 'huge.html');
  await writeFile(files['huge.html'], '<html>');
  await truncate(files['huge.html'], 50 * 1024 * 1024);

  server = http.createServer((req, res) => {
    if (req.url === '/article') return void res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE_HTML);
    if (req.url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    if (req.url === '/hang') return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/article`;
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('tally extract: bad input is one line on stderr and exit code 2', () => {
  it.each([
    ['an empty file', () => [files['empty.txt']], /empty\.txt is empty/],
    ['a whitespace-only file', () => [files['blank.html']], /holds only whitespace/],
    ['a file of Unicode spaces and invisible characters', () => [files['invisible.txt']], /invisible\.txt holds only whitespace/],
    ['a binary file', () => [files['binary.bin']], /looks like a binary file/],
    ['a PDF', () => [files['report.pdf']], /is a PDF, not an HTML page or text/],
    ['invalid UTF-8', () => [files['latin1.txt']], /is not valid UTF-8 \(bad byte 0xe9 at offset \d+\)/],
    ['a 50 MB file', () => [files['huge.html']], /is 50 MB, over the 10 MB limit/],
    ['HTML with no article', () => [files['no-article.html']], /no article text found/],
    ['hostile nesting', () => [files['hostile-nesting.html']], /nests elements over 512 deep/],
    ['script-heavy hostile HTML', () => [files['hostile-scripts.html']], /no article text found/],
    ['a missing file', () => [join(dir, 'nope.html')], /no such file: .*nope\.html/],
    ['a directory', () => [dir], /is a directory/],
    ['an unsupported scheme', () => ['ftp://example.com/a.html'], /unsupported URL scheme/],
    ['an unreachable URL', () => [closedPort, '--allow-private'], /could not connect to 127\.0\.0\.1:\d+: connection refused/],
    ['a 404', () => [`${base}/missing`, '--allow-private'], /HTTP 404 Not Found from /],
    ['a wrong content type', () => [`${base}/image`, '--allow-private'], /content type image\/png is not an HTML page or plain text/],
    ['a slow server', () => [`${base}/hang`, '--allow-private', '--timeout', '300'], /timed out after 0\.3 s/],
    ['loopback without --allow-private', () => [`${base}/article`], /refused http:\/\/127\.0\.0\.1:\d+\/article: 127\.0\.0\.1 is a non-public address .*--allow-private/],
    ['a bad --published', () => [files['article.html'], '--published', 'someday'], /--published expects a real date as YYYY-MM-DD/],
  ])('%s', async (_kind, args, message) => {
    const r = await tally(['extract', ...args()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tally: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an empty stdin', async () => {
    const r = await tally(['extract', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tally: stdin is empty; expected an HTML page or a text article\n');
  });
});

describe('tally extract: output', () => {
  it('--json prints {article, claims} that the contract accepts', async () => {
    const r = await tally(['extract', files['article.html'], '--json']);
    expect(r.code).toBe(0);
    const result = validateResult(JSON.parse(r.stdout));
    expect(result.article).toMatchObject({ title: 'Air force downs 48 of 61 drones', outlet: 'The Test Courier', published: '2025-03-04' });
    expect(result.article.text.split('\n\n')).toHaveLength(3);
  });

  it('reads stdin with -', async () => {
    const r = await tally(['extract', '-', '--json'], ARTICLE_TEXT);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.title).toBe('Air force downs 48 of 61 drones');
  });

  it('--published fills a missing date only', async () => {
    const text = JSON.parse((await tally(['extract', files['article.txt'], '--json', '--published', '2025-01-02'])).stdout);
    expect(text.article.published).toBe('2025-01-02');
    const html = JSON.parse((await tally(['extract', files['article.html'], '--json', '--published', '2025-01-02'])).stdout);
    expect(html.article.published).toBe('2025-03-04');
  });

  it('fetches a URL with --allow-private', async () => {
    const r = await tally(['extract', `${base}/article`, '--allow-private', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.url).toBe(`${base}/article`);
  });

  it('prints a table by default, even when stdout is not a terminal', async () => {
    const r = await tally(['extract', files['article.html']]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Air force downs 48 of 61 drones — The Test Courier, 2025-03-04');
    expect(r.stdout).toMatch(/^value\s+unit\s+measure\s+party\s+source\s+date\s+quote$|no quantitative claims found/m);
  });

  it('--csv prints a header and one row per claim', async () => {
    const r = await tally(['extract', files['article.html'], '--csv']);
    expect(r.code).toBe(0);
    const json = JSON.parse((await tally(['extract', files['article.html'], '--json'])).stdout);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('field,quote,low,high,approximate,unit,per,measure,item,party,counterparty,location,source,source_kind,anonymous,stated_on,hedges,sentence');
    expect(rows).toHaveLength(1 + json.claims.length);
  });

  it('--csv defuses text a spreadsheet would run as a formula', async () => {
    const r = await tally(['extract', '-', '--csv'], '=HYPERLINK("http://evil.example","48 drones")\nA standfirst, short and plain.\n=SUM(A1) Officials said 48 drones were shot down.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'=SUM(A1) Officials said 48 drones were shot down.");
    expect(r.stdout).not.toMatch(/(^|,)"?=/m);
  });

  it('refuses --json with --csv', async () => {
    const r = await tally(['extract', files['article.html'], '--json', '--csv']);
    expect(r.code).toBe(2);
  });
});

describe('tally schema', () => {
  it('prints the JSON Schema of the extract output', async () => {
    const r = await tally(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(Object.keys(schema.properties)).toEqual(['article', 'claims']);
  });
});
