/**
 * The ledger's contract: one suite, run against every backend (sqlite.test.ts, pg.test.ts).
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/ledger/index.js';
import { writeExport, EXPORT_COLUMNS } from '../../src/ledger/export.js';
import { article, claim, oneClaim, source } from './fixtures.js';
import { flagCases } from './flags.cases.js';

export function ledgerContract(name: string, open: () => Promise<Ledger>, cleanup: () => Promise<void> = async () => undefined): void {
  describe(`ledger contract: ${name}`, () => {
    let ledger: Ledger;
    beforeEach(async () => {
      ledger = await open();
    });
    afterEach(async () => {
      await ledger.close();
      await cleanup();
    });

    describe('idempotent ingest', () => {
      it('stores the same article (same URL) once', async () => {
        const input = oneClaim('Officials said 1,200 soldiers were killed.', '1,200');
        expect((await ledger.storeArticle(input)).outcome).toBe('added');
        expect((await ledger.storeArticle(input)).outcome).toBe('unchanged');
        const s = await ledger.stats();
        expect([s.articles, s.claims]).toEqual([1, 1]);
      });

      it('keys an article without URL by its normalised text', async () => {
        const a = oneClaim('Officials said 1,200 soldiers were killed.', '1,200', {}, { url: null });
        const b = { ...a, article: { ...a.article, text: '  OFFICIALS said 1,200 soldiers were killed!' } };
        expect((await ledger.storeArticle(a)).outcome).toBe('added');
        expect((await ledger.storeArticle(b)).outcome).toBe('unchanged');
        expect((await ledger.stats()).articles).toBe(1);
      });

      it('ignores tracking parameters and fragments in the URL', async () => {
        const a = oneClaim('Officials said 1,200 soldiers were killed.', '1,200');
        const b = { ...a, article: { ...a.article, url: 'https://gazette.example/front-line-update?utm_source=x#top' } };
        await ledger.storeArticle(a);
        expect((await ledger.storeArticle(b)).outcome).toBe('unchanged');
      });
    });

    describe('replacement', () => {
      it('replaces the claims of a changed article in one go and logs the change', async () => {
        const first = oneClaim('Officials said 1,200 soldiers were killed.', '1,200');
        const { articleId } = await ledger.storeArticle(first);
        const text = 'Officials said 1,300 soldiers were killed. Another 40 were captured.';
        const second = {
          ...first,
          article: { ...first.article, text },
          claims: [
            claim('Officials said 1,300 soldiers were killed.', '1,300', { value: { low: 1300, high: 1300, approximate: false } }, text),
            claim('Another 40 were captured.', '40', { measure: 'captured', value: { low: 40, high: 40, approximate: false } }, text),
          ],
        };
        const r = await ledger.storeArticle(second);
        expect(r).toEqual({ articleId, outcome: 'replaced', claims: 2 });
        const detail = await ledger.getArticle(articleId);
        expect(detail?.version).toBe(2);
        expect(detail?.claims.map((c) => c.claim.quote)).toEqual(['1,300', '40']);
        expect((await ledger.stats()).claims).toBe(2);
        const changes = (await ledger.listChanges()).items.map((c) => c.kind);
        expect(changes).toEqual(['article_added', 'article_replaced']);
      });
    });

    it('keeps the raw page, compressed, with its hash', async () => {
      const bytes = Buffer.from('<html><body><p>Officials said 1,200 soldiers were killed.</p></body></html>');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const input = { ...oneClaim('Officials said 1,200 soldiers were killed.', '1,200'), raw: { bytes, contentType: 'text/html', sha256 } };
      const { articleId } = await ledger.storeArticle(input);
      const snap = await ledger.getRawSnapshot(articleId);
      expect(snap?.sha256).toBe(sha256);
      expect(snap?.bytes.equals(bytes)).toBe(true);
      expect(createHash('sha256').update(snap!.bytes).digest('hex')).toBe(sha256);
    });

    it('records a bad article as an error', async () => {
      await ledger.recordError({ origin: 'https://broken.example/', kind: 'fetch', reason: 'HTTP 500' });
      const errs = await ledger.listErrors();
      expect(errs.items).toMatchObject([{ origin: 'https://broken.example/', kind: 'fetch', reason: 'HTTP 500' }]);
    });

    describe('source entities', () => {
      const forms: [string, string][] = [
        ['https://a.example/1', 'John Kirby'],
        ['https://a.example/2', 'NSC spokesperson John Kirby'],
        ['https://a.example/3', 'Kirby'],
      ];
      it('merges "John Kirby", "NSC spokesperson John Kirby" and "Kirby" into one source', async () => {
        for (const [url, name] of forms) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name, { affiliation: 'US' }) }, { url }));
        }
        const sources = (await ledger.listSources()).items;
        expect(sources).toHaveLength(1);
        expect(sources[0].name).toBe('John Kirby');
        expect(sources[0].aliases).toEqual(expect.arrayContaining(['John Kirby', 'NSC spokesperson John Kirby', 'Kirby']));
        expect(sources[0].claimCount).toBe(3);
      });

      it('grows a bare surname seen first into the full name', async () => {
        for (const [url, name] of [...forms].reverse()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name) }, { url }));
        }
        const sources = (await ledger.listSources()).items;
        expect(sources.map((s) => s.name)).toEqual(['John Kirby']);
      });

      it('keeps two people with the same surname apart, and a bare surname ambiguous', async () => {
        const names = ['John Kirby', 'Jane Kirby', 'Kirby'];
        for (const [i, name] of names.entries()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name) }, { url: `https://b.example/${i}` }));
        }
        const sources = (await ledger.listSources()).items.map((s) => s.name).sort();
        expect(sources).toEqual(['Jane Kirby', 'John Kirby', 'Kirby']);
      });

      it('does not merge organisations on their last word, but on their words and country', async () => {
        const names = ['Ukraine’s General Staff', 'the General Staff of Ukraine', 'Russian Defence Ministry'];
        for (const [i, name] of names.entries()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name, { kind: 'military' }) }, { url: `https://c.example/${i}` }));
        }
        expect((await ledger.listSources()).items.map((s) => s.aliases.length > 0 && s.claimCount).sort()).toEqual([1, 2]);
      });

      const sameSource: [string, [string, string | null][], string][] = [
        ['an acronym before its long form', [['ISW', 'US'], ['Institute for the Study of War', 'US'], ['the Institute for the Study of War', null]], 'Institute for the Study of War'],
        ['a long form before its acronym', [['Institute for the Study of War', 'US'], ['ISW', null]], 'Institute for the Study of War'],
        ['possessive, adjective and acronym forms of a ministry', [["Britain's defence ministry", 'GB'], ['the British Ministry of Defence', 'GB'], ['UK MoD', 'GB'], ["Britain's Ministry of Defense", 'GB'], ['the British ministry', 'GB']], "Britain's defence ministry"],
        ['title and surname, and a spelling variant', [['Volodymyr Zelensky', 'UA'], ['President Zelensky', 'UA'], ['Volodymyr Zelenskyy', 'UA']], 'Volodymyr Zelensky'],
        ['an acronym given beside the name', [['the UN refugee agency, UNHCR', 'UN'], ['UNHCR', 'UN']], 'UN refugee agency'],
        ['a body named with no country after the one country’s', [["Lebanon's health ministry", 'LB'], ['the health ministry', null]], "Lebanon's health ministry"],
      ];
      it.each(sameSource)('one source for %s', async (_what, names, display) => {
        for (const [i, [name, affiliation]] of names.entries()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name, { affiliation }) }, { url: `https://d.example/${i}` }));
        }
        const sources = (await ledger.listSources()).items;
        expect(sources.map((s) => s.name)).toEqual([display]);
        // "the X" and "X" are one name, stored as first written.
        const bare = (n: string) => n.replace(/^the /, '');
        expect(sources[0].aliases.map(bare)).toEqual(expect.arrayContaining(names.map(([n]) => bare(n))));
      });

      it('keeps one country’s ministry apart from another’s', async () => {
        const names = [["Britain's Ministry of Defence", 'GB'], ['Russian MoD', 'RU'], ["Russia's Defence Ministry", 'RU'], ['UK MoD', 'GB'], ["Britain's Defence Intelligence", 'GB']] as const;
        for (const [i, [name, aff]] of names.entries()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 soldiers were killed.`, '1,200', { source: source(name, { affiliation: aff }) }, { url: `https://e.example/${i}` }));
        }
        const groups = (await ledger.listSources()).items.map((s) => [...s.aliases].sort().join(' = ')).sort();
        expect(groups).toEqual(["Britain's Defence Intelligence", "Britain's Ministry of Defence = UK MoD", "Russia's Defence Ministry = Russian MoD"]);
      });

      it('reads a name that gives no country by the affiliation of each claim', async () => {
        const names = [['the health ministry', 'PS'], ["Lebanon's health ministry", 'LB'], ['the health ministry', 'LB'], ['Gaza health ministry', 'PS']] as const;
        for (const [i, [name, aff]] of names.entries()) {
          await ledger.storeArticle(oneClaim(`${name} said 1,200 people were killed.`, '1,200', { source: source(name, { affiliation: aff }) }, { url: `https://g.example/${i}` }));
        }
        const groups = (await ledger.listSources()).items.map((s) => `${s.affiliation}: ${s.claimCount}`).sort();
        expect(groups).toEqual(['LB: 2', 'PS: 2']);
      });

      it('lets a reviewer merge and split sources, audited, and the decision survives storing the articles again', async () => {
        const stories: [string, string, number][] = [['Kyiv', 'https://f.example/1', 1000], ['Ukraine', 'https://f.example/2', 1100], ['Ukrainian officials', 'https://f.example/3', 1200]];
        const store = (v: number) =>
          Promise.all(stories.map(([name, url, n]) => ledger.storeArticle(oneClaim(`${name} said ${n + v} soldiers were killed.`, String(n + v), { source: source(name, { affiliation: 'UA' }), value: { low: n + v, high: n + v, approximate: false } }, { url }))));
        await store(0);
        const byName = async () => new Map((await ledger.listSources()).items.map((s) => [s.name, s]));
        let names = await byName();
        expect(names.size).toBe(3);
        const kept = names.get('Ukraine')!.id;
        const merged = await ledger.mergeSources({ into: kept, from: [names.get('Kyiv')!.id, names.get('Ukrainian officials')!.id], actor: 'alice', note: 'the government' });
        expect(merged.claimCount).toBe(3);
        expect(merged.aliases).toEqual(expect.arrayContaining(['Kyiv', 'Ukraine', 'Ukrainian officials']));
        const split = await ledger.splitSource({ id: kept, names: ['Ukrainian officials'], actor: 'bob' });
        expect(split).toMatchObject({ name: 'Ukrainian officials', claimCount: 1 });
        // Stored again with new figures: each name goes where the reviewers put it.
        await store(1);
        names = await byName();
        expect([...names.keys()].sort()).toEqual(['Ukraine', 'Ukrainian officials']);
        expect(names.get('Ukraine')!.claimCount).toBe(2);
        const trail = await ledger.sourceAudit(kept);
        expect(trail.map((t) => [t.action, t.actor, t.before.length, t.after.length])).toEqual([['merge', 'alice', 3, 1], ['split', 'bob', 1, 2]]);
        expect(trail[0].note).toBe('the government');
        await expect(ledger.mergeSources({ into: kept, from: [999999], actor: 'alice' })).rejects.toThrow(/no source with id 999999/);
        await expect(ledger.splitSource({ id: kept, names: ['Nobody'], actor: 'alice' })).rejects.toThrow(/has no name "nobody"/);
        await expect(ledger.mergeSources({ into: kept, from: [split.id], actor: ' ' })).rejects.toThrow(/actor/);
      });
    });

    describe('assertions', () => {
      it('counts one assertion relayed by several outlets, wire copy once', async () => {
        const sentence = 'Kirby said 1,200 soldiers were killed.';
        const kirby = source('John Kirby', { affiliation: 'US' });
        // Two outlets carry the same wire text; a third writes its own story.
        await ledger.storeArticle(oneClaim(sentence, '1,200', { source: kirby }, { url: 'https://wire1.example/a', outlet: 'Wire One' }));
        await ledger.storeArticle(oneClaim(sentence, '1,200', { source: kirby }, { url: 'https://wire2.example/a', outlet: 'Wire Two', published: '2024-03-06' }));
        const own = 'In a briefing, Kirby said 1,200 soldiers were killed.';
        await ledger.storeArticle(oneClaim(own, '1,200', { source: kirby }, { url: 'https://own.example/a', outlet: 'Own Paper', published: '2024-03-07' }));
        // The same figure a month later is a new assertion.
        await ledger.storeArticle(oneClaim(own, '1,200', { source: kirby }, { url: 'https://own.example/b', outlet: 'Own Paper', published: '2024-04-07' }));
        const assertions = (await ledger.listAssertions()).items.sort((a, b) => a.id - b.id);
        expect(assertions).toHaveLength(2);
        expect(assertions[0]).toMatchObject({ reports: 2, value: { low: 1200, high: 1200 } });
        expect(assertions[0].outlets.sort()).toEqual(['Own Paper', 'Wire One', 'Wire Two']);
        expect(assertions[0].claimIds).toHaveLength(3);
        expect(assertions[1].reports).toBe(1);
      });
    });

    describe('typing', () => {
      const cases: [string, string, Partial<Parameters<typeof claim>[2]>, string][] = [
        ['Russia has lost 400,000 troops since February 2022, officials said.', '400,000', {}, 'cumulative'],
        ['In the past 24 hours, 1,200 Russian troops were killed.', '1,200', {}, 'increment'],
        ['Russia is losing about 1,000 troops a day.', '1,000', { per: 'day' }, 'rate'],
        ['A drone strike killed 12 soldiers near the village.', '12', {}, 'point'],
        ['The extractor said so: 50 in total.', '50', { aggregation: 'increment' }, 'increment'],
      ];
      it.each(cases)('%s → %s', async (sentence, quote, over, expected) => {
        await ledger.storeArticle(oneClaim(sentence, quote, over));
        const [row] = (await ledger.listClaims()).items;
        expect(row.aggregation).toBe(expected);
      });

      it('keeps running totals, increments and rates in separate series', async () => {
        const text = 'Russia has lost 400,000 troops since February 2022. In the past 24 hours, 1,200 were killed. It loses 1,000 a day.';
        await ledger.storeArticle({
          article: article({ text }),
          claims: [
            claim('Russia has lost 400,000 troops since February 2022.', '400,000', { value: { low: 400000, high: 400000, approximate: false } }, text),
            claim('In the past 24 hours, 1,200 were killed.', '1,200', {}, text),
            claim('It loses 1,000 a day.', '1,000', { per: 'day', value: { low: 1000, high: 1000, approximate: false } }, text),
          ],
          raw: null,
          origin: 'test',
        });
        const series = await ledger.listSeries();
        expect(series.map((s) => s.aggregation).sort()).toEqual(['cumulative', 'increment', 'rate']);
      });
    });

    describe('series and disagreements', () => {
      async function estimate(i: number, name: string, low: number | null, high: number | null, approximate = false, published = '2024-03-05') {
        const s = `${name} put Russian losses since February 2022 at ${i} figures.`;
        await ledger.storeArticle(
          oneClaim(s, name, { source: source(name), value: { low, high, approximate }, measure: 'killed_or_wounded', location: 'Kursk', party: 'KP' }, { url: `https://s.example/${i}`, published, outlet: `Outlet ${i}` }),
        );
      }

      it('lists indicators with counts and latest value', async () => {
        await estimate(1, 'Alpha Agency', 1000, 1000, false, '2024-03-01');
        await estimate(2, 'Beta Institute', 1100, 1100, false, '2024-03-09');
        const [s] = await ledger.listSeries();
        expect(s).toMatchObject({ measure: 'killed_or_wounded', party: 'KP', location: 'Kursk', aggregation: 'cumulative', claims: 2, sources: 2 });
        expect(s.label).toBe('KP killed_or_wounded · Kursk (cumulative)');
        expect(s.latest).toMatchObject({ value: { low: 1100 }, date: '2024-03-09', source: 'Beta Institute' });
        const detail = await ledger.getSeries(s.id);
        expect(detail?.lines.map((l) => l.source).sort()).toEqual(['Alpha Agency', 'Beta Institute']);
      });

      it('flags sources whose ranges for the same period do not overlap', async () => {
        await estimate(1, 'Alpha Agency', 1000, 1200);
        await estimate(2, 'Beta Institute', 3000, 3000);
        await estimate(3, 'Gamma Office', 1100, 1100, true);
        const [s] = await ledger.listSeries();
        expect(s.disagreements).toBe(2);
        const d = await ledger.getSeries(s.id);
        const pairs = d!.disagreementList.map((x) => [x.a.source, x.b.source].sort().join(' vs ')).sort();
        expect(pairs).toEqual(['Alpha Agency vs Beta Institute', 'Beta Institute vs Gamma Office']);
      });

      it('treats approximate figures within 10% and open ranges as agreeing', async () => {
        await estimate(1, 'Alpha Agency', 1000, 1000, true);
        await estimate(2, 'Beta Institute', 1080, 1080);
        await estimate(3, 'Gamma Office', 900, null);
        const [s] = await ledger.listSeries();
        expect(s.disagreements).toBe(0);
      });

      it('shows a source revising its own figure as a revision, not a disagreement', async () => {
        await estimate(1, 'Alpha Agency', 1000, 1000, false, '2024-03-05');
        await estimate(2, 'Alpha Agency', 5000, 5000, false, '2024-03-09');
        const [s] = await ledger.listSeries();
        expect(s.disagreements).toBe(0);
        const d = await ledger.getSeries(s.id);
        const pts = d!.lines[0].points;
        expect(pts).toHaveLength(2);
        expect(pts[1].revises).toMatchObject({ low: 1000 });
      });
    });

    flagCases(() => ledger);

    describe('queries', () => {
      beforeEach(async () => {
        const rows: [string, string, Partial<Parameters<typeof claim>[2]>, string][] = [
          ['Kyiv said 300 tanks were destroyed in Avdiivka.', '300', { measure: 'equipment_lost', party: 'RU', source: source('Kyiv', { affiliation: 'UA' }), value: { low: 300, high: 300, approximate: false }, statedOn: '2024-01-10' }, 'https://q.example/1'],
          ['Moscow said 90 soldiers were captured.', '90', { measure: 'captured', party: 'UA', source: source('Moscow', { affiliation: 'RU' }), value: { low: 90, high: 90, approximate: false }, statedOn: '2024-02-20' }, 'https://q.example/2'],
          ['Kyiv said 1,500 soldiers were killed.', '1,500', { measure: 'killed', party: 'RU', source: source('Kyiv', { affiliation: 'UA' }), statedOn: '2024-03-15' }, 'https://q.example/3'],
        ];
        for (const [s, q, over, url] of rows) await ledger.storeArticle(oneClaim(s, q, over, { url }));
      });

      const filters: [string, Parameters<Ledger['listClaims']>[0], string[]][] = [
        ['measure', { measure: 'captured' }, ['90']],
        ['several measures', { measure: ['captured', 'killed'] }, ['1,500', '90']],
        ['party', { party: 'RU' }, ['1,500', '300']],
        ['source name', { source: 'kyiv' }, ['1,500', '300']],
        ['affiliation', { affiliation: 'ru' }, ['90']],
        ['since', { since: '2024-02' }, ['1,500', '90']],
        ['until (inclusive month)', { until: '2024-02' }, ['90', '300']],
        ['since + until', { since: '2024-02-01', until: '2024-02-28' }, ['90']],
        ['full text', { text: 'tanks destroyed' }, ['300']],
        ['full text, stemmed', { text: 'tank' }, ['300']],
        ['full text + measure', { text: 'said', measure: 'killed' }, ['1,500']],
        ['full text + source', { text: 'said', source: 'Kyiv' }, ['1,500', '300']],
        ['full text, operators are plain words', { text: 'tanks NEAR soldiers "' }, []],
      ];
      it.each(filters)('filters by %s', async (_label, filter, quotes) => {
        const got = (await ledger.listClaims(filter)).items.map((c) => c.claim.quote);
        expect(got).toEqual(quotes);
        expect(await ledger.countClaims(filter)).toBe(quotes.length);
      });

      it('filters by article and pages with a cursor', async () => {
        const arts = (await ledger.listArticles()).items;
        expect(arts).toHaveLength(3);
        const byArticle = await ledger.listClaims({ articleId: arts[2].id });
        expect(byArticle.items.map((c) => c.claim.quote)).toEqual(['300']);
        const p1 = await ledger.listClaims({}, { limit: 2 });
        expect(p1.items).toHaveLength(2);
        const p2 = await ledger.listClaims({}, { limit: 2, cursor: p1.next });
        expect(p2.items).toHaveLength(1);
        expect(p2.next).toBeNull();
        expect(new Set([...p1.items, ...p2.items].map((c) => c.id)).size).toBe(3);
      });

      it('pages through a text search with a cursor', async () => {
        const p1 = await ledger.listClaims({ text: 'said' }, { limit: 2 });
        const p2 = await ledger.listClaims({ text: 'said' }, { limit: 2, cursor: p1.next });
        expect([...p1.items, ...p2.items].map((c) => c.claim.quote)).toEqual(['1,500', '90', '300']);
        expect(p2.next).toBeNull();
      });

      it('rejects a bad cursor and a bad date with InputError', async () => {
        await expect(ledger.listClaims({}, { cursor: 'nonsense' })).rejects.toMatchObject({ code: 'input' });
        await expect(ledger.listClaims({ since: 'last week' })).rejects.toMatchObject({ code: 'input' });
      });

      it('lists a source with its claims', async () => {
        const kyiv = (await ledger.listSources({ q: 'kyiv' })).items[0];
        expect(kyiv).toMatchObject({ name: 'Kyiv', affiliation: 'UA', claimCount: 2, articleCount: 2 });
        expect((await ledger.listClaims({ source: kyiv.id })).items).toHaveLength(2);
      });

      it('exports every format with the documented columns', async () => {
        const chunks: Record<string, string> = {};
        for (const format of ['csv', 'json', 'ndjson'] as const) {
          let s = '';
          const n = await writeExport(ledger.exportRows({}), format, { write: (c: string) => void (s += c) });
          expect(n).toBe(3);
          chunks[format] = s;
        }
        const lines = chunks.csv.trimEnd().split('\r\n');
        expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
        expect(lines).toHaveLength(4);
        const json = JSON.parse(chunks.json) as Record<string, unknown>[];
        expect(json.map((r) => r.quote)).toEqual(['300', '90', '1,500']);
        expect(Object.keys(json[0])).toEqual([...EXPORT_COLUMNS]);
        const nd = chunks.ndjson.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(nd).toEqual(json);
        expect(nd[0]).toMatchObject({ source_name: 'Kyiv', source_affiliation: 'UA', measure: 'equipment_lost', value_low: 300, approximate: false, date: '2024-01-10' });
      });

      it('exports only what the filter selects', async () => {
        const rows = [];
        for await (const r of ledger.exportRows({ measure: 'killed' })) rows.push(r);
        expect(rows.map((r) => r.quote)).toEqual(['1,500']);
      });
    });

    describe('changes feed', () => {
      it('lists changes since a time, oldest first', async () => {
        await ledger.storeArticle(oneClaim('Officials said 1,200 soldiers were killed.', '1,200', {}, { url: 'https://r.example/1' }));
        const [first] = (await ledger.listChanges()).items;
        await new Promise((r) => setTimeout(r, 5));
        await ledger.storeArticle(oneClaim('Officials said 1,200 soldiers were killed.', '1,200', {}, { url: 'https://r.example/2' }));
        const since = await ledger.listChanges(first.at);
        expect(since.items.map((c) => c.detail.key)).toEqual(['url:https://r.example/2']);
        await expect(ledger.listChanges('yesterday-ish')).rejects.toMatchObject({ code: 'input' });
      });
    });

    describe('review', () => {
      it('corrects a claim with an audit trail that survives re-ingesting the article', async () => {
        const input = oneClaim('Officials said 1,200 soldiers were killed.', '1,200', {}, { url: 'https://v.example/1' });
        const { articleId } = await ledger.storeArticle(input);
        const [c] = (await ledger.listClaims({ articleId })).items;
        const fixed = await ledger.reviewClaim({ claimId: c.id, action: 'correct', patch: { party: 'UA', measure: 'wounded' }, actor: 'alice', note: 'misread' });
        expect(fixed).toMatchObject({ status: 'corrected', claim: { party: 'UA', measure: 'wounded' } });

        // The page changes elsewhere; the corrected sentence stays where it was.
        const text = `${input.article.text} A later paragraph adds nothing.`;
        await ledger.storeArticle({ ...input, article: { ...input.article, text }, claims: [claim(input.article.text, '1,200', {}, text)] });
        const [again] = (await ledger.listClaims({ articleId })).items;
        expect(again.claimKey).toBe(c.claimKey);
        expect(again).toMatchObject({ status: 'corrected', claim: { party: 'UA', measure: 'wounded' } });

        const audit = await ledger.claimAudit(again.id);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ actor: 'alice', action: 'correct', before: { party: 'RU' }, after: { party: 'UA' }, note: 'misread' });
        const kinds = (await ledger.listChanges()).items.map((x) => x.kind);
        expect(kinds).toEqual(['article_added', 'claim_corrected', 'article_replaced', 'claim_review_reapplied']);
      });

      it('hides rejected claims unless asked, and refuses invalid corrections', async () => {
        await ledger.storeArticle(oneClaim('Officials said 1,200 soldiers were killed.', '1,200'));
        const [c] = (await ledger.listClaims()).items;
        await expect(ledger.reviewClaim({ claimId: c.id, action: 'correct', patch: { value: { low: 5, high: 1, approximate: false } }, actor: 'bob' })).rejects.toMatchObject({ code: 'input' });
        await ledger.reviewClaim({ claimId: c.id, action: 'reject', actor: 'bob' });
        expect((await ledger.listClaims()).items).toHaveLength(0);
        expect((await ledger.listClaims({ includeRejected: true })).items[0].status).toBe('rejected');
        await ledger.reviewClaim({ claimId: c.id, action: 'confirm', actor: 'carol' });
        expect((await ledger.getClaim(c.id))?.status).toBe('confirmed');
        expect((await ledger.claimAudit(c.id)).map((a) => a.action)).toEqual(['reject', 'confirm']);
        await expect(ledger.reviewClaim({ claimId: 999999, action: 'confirm', actor: 'x' })).rejects.toMatchObject({ code: 'input' });
      });
    });

    describe('tokens, topics, feeds', () => {
      it('stores token hashes, finds and revokes them', async () => {
        await ledger.createToken('alice', 'h1');
        await expect(ledger.createToken('alice', 'h2')).rejects.toMatchObject({ code: 'input' });
        expect((await ledger.findToken('h1'))?.name).toBe('alice');
        expect(await ledger.revokeToken('alice')).toBe(true);
        expect(await ledger.findToken('h1')).toBeNull();
        expect((await ledger.listTokens())[0].revokedAt).not.toBeNull();
      });

      it('lets each account vote once per topic', async () => {
        const t = await ledger.proposeTopic({ title: 'Track drone strikes on energy', proposedBy: 'alice' });
        expect(await ledger.voteTopic(t.id, 'bob')).toBe(true);
        expect(await ledger.voteTopic(t.id, 'bob')).toBe(false);
        expect(await ledger.voteTopic(t.id, 'carol')).toBe(true);
        expect((await ledger.listTopics())[0]).toMatchObject({ title: 'Track drone strikes on energy', votes: 2 });
      });

      it('remembers feeds', async () => {
        await ledger.addFeed('https://feed.example/rss', 'Feed');
        await ledger.addFeed('https://feed.example/rss');
        await ledger.markFeed('https://feed.example/rss', 'ok: 3 items');
        expect(await ledger.listFeeds()).toMatchObject([{ url: 'https://feed.example/rss', title: 'Feed', lastStatus: 'ok: 3 items' }]);
      });
    });
  });
}
