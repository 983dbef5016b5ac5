/**
 * The web app in a real browser over a seeded ledger: timeline and hover card, article
 * with highlighted claims, review with audit trail, topic board, claims table, phone
 * width and keyboard use. Saves screenshots of the main views (see SCREENSHOTS).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });

async function openTimeline(page: Page): Promise<void> {
  await page.goto(`${h.base}/`);
  await page.getByRole('link', { name: /killed_or_wounded · Kursk/ }).click();
  await page.locator('[data-testid=timeline-plot] svg circle').first().waitFor();
}

/** The dot drawn furthest left: the earliest estimate (Pentagon, 17 December). */
async function leftmostDot(page: Page) {
  const dots = page.locator('[data-testid=timeline-plot] svg g[aria-label=dot] circle');
  const boxes = await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
  return boxes.sort((a, b) => a.x - b.x)[0];
}

describe('web app', () => {
  it('lists indicators on the start page', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.base}/`);
    await page.getByRole('link', { name: /killed_or_wounded · Kursk/ }).waitFor();
    expect(await page.locator('table.data tbody tr').count()).toBe(2);
    await shot(page, 'indicators');
  });

  it('shows a timeline whose points have hover cards and open their article', async () => {
    const { page } = await h.newPage();
    await openTimeline(page);
    // Points, range bars, open-bound arrows, disagreement ring and revision link are all drawn.
    expect(await page.locator('[data-testid=timeline-plot] svg g[aria-label=dot] circle').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-testid=timeline-plot] svg g[aria-label=rule] line').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid=timeline-plot] svg g[aria-label=arrow] path').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid=timeline-plot] svg g[aria-label=link] path').count()).toBeGreaterThanOrEqual(1);
    const p = await leftmostDot(page);
    await page.mouse.move(p.x, p.y);
    const card = page.locator('.timeline [data-testid=hover-card]');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Pentagon');
    expect(text).toContain('The Example Courier');
    expect(text).toContain('2024-12-17');
    expect(text).toContain('about 1,100 North Korean soldiers');
    await shot(page, 'timeline');
    await page.mouse.click(p.x, p.y);
    await page.waitForURL(/#\/articles\/\d+\?claim=\d+/);
    const mark = page.locator('mark.hl-claim.selected');
    await mark.waitFor();
    expect(await mark.innerText()).toBe('about 1,100');
    // The source and date words from the claim's evidence are highlighted too.
    expect(await page.locator('.article-text .hl-source.selected').innerText()).toBe('The Pentagon');
    expect(await page.locator('.article-text .hl-date.selected').innerText()).toBe('on Tuesday');
    await shot(page, 'article');
  });

  it('reaches every point by keyboard', async () => {
    const { page } = await h.newPage();
    await openTimeline(page);
    await page.locator('.point-btn').first().focus();
    await page.locator('.points [data-testid=hover-card]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.locator('.point-btn').nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/articles\/\d+\?claim=\d+/);
    await page.locator('mark.hl-claim.selected').waitFor();
  });

  it('lets a signed-in analyst correct a claim and shows the audit entry', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/signin`);
    await page.getByLabel('Token').fill(h.tokens.alice);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.who .user', { hasText: 'alice' }).waitFor();
    const claim = (await h.ledger.listClaims({ text: 'lawmakers' })).items[0];
    await page.goto(`${h.base}/#/articles/${claim.articleId}?claim=${claim.id}`);
    await page.getByRole('button', { name: 'Correct…' }).click();
    await page.getByLabel('Low').fill('1100');
    await page.getByLabel('High').fill('1600');
    await page.getByLabel('Note').fill('committee minutes give 1,600');
    await page.getByRole('button', { name: 'Save correction' }).click();
    const entry = page.locator('[data-testid=audit-entry]').first();
    await entry.waitFor();
    const text = await entry.innerText();
    expect(text).toContain('correct by alice');
    expect(text).toContain('committee minutes give 1,600');
    // A readable before/after: one row per changed field, values as a reader writes them.
    const rows = await entry.locator('table.audit-diff tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c as HTMLElement).innerText)));
    // Only the edited field changed: the form keeps every other field as it was.
    expect(rows).toEqual([['Value', '1,000–1,500', '1,100–1,600']]);
    expect(text).not.toContain('{');
    expect(await page.locator('.claim-panel .status').innerText()).toBe('corrected');
    await shot(page, 'review');
    // The API reports the same trail.
    const audit = await h.ledger.claimAudit(claim.id);
    expect(audit[0]).toMatchObject({ actor: 'alice', action: 'correct' });
  });

  it('lets readers propose a topic and vote once', async () => {
    // Two topics from another reader, one with votes, so the board has an order to show.
    const post = (url: string, token: string, data?: object) => h.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: data });
    const drones = (await post('/topics', h.tokens.alice, { title: 'Russian drones launched per night', body: 'Air force counts against the monitoring groups.' })).json();
    await post('/topics', h.tokens.alice, { title: 'EU aid delivered against aid pledged' });
    await post(`/topics/${drones.id}/vote`, h.tokens.alice);
    await post(`/topics/${drones.id}/vote`, h.tokens.bob);
    const { page } = await h.newPage({ token: h.tokens.bob });
    await page.goto(`${h.base}/#/topics`);
    await page.getByRole('textbox', { name: 'Topic' }).fill('North Korean casualties in Kursk by source');
    await page.getByRole('button', { name: 'Propose' }).click();
    const topic = page.locator('[data-testid=topic]', { hasText: 'North Korean casualties in Kursk by source' });
    await topic.waitFor();
    expect(await topic.locator('.vote-count').innerText()).toBe('0');
    expect(await topic.getByRole('link', { name: /killed_or_wounded/ }).count()).toBe(1);
    // Bob voted for the drones topic before opening the board: it says so.
    const dronesCard = page.locator('[data-testid=topic]', { hasText: 'Russian drones launched per night' });
    await dronesCard.getByText('you voted for this').waitFor();
    expect(await dronesCard.getByRole('button', { name: /You voted for/ }).isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=topic]', { hasText: 'EU aid delivered' }).getByText('you voted for this').count()).toBe(0);
    await topic.getByRole('button', { name: /Vote for/ }).click();
    await page.locator('.notice', { hasText: 'Vote counted' }).waitFor();
    await topic.locator('.vote-count', { hasText: '1' }).waitFor();
    await topic.getByRole('button', { name: /You voted for/ }).waitFor();
    expect(await topic.getByText('you voted for this').count()).toBe(1);
    expect(await topic.locator('.vote-count').innerText()).toBe('1');
    // Most votes first.
    expect((await page.locator('[data-testid=topic] h3').allInnerTexts())[0]).toBe('Russian drones launched per night');
    await shot(page, 'topics');
  });

  it('filters, searches, sorts and exports claims', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.base}/#/claims`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    await page.getByLabel('Search').fill('intelligence');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=intelligence/);
    await page.waitForFunction(() => document.querySelectorAll('.claims-table tbody tr').length === 3);
    await page.getByRole('button', { name: /^Value/ }).click();
    const values = await page.locator('.claims-table tbody tr td:nth-child(2) a').allInnerTexts();
    expect(values[0]).toContain('~500');
    const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(csv).toBe('/export?q=intelligence&format=csv');
    const res = await page.request.get(`${h.base}${csv}`);
    expect((await res.text()).trim().split('\r\n')).toHaveLength(4);
    await page.getByRole('link', { name: 'Clear' }).click();
    await shot(page, 'claims');
  });

  it('shows a source with its revisions over time', async () => {
    const { page } = await h.newPage();
    const src = (await h.ledger.listSources({ q: 'Pentagon' })).items[0];
    await page.goto(`${h.base}/#/sources/${src.id}`);
    await page.locator('.revisions li').first().waitFor();
    expect(await page.locator('.revisions .flag-revision').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'source');
  });

  it('fits a phone-width screen', async () => {
    const { page } = await h.newPage({ width: 390, height: 844 });
    await openTimeline(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, 'timeline-phone');
    const claim = (await h.ledger.listClaims({ text: 'Tuesday' })).items[0];
    await page.goto(`${h.base}/#/articles/${claim.articleId}?claim=${claim.id}`);
    await page.locator('mark.hl-claim.selected').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'article-phone');
  });

  it('made no request outside its own origin and logged no errors', () => {
    expect(h.external).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
