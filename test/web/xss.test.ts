/**
 * Article HTML is hostile. An article whose title, body, attributes and URLs carry script
 * payloads is ingested through the API (and one more is stored with payloads in every
 * claim field), then every view that shows them is opened in Chromium: nothing may run,
 * no request may leave the origin, and the payloads must show as plain text.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/contract.js';
import { claimIn } from '../api/seed.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let attacker: Server;
let att: string;
const hits: string[] = [];

/** Each payload sets a different number, so a failure says which one ran. */
function hostilePage(): string {
  return `<!doctype html><html><head>
<title>"><script>window.__xss=1</script><img src=${att}/t1 onerror="window.__xss=2"> Strikes hit fuel depots</title>
<meta property="og:title" content="&quot;&gt;&lt;img src=${att}/og onerror=window.__xss=3&gt; Strikes hit fuel depots">
<meta property="og:site_name" content="<svg onload=window.__xss=4>">
<meta name="description" content="<iframe src=javascript:window.__xss=5>">
<link rel="canonical" href="javascript:window.__xss=6//">
<script>window.__xss=7;alert('head script')</script><style>body{background:url(${att}/css)}</style>
</head><body onload="window.__xss=8"><article>
<h1>"><script>window.__xss=1</script> Strikes hit fuel depots</h1>
<p>Officials said on Monday that 40 drones <script>window.__xss=9</script>were launched at the depots overnight, and 12 were shot down.</p>
<p>The text &lt;img src=${att}/text onerror=window.__xss=10&gt; is quoted in the report, as is &lt;script&gt;window.__xss=11&lt;/script&gt;.</p>
<p><img src="${att}/img" onerror="window.__xss=12;alert('img onerror')"> <a href="javascript:window.__xss=13" onclick="window.__xss=14">a link</a> <b onmouseover="window.__xss=15">bold</b></p>
<p style="background:url(${att}/inline)">An <iframe src="${att}/frame"></iframe><object data="${att}/object"></object><svg><script>window.__xss=16</script></svg> embed.</p>
<aside><h2>Read also</h2><ul><li><a href="javascript:window.__xss=17">Related "><img src=${att}/rel onerror=window.__xss=18></a></li></ul></aside>
</article><form action="${att}/form"><input name=q autofocus onfocus="window.__xss=19"></form></body></html>`;
}

const PAYLOAD = (n: number) => `"><img src=ATT/p${n} onerror=window.__xss=${n}><script>window.__xss=${n}</script>`;

beforeAll(async () => {
  attacker = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.__xss=99');
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  att = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  h = await startHarness({ seedLedger: false });
});
afterAll(async () => {
  await h?.close();
  await new Promise((r) => attacker?.close(r));
});

async function assertInert(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('load');
  // Let any handler that could fire (onerror, onload, timers) have its chance.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), where).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src^="/assets/"]), iframe, object, embed, img').length), where).toBe(0);
}

describe('hostile article content', () => {
  it('never executes, never loads anything from elsewhere, and shows as text', async () => {
    const dialogs: string[] = [];
    const { page } = await h.newPage({ token: h.tokens.alice });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    // 1. Through the API, as a reviewer would post it.
    const res = await page.request.post(`${h.base}/articles?url=${encodeURIComponent('https://evil.example/a')}`, {
      headers: { authorization: `Bearer ${h.tokens.alice}`, 'content-type': 'text/html' },
      data: hostilePage(),
    });
    expect(res.status()).toBe(201);
    const { articleId } = (await res.json()) as { articleId: number };

    // 2. Straight into the ledger, with payloads in every field the app displays.
    const text = `${PAYLOAD(21)} said on Monday that 300 soldiers were killed near ${PAYLOAD(22)}.`;
    const art: Article = {
      title: `${PAYLOAD(23)} 300 killed`,
      subtitle: PAYLOAD(24),
      published: '2025-03-03',
      outlet: PAYLOAD(25),
      url: 'javascript:window.__xss=26//',
      text: text.replaceAll('ATT', att),
      related: [{ title: PAYLOAD(27).replaceAll('ATT', att), url: 'javascript:window.__xss=28' }],
    };
    const src = { name: PAYLOAD(29).replaceAll('ATT', att), kind: 'official' as const, anonymous: false, affiliation: 'RU', via: [PAYLOAD(30)] };
    const claim = claimIn(art, { quote: '300', value: { low: 300, high: 300, approximate: false }, measure: 'killed', party: 'RU', location: PAYLOAD(31), source: src, hedges: [PAYLOAD(32)], sourceWords: src.name });
    const stored = await h.ledger.storeArticle({ article: art, claims: [claim], raw: null, origin: 'test' });
    await page.request.post(`${h.base}/topics`, { headers: { authorization: `Bearer ${h.tokens.alice}` }, data: { title: PAYLOAD(33).replaceAll('ATT', att), body: PAYLOAD(34) } });

    // Every view that shows article data.
    await page.goto(`${h.base}/#/articles/${articleId}`);
    await page.locator('[data-testid=article-text]').waitFor();
    await assertInert(page, 'ingested article');
    expect(await page.locator('#article-title').innerText()).toContain('Strikes hit fuel depots');
    expect(await page.locator('[data-testid=article-text]').innerText()).toContain('<script>window.__xss=11</script>');
    for (const m of await page.locator('mark.hl-claim').all()) {
      await m.click();
      await assertInert(page, 'ingested article, claim selected');
    }

    const row = (await h.ledger.listClaims({ articleId: stored.articleId })).items[0];
    await page.goto(`${h.base}/#/articles/${stored.articleId}?claim=${row.id}`);
    await page.locator('mark.hl-claim.selected').waitFor();
    await assertInert(page, 'stored article');
    expect(await page.locator('#article-title').innerText()).toContain('<script>window.__xss=23</script>');
    expect(await page.locator('.claim-panel').innerText()).toContain(`onerror=window.__xss=29`);
    // A javascript: URL is never made a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.locator('.side').getByRole('link', { name: /RU/ }).first().hover();

    await page.goto(`${h.base}/#/claims`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    await assertInert(page, 'claims table');

    await page.goto(`${h.base}/#/sources/${row.sourceId}`);
    await page.locator('.revisions li').first().waitFor();
    await assertInert(page, 'source view');

    await page.goto(`${h.base}/#/series/${row.indicatorId}`);
    await page.locator('.point-btn').first().focus();
    await page.locator('.points [data-testid=hover-card]').waitFor();
    await assertInert(page, 'timeline card');

    await page.goto(`${h.base}/#/topics`);
    await page.locator('[data-testid=topic]').first().waitFor();
    await assertInert(page, 'topic board');
    expect(await page.locator('[data-testid=topic] h3').first().innerText()).toContain('<script>window.__xss=33</script>');

    // Every view so far logged nothing at all.
    expect(h.problems).toEqual([]);

    // The raw snapshot: the original page, served with a sandboxing CSP.
    const raw = await page.goto(`${h.base}/articles/${articleId}/raw`);
    expect(raw?.headers()['content-security-policy']).toContain('sandbox');
    await page.waitForLoadState('load');
    // Scripts are disabled in the sandbox, so the page cannot be inspected from inside;
    // its alert() payloads would show as dialogs and its loads as hits on the attacker.
    await page.waitForTimeout(200);

    expect(dialogs).toEqual([]);
    expect(hits).toEqual([]);
    expect(h.external).toEqual([]);
    // The snapshot's own loads and scripts are refused, and the browser says so.
    expect(h.problems.filter((p) => !/Content Security Policy|sandboxed/.test(p))).toEqual([]);
  }, 120_000);
});
