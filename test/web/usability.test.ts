/**
 * What a reader runs into beyond the happy path, in a real browser over the seeded ledger
 * plus a page of drone strikes (more claims than one page holds) and two articles read
 * from files: paging and filters that follow the URL, a token the server no longer takes,
 * the timeline's hover card and where focus goes, phone-width review, tab titles, the raw
 * snapshot of a page read from a file, and where a text file's article came from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../src/contract.js';
import { runIngest } from '../../src/ledger/ingest/runner.js';
import { claimIn } from '../api/seed.js';
import { startHarness, type Harness } from './harness.js';

/** More strikes than the claims table shows on one page (50). */
const WAVES = 60;
const KURSK_SENTENCE = 'The Pentagon said on Tuesday that about 1,100 North Korean soldiers had been killed or wounded in fighting in the Kursk region.';

let h: Harness;
let dir: string;
let htmlFile: string;
let txtFile: string;

beforeAll(async () => {
  h = await startHarness();
  const text = Array.from({ length: WAVES }, (_, i) => `Overnight ${i + 1} drones (wave ${i + 1}) were launched.`).join('\n\n');
  const strikes: Article = { title: 'Drone waves', subtitle: null, outlet: 'Air Watch', url: 'https://news.example.org/waves', published: '2025-02-01', text, related: [] };
  await h.ledger.storeArticle({
    article: strikes,
    claims: Array.from({ length: WAVES }, (_, i) =>
      claimIn(strikes, { quote: `${i + 1} drones (wave ${i + 1})`, value: { low: i + 1, high: i + 1, approximate: false }, measure: 'strikes', party: 'RU', location: null, counterparty: null, aggregation: 'increment' }),
    ),
    raw: null,
    origin: 'test',
  });
  // Read from files as `tally ingest` reads them: no content type, only a name.
  dir = mkdtempSync(join(tmpdir(), 'tally-web-'));
  htmlFile = join(dir, 'kursk-briefing.html');
  writeFileSync(
    htmlFile,
    `<!doctype html><html><head><title>Briefing on Kursk</title><meta property="og:site_name" content="Briefing Room"></head><body><article>
<h1>Briefing on Kursk</h1>
<p>The Pentagon said on Tuesday that <b>about 1,100</b> North Korean soldiers had been killed or wounded in
fighting in the Kursk region.</p><p>The figure could not be independently verified.</p></article></body></html>`,
  );
  txtFile = join(dir, 'field-notes.txt');
  writeFileSync(txtFile, 'Field notes from Kharkiv\n\nOfficials said on Monday that 40 drones were launched at the city overnight.\n');
  await runIngest(h.ledger, [htmlFile, txtFile], { jobs: 0, progress: null });
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function articleIdByOrigin(origin: string): Promise<number> {
  const page = await h.ledger.listArticles({}, { limit: 100 });
  const a = page.items.find((x) => x.origin === origin);
  if (!a) throw new Error(`no article read from ${origin}`);
  return a.id;
}

const pageNumber = (page: Page) => page.locator('.pager span').innerText();

describe('claims table', () => {
  it('goes back to page 1 whenever the filters change', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/claims`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Older →' }).click();
    await page.locator('.pager span', { hasText: 'Page 2' }).waitFor();
    // A filter from the form.
    await page.getByLabel('Measure').selectOption('strikes');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/measure=strikes/);
    await page.locator('.claims-table tbody tr', { hasText: 'wave 60' }).waitFor();
    expect(await pageNumber(page)).toBe('Page 1');
    // A filter from a link or the back button: the same.
    await page.getByRole('button', { name: 'Older →' }).click();
    await page.locator('.pager span', { hasText: 'Page 2' }).waitFor();
    await page.evaluate(() => (location.hash = '#/claims?party=RU'));
    await page.locator('.claims-table tbody tr', { hasText: 'wave 60' }).waitFor();
    expect(await pageNumber(page)).toBe('Page 1');
    await page.goBack();
    await page.waitForURL(/measure=strikes/);
    await page.locator('.claims-table tbody tr', { hasText: 'wave 60' }).waitFor();
    expect(await pageNumber(page)).toBe('Page 1');
  });

  it('shows the filters a link sets, and has a field for every filter', async () => {
    const series = (await h.ledger.listSeries()).find((s) => s.measure === 'killed_or_wounded')!;
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/claims?indicator=${series.id}&affiliation=US&aggregation=cumulative&includeRejected=true`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    const indicator = page.getByLabel('Indicator');
    await indicator.locator('option:checked', { hasText: series.label }).waitFor({ state: 'attached' });
    expect(await indicator.inputValue()).toBe(String(series.id));
    expect(await page.getByLabel('Affiliation').inputValue()).toBe('US');
    expect(await page.getByLabel('Aggregation').inputValue()).toBe('cumulative');
    expect(await page.getByLabel('include rejected').isChecked()).toBe(true);
    // Applying the form as shown keeps every filter; unticking drops one.
    await page.getByLabel('include rejected').uncheck();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((u) => !u.hash.includes('includeRejected'));
    const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({ indicator: String(series.id), affiliation: 'US', aggregation: 'cumulative' });
  });
});

describe('sign-in state', () => {
  for (const [what, token] of [
    ['a revoked token', 'tly_revokedrevokedrevokedrevokedrevoked'],
    ['a token pasted with a curly quote', 'tly_abc”'],
  ] as const) {
    it(`signs out ${what} on load, saying so plainly`, async () => {
      const before = h.problems.length;
      const { page } = await h.newPage({ token });
      const claim = (await h.ledger.listClaims({ text: 'lawmakers' })).items[0];
      await page.goto(`${h.base}/#/articles/${claim.articleId}?claim=${claim.id}`);
      const alert = page.locator('.signed-out[role=alert]');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('you have been signed out');
      await page.locator('.claim-panel').waitFor();
      expect(await page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
      expect(await page.locator('.claim-panel').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      expect(await page.evaluate(() => localStorage.getItem('tally.token'))).toBeNull();
      // The only thing logged is the browser noting the server's refusal of the token.
      expect(h.problems.splice(before).filter((p) => !/status of 401/.test(p))).toEqual([]);
    });
  }

  it('keeps a good token signed in', async () => {
    const { page } = await h.newPage({ token: h.tokens.alice });
    await page.goto(`${h.base}/#/topics`);
    await page.locator('.who .user', { hasText: 'alice' }).waitFor();
    expect(await page.locator('.signed-out').count()).toBe(0);
  });
});

describe('timeline', () => {
  async function openTimeline(page: Page): Promise<void> {
    const series = (await h.ledger.listSeries()).find((s) => s.measure === 'killed_or_wounded')!;
    await page.goto(`${h.base}/#/series/${series.id}`);
    await page.locator('[data-testid=timeline-plot] svg g[aria-label=dot] circle').first().waitFor();
  }
  const dots = (page: Page) =>
    page
      .locator('[data-testid=timeline-plot] svg g[aria-label=dot] circle')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));

  it("draws without inline styles, with the library's rules from our stylesheet", async () => {
    const before = h.problems.length;
    const { page } = await h.newPage();
    await openTimeline(page);
    expect(await page.locator('.timeline style').count()).toBe(0);
    // The legend is ours (it toggles sources); the chart is Plot's, styled from app.css.
    expect(await page.locator('.tl-plot-swatches').count()).toBe(0);
    // Read in one task of the page: the chart redraws when its width settles, and a
    // handle taken before a redraw points at a detached element with no computed style.
    const display = await page.evaluate(() => {
      const svgs = document.querySelectorAll('[data-testid=timeline-plot] svg.tl-plot');
      const last = svgs[svgs.length - 1];
      return last ? getComputedStyle(last).display : null;
    });
    expect(display).toBe('block');
    expect(h.problems.slice(before)).toEqual([]);
  });

  it('shows every hover card whole, wherever the point is', async () => {
    const { page } = await h.newPage();
    await openTimeline(page);
    for (const p of await dots(page)) {
      await page.mouse.move(p.x, p.y);
      const card = page.locator('.timeline [data-testid=hover-card]');
      await card.waitFor();
      const clipped = await card.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const out: string[] = [];
        for (let a = el.parentElement; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
          const b = a.getBoundingClientRect();
          if (r.top < b.top || r.bottom > b.bottom || r.left < b.left || r.right > b.right) out.push(a.className || a.tagName);
        }
        if (r.left < 0 || r.right > innerWidth) out.push('viewport');
        return out;
      });
      expect(clipped).toEqual([]);
    }
  });

  it('puts focus in the article opened from a chart point', async () => {
    const { page } = await h.newPage();
    await openTimeline(page);
    const p = (await dots(page)).sort((a, b) => a.x - b.x)[0];
    await page.mouse.move(p.x, p.y);
    await page.locator('.timeline [data-testid=hover-card]').waitFor();
    await page.mouse.click(p.x, p.y);
    await page.locator('mark.hl-claim.selected').waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await page.evaluate(() => !!document.activeElement?.closest('article.article'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('about 1,100');
  });
});

describe('article view', () => {
  it("opens a tapped number's panel in view at phone width", async () => {
    const { page } = await h.newPage({ width: 390, height: 844 });
    const claim = (await h.ledger.listClaims({ text: 'wave 3)' })).items[0];
    await page.goto(`${h.base}/#/articles/${claim.articleId}`);
    const mark = page.locator(`#claim-${claim.id}`);
    await mark.click();
    await page.locator('.claim-panel .quote', { hasText: 'wave 3)' }).waitFor();
    await page.waitForFunction(() => {
      const r = document.querySelector('.claim-panel')!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight / 2;
    });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('claim-panel'))).toBe(true);
  });

  it('names the page in the tab title', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/claims`);
    await page.waitForFunction(() => document.title === 'Claims · Tally');
    const claim = (await h.ledger.listClaims({ text: 'lawmakers' })).items[0];
    await page.goto(`${h.base}/#/articles/${claim.articleId}`);
    await page.waitForFunction(() => document.title === 'Seoul lawmakers briefed on casualties · Tally');
    await page.goto(`${h.base}/#/topics`);
    await page.waitForFunction(() => document.title === 'Topic board · Tally');
    await page.goto(`${h.base}/`);
    await page.waitForFunction(() => document.title === 'Indicators · Tally');
  });

  it("names a text file's article by its file", async () => {
    const id = await articleIdByOrigin(txtFile);
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/articles/${id}`);
    const outlet = page.locator('.article .meta .outlet');
    await outlet.waitFor();
    expect(await outlet.innerText()).toBe('file field-notes.txt');
    expect(await outlet.getAttribute('title')).toBe(txtFile);
    expect(await page.locator('.article .meta').innerText()).not.toContain('Unknown outlet');
  });
});

describe('raw snapshot', () => {
  it('renders a page read from a file as a page, like one posted to the API', async () => {
    const fileId = await articleIdByOrigin(htmlFile);
    const posted = await h.app.inject({
      method: 'POST',
      url: `/articles?url=${encodeURIComponent('https://news.example.org/briefing')}`,
      headers: { authorization: `Bearer ${h.tokens.alice}`, 'content-type': 'text/html' },
      payload: `<!doctype html><html><head><title>Briefing</title></head><body><article><h1>Briefing</h1><p>${KURSK_SENTENCE} It came on Tuesday.</p></article></body></html>`,
    });
    const postedId = (posted.json() as { articleId: number }).articleId;
    for (const id of [fileId, postedId]) {
      const res = await h.app.inject({ url: `/articles/${id}/raw` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy']).toContain('sandbox');
    }
  });

  it("marks the claim's sentence and scrolls to it", async () => {
    const id = await articleIdByOrigin(htmlFile);
    const claim = (await h.ledger.listClaims({ articleId: id })).items.find((c) => c.claim.sentence === KURSK_SENTENCE);
    expect(claim, 'the extractor read the Pentagon figure').toBeDefined();
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/articles/${id}?claim=${claim!.id}`);
    const link = page.getByRole('link', { name: 'raw snapshot' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/articles/${id}/raw?claim=${claim!.id}#claim`);

    const res = await h.app.inject({ url: href!.replace(/#.*/, '') });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    // The sentence runs across a <b>: it is marked in two pieces, first one with the anchor.
    const marked = [...res.body.matchAll(/<mark[^>]*class="tally-claim"[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marked.join('').replace(/\s+/g, ' ')).toBe(KURSK_SENTENCE.replace(/\s+/g, ' '));
    expect(res.body).toMatch(/<mark[^>]*id="claim"/);

    // In the browser: shown as a page (the heading is a heading), no console errors.
    const before = h.problems.length;
    await page.goto(`${h.base}${href}`);
    await page.screenshot({ path: join(dir, 'snapshot.png') });
    expect(h.problems.slice(before)).toEqual([]);
  });
});

describe('the whole run', () => {
  it('made no request outside its own origin and logged no errors', () => {
    expect(h.external).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
