/**
 * Whole-page regressions: each folder under fixtures/ is a page of our own making in the
 * layout of a kind of news site, with the article we expect the reader to find in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.js';
import { raw } from './helpers.js';

interface Expected {
  title: string;
  subtitle: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  related: string[];
  mustInclude: string[];
  mustExclude: string[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe.each(readdirSync(dir).sort())('page %s', (name) => {
  const article = parseArticle(raw(readFileSync(join(dir, name, 'source.html')), `${name}.html`));
  const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;

  it('has the expected metadata', () => {
    expect({ title: article.title, subtitle: article.subtitle, published: article.published, outlet: article.outlet, url: article.url }).toEqual({
      title: expected.title,
      subtitle: expected.subtitle,
      published: expected.published,
      outlet: expected.outlet,
      url: expected.url,
    });
    expect(article.related.map((r) => r.title)).toEqual(expected.related);
  });
  it.each(expected.mustInclude)('keeps %j', (s) => expect(article.text).toContain(s));
  it.each(expected.mustExclude)('drops %j', (s) => expect(article.text).not.toContain(s));
  it('has no empty paragraphs or stray whitespace', () => {
    for (const p of article.text.split('\n\n')) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  });
});
