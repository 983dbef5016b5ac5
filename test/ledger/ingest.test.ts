/**
 * The ingest runner end to end: real files and folders, a real RSS feed and articles
 * served over loopback HTTP, worker threads from dist/ (npm run build first).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.js';
import { runIngest } from '../../src/ledger/ingest/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(title: string, canonical: string | null, body: string): string {
  const link = canonical ? `<link rel="canonical" href="${canonical}">` : '';
  return `<!doctype html><html><head><title>${title}</title>${link}<meta property="article:published_time" content="2024-05-02"></head><body><article><h1>${title}</h1><p>${body}</p><p>Our correspondent adds that the front line did not move overnight and both sides kept shelling the river crossings.</p></article></body></html>`;
}

let n = 0;
async function fresh(): Promise<Ledger> {
  return openLedger({ db: join(dir, `l${n++}.db`) });
}

describe('tally ingest runner', () => {
  it('reads folders recursively, records bad inputs, and is idempotent', async () => {
    const src = join(dir, 'articles');
    mkdirSync(join(src, 'nested'), { recursive: true });
    writeFileSync(join(src, 'one.html'), page('Strikes on the river port', 'https://paper.example/one', 'The regional governor said 14 people were killed in the strikes.'));
    writeFileSync(join(src, 'nested', 'two.txt'), 'Losses mount in the east\n\nThe General Staff said Russia had lost 2,310 soldiers since February 2022.\n');
    writeFileSync(join(src, 'nested', 'broken.html'), '<html><body></body></html>');
    writeFileSync(join(src, 'notes.json'), '{"ignored": true}');
    const ledger = await fresh();
    try {
      const first = await runIngest(ledger, [src], { jobs: 2 });
      expect(first).toMatchObject({ total: 3, done: 3, added: 2, errors: 1 });
      const errors = (await ledger.listErrors()).items;
      expect(errors).toHaveLength(1);
      expect(errors[0].origin).toContain('broken.html');
      const again = await runIngest(ledger, [src], { jobs: 2 });
      expect(again).toMatchObject({ added: 0, unchanged: 2, errors: 1 });
      expect((await ledger.stats()).articles).toBe(2);

      // The same URL with new text replaces the article.
      writeFileSync(join(src, 'one.html'), page('Strikes on the river port', 'https://paper.example/one', 'The regional governor said 16 people were killed in the strikes.'));
      const third = await runIngest(ledger, [src], { jobs: 0 });
      expect(third).toMatchObject({ replaced: 1, unchanged: 1 });
      const art = (await ledger.listArticles({ q: 'river port' })).items[0];
      expect(art.version).toBe(2);
      const snap = await ledger.getRawSnapshot(art.id);
      expect(snap?.bytes.toString()).toContain('16 people');
    } finally {
      await ledger.close();
    }
  });

  it('keeps every worker busy with tasks ahead and loses none; pages are compressed where read', async () => {
    const src = join(dir, 'many');
    mkdirSync(src, { recursive: true });
    for (let i = 0; i < 13; i++) {
      writeFileSync(join(src, `p${i}.html`), page(`Shelling report ${i}`, `https://paper.example/many/${i}`, `The governor said ${10 + i} people were wounded in the shelling of district ${i}.`));
    }
    const ledger = await fresh();
    try {
      const s = await runIngest(ledger, [src], { jobs: 2 });
      expect(s).toMatchObject({ total: 13, done: 13, added: 13, errors: 0 });
      const { createHash } = await import('node:crypto');
      for (const a of (await ledger.listArticles({}, { limit: 100 })).items) {
        const snap = await ledger.getRawSnapshot(a.id);
        expect(snap && createHash('sha256').update(snap.bytes).digest('hex')).toBe(a.rawSha256);
        expect(snap?.bytes.toString()).toContain(a.title);
      }
    } finally {
      await ledger.close();
    }
  });

  it('rejects an empty run with a clear error', async () => {
    const ledger = await fresh();
    try {
      await expect(runIngest(ledger, [], { jobs: 0 })).rejects.toMatchObject({ code: 'input' });
    } finally {
      await ledger.close();
    }
  });

  describe('feeds over HTTP', () => {
    let server: Server;
    let base = '';
    const pages: Record<string, { type: string; body: string; status?: number }> = {};
    beforeAll(async () => {
      server = createServer((req, res) => {
        const p = pages[req.url ?? ''];
        if (!p) {
          res.writeHead(404).end('not found');
          return;
        }
        res.writeHead(p.status ?? 200, { 'content-type': p.type }).end(p.body);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      pages['/a1'] = { type: 'text/html', body: page('Drone attack on depot', `${base}/a1`, 'Officials said 35 drones were shot down overnight.') };
      pages['/a2'] = { type: 'text/html', body: page('Aid package announced', `${base}/a2`, 'The Pentagon announced $250 million in new military aid.') };
      pages['/gone'] = { type: 'text/plain', body: 'server error', status: 500 };
      pages['/feed.xml'] = {
        type: 'application/rss+xml',
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>
          <item><title>one</title><link>${base}/a1</link></item>
          <item><title>two</title><link>/a2</link></item>
          <item><title>gone</title><link>${base}/gone</link></item></channel></rss>`,
      };
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('fetches every item, remembers the feed, and re-reads it with --feeds', async () => {
      const ledger = await fresh();
      try {
        const s = await runIngest(ledger, [`${base}/feed.xml`], { jobs: 2, read: { allowPrivate: true } });
        expect(s).toMatchObject({ feeds: 1, added: 2, errors: 1, total: 4, done: 4 });
        expect((await ledger.listFeeds()).map((f) => f.url)).toEqual([`${base}/feed.xml`]);
        const errs = (await ledger.listErrors()).items;
        expect(errs[0]).toMatchObject({ origin: `${base}/gone`, kind: 'fetch' });
        const again = await runIngest(ledger, [], { jobs: 1, feeds: true, read: { allowPrivate: true } });
        expect(again).toMatchObject({ feeds: 1, unchanged: 2, errors: 1 });
        const arts = (await ledger.listArticles()).items;
        expect(arts.map((a) => a.url).sort()).toEqual([`${base}/a1`, `${base}/a2`]);
      } finally {
        await ledger.close();
      }
    });

    it('refuses loopback URLs unless allowed, as a recorded error', async () => {
      const ledger = await fresh();
      try {
        const s = await runIngest(ledger, [`${base}/a1`], { jobs: 0 });
        expect(s).toMatchObject({ errors: 1, added: 0 });
        expect((await ledger.listErrors()).items[0].kind).toBe('fetch');
      } finally {
        await ledger.close();
      }
    });
  });
});
