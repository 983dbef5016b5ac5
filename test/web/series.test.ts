/**
 * The timeline as a researcher uses it, in a real browser: periods drawn as spans, one
 * colour per source with sources switched on and off, the undated figures listed under
 * the chart and counted in the header, a series saved as CSV and PNG, and the review form
 * that corrects every field and shows the API's refusal beside the field it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SERIES_CSV_COLUMNS } from '../../src/cli/commands/series.js';
import { SCREENSHOTS, startHarness, type Harness } from './harness.js';
import { seedPeriods } from './period-seed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await seedPeriods(h.ledger);
});
afterAll(async () => {
  await h?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
const PLOT = '[data-testid=timeline-plot] svg';

async function openSeries(page: Page, name: RegExp): Promise<void> {
  await page.goto(`${h.base}/`);
  await page.getByRole('link', { name }).click();
  await page.locator(`${PLOT} circle`).first().waitFor();
}

/** Each drawn period span as its left and right ends, in page pixels, left to right. */
async function spans(page: Page) {
  const lines = page.locator(`${PLOT} g.period-span line`);
  return (await lines.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, y: r.top })))).sort((a, b) => a.left - b.left);
}

/** Fill colours of the estimate dots. */
const dotFills = (page: Page) => page.locator(`${PLOT} g[aria-label=dot] circle`).evaluateAll((els) => els.map((e) => e.getAttribute('fill')).filter((f) => f && f !== 'none'));

describe('timeline periods, sources, undated figures and export', () => {
  it('draws each period as a horizontal span across its month', async () => {
    const { page } = await h.newPage();
    await openSeries(page, /RU killed_or_wounded .*month/);
    const s = await spans(page);
    expect(s).toHaveLength(3);
    // October, then two figures for November (General Staff and MoD) over the same days.
    const [oct, nov1, nov2] = s;
    for (const x of s) expect(x.right - x.left).toBeGreaterThan(20);
    expect(oct.right).toBeLessThanOrEqual(nov1.left + 1);
    expect(Math.abs(nov1.left - nov2.left)).toBeLessThan(1);
    expect(Math.abs(nov1.right - nov2.right)).toBeLessThan(1);
    // October is 31 days, November 30: the spans' widths say so.
    expect((oct.right - oct.left) / (nov1.right - nov1.left)).toBeCloseTo(31 / 30, 1);
    // The list names the period and, apart, when it was stated.
    await shot(page, 'timeline-periods');
    const first = page.locator('.point-btn').first();
    expect(await first.innerText()).toMatch(/^2024-10 41,980 Ukraine’s General Staff · stated 2024-12-02/);
    await first.focus();
    const card = page.locator('.points [data-testid=hover-card]');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Period\s+2024-10/);
  });

  it('colours by source and switches sources off and on', async () => {
    const { page } = await h.newPage();
    await openSeries(page, /RU killed_or_wounded .*month/);
    const toggles = page.getByRole('group', { name: 'Sources shown' }).getByRole('checkbox');
    expect(await toggles.count()).toBe(2);
    // Two sources of one country's side would share a colour by affiliation; by source they do not.
    expect(new Set(await dotFills(page)).size).toBe(2);
    const mod = page.getByRole('checkbox', { name: 'British Ministry of Defence' });
    await mod.uncheck();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} g.period-span line`).length === 2, PLOT);
    expect(new Set(await dotFills(page)).size).toBe(1);
    expect(await page.locator('.point-btn', { hasText: 'British Ministry' }).count()).toBe(0);
    const staffColour = (await dotFills(page))[0];
    await page.getByRole('checkbox', { name: 'Ukraine’s General Staff' }).uncheck();
    await page.getByText('Every source is switched off.').waitFor();
    await mod.check();
    await page.getByRole('checkbox', { name: 'Ukraine’s General Staff' }).check();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} g.period-span line`).length === 3, PLOT);
    // A source keeps its colour through the toggling.
    expect(await dotFills(page)).toContain(staffColour);
    expect(await page.locator('.point-btn').count()).toBe(3);
  });

  it('lists undated figures under the chart, counted as the header counts them', async () => {
    const { page } = await h.newPage();
    await openSeries(page, /KP killed_or_wounded · Kursk/);
    expect(await page.getByTestId('series-stats').innerText()).toMatch(/^8 claims \(7 dated, 1 undated\) from 4 sources/);
    const undated = page.getByTestId('undated');
    expect(await undated.getByRole('heading').innerText()).toBe('Undated: 1 claim');
    const items = await undated.locator('li').allInnerTexts();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('~1,500 Conflict monitors');
    // The chart and list hold the other seven; the undated one opens its article.
    expect(await page.locator('.point-btn').count()).toBe(6);
    await undated.getByRole('link', { name: 'Monitors describe a month of losses' }).click();
    await page.waitForURL(/#\/articles\/\d+\?claim=\d+/);
    expect(await page.locator('mark.hl-claim.selected').innerText()).toBe('some 1,500');
  });

  it('saves a series as CSV and the chart as PNG', async () => {
    const { page } = await h.newPage();
    await openSeries(page, /KP killed_or_wounded · Kursk/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^tally-series-\d+\.csv$/);
    const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe(SERIES_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.includes('Conflict monitors'))).toHaveLength(1);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save chart as PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^tally-series-\d+-kp-killed-or-wounded-kursk-cumulative\.png$/);
    await png.saveAs(join(SCREENSHOTS, 'timeline-export.png'));
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const chart = await page.locator(PLOT).boundingBox();
    // Width and height from the IHDR chunk: the chart plus its title and legend.
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.round(chart!.width));
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(Math.round(chart!.height));
    // Not a blank canvas: a PNG of one colour compresses to almost nothing.
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});

describe('correcting a claim', () => {
  it('covers every field, shows the refusal beside the field and stores nothing invalid', async () => {
    const { page } = await h.newPage({ token: h.tokens.alice });
    const claim = (await h.ledger.listClaims({ text: '41,980' })).items[0];
    await page.goto(`${h.base}/#/articles/${claim.articleId}?claim=${claim.id}`);
    await page.locator('.who .user', { hasText: 'alice' }).waitFor();
    await page.getByRole('button', { name: 'Correct…' }).click();
    const form = page.getByRole('form', { name: 'Correct this claim' });
    for (const label of ['Low', 'High', 'Unit', 'Measure', 'Item', 'Party', 'Counterparty', 'Source name', 'Source kind', 'Source affiliation', 'Stated on', 'Hedges', 'Period start', 'Period end'])
      expect(await form.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await form.getByLabel('Period start', { exact: true }).inputValue()).toBe('2024-10');

    const save = () => form.getByRole('button', { name: 'Save correction' }).click();
    const before = h.problems.length;
    const refusal = async (input: string, message: RegExp) => {
      const field = form.getByLabel(input, { exact: true });
      await page.waitForFunction((name) => document.querySelector(`.correct-form [name=${name}]`)?.getAttribute('aria-invalid') === 'true', await field.getAttribute('name'));
      const id = await field.getAttribute('aria-describedby');
      expect(await page.locator(`#${id}`).innerText()).toMatch(message);
      const alert = await page.getByRole('alert').innerText();
      expect(alert).toMatch(message);
      expect(alert).toContain(`${input}: `);
      // The reader is taken to the field to fix.
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    };

    await form.getByLabel('Low', { exact: true }).fill('-5');
    await save();
    await refusal('Low', /must not be negative/);
    await shot(page, 'review-validation');

    await form.getByLabel('Low', { exact: true }).fill('forty');
    await save();
    await refusal('Low', /expected number/);

    await form.getByLabel('Low', { exact: true }).fill('42,000');
    await form.getByLabel('High', { exact: true }).fill('41,000');
    await save();
    await refusal('High', /low must not exceed high/);

    await form.getByLabel('High', { exact: true }).fill('42,000');
    await form.getByLabel('Period end', { exact: true }).fill('2024-09');
    await save();
    await refusal('Period end', /start must not come after end/);

    await form.getByLabel('Period end', { exact: true }).fill('2024-10');
    await form.getByLabel('Stated on', { exact: true }).fill('2024-02-30');
    await save();
    await refusal('Stated on', /not a real date/);
    expect(await h.ledger.claimAudit(claim.id)).toEqual([]);
    // Chromium logs each refused request: those five lines, and nothing else, are expected.
    const logged = h.problems.splice(before);
    expect(logged.filter((p) => !/status of 400/.test(p))).toEqual([]);
    expect(logged).toHaveLength(5);

    // Now a correction the API accepts, touching most fields at once.
    await form.getByLabel('Stated on', { exact: true }).fill('2024-12-03');
    await form.getByLabel('Item', { exact: true }).fill('soldiers');
    await form.getByLabel('Source name', { exact: true }).fill('General Staff of the Armed Forces of Ukraine');
    await form.getByLabel('Hedges', { exact: true }).fill('at least');
    await form.getByLabel('Period start', { exact: true }).fill('2024-10-01');
    await form.getByLabel('Period end', { exact: true }).fill('2024-10-31');
    await form.getByLabel('Note').fill('the bulletin gives 42,000');
    await save();
    const entry = page.locator('[data-testid=audit-entry]').first();
    await entry.waitFor();
    const rows = await entry.locator('table.audit-diff tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c as HTMLElement).innerText)));
    expect(rows).toEqual([
      ['Value', '41,980', '42,000'],
      ['Item', '—', 'soldiers'],
      ['Source', 'Ukraine’s General Staff (military, UA)', 'General Staff of the Armed Forces of Ukraine (military, UA)'],
      ['Stated on', '2024-12-02', '2024-12-03'],
      ['Period', '2024-10', '2024-10-01 → 2024-10-31'],
      ['Hedges', '—', 'at least'],
    ]);
    expect(await page.locator('.claim-panel .status').innerText()).toBe('corrected');
    expect(await page.getByRole('alert').count()).toBe(0);
    await shot(page, 'review-audit');
    const stored = (await h.ledger.getClaim(claim.id))!.claim;
    expect(stored.period).toEqual({ start: '2024-10-01', end: '2024-10-31' });
    expect(stored.value).toEqual({ low: 42000, high: 42000, approximate: false });
  });

  it('made no request outside its own origin and logged no errors', () => {
    expect(h.external).toEqual([]);
    expect(h.problems, h.problems.join("\n")).toEqual([]);
  });
});
