/**
 * The page templates of templates.ts, table-driven: each page's metadata, related links,
 * body paragraphs (all of them, and nothing else) and the furniture that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.js';
import { raw } from './helpers.js';
import { TEMPLATES } from './templates.js';

describe.each(TEMPLATES)('template: $name', (t) => {
  const article = parseArticle(raw(t.html, 'page.html'));
  const paragraphs = article.text.split('\n\n');

  it('has the expected title, date, outlet and related links', () => {
    expect({ title: article.title, published: article.published, outlet: article.outlet, related: article.related.map((r) => r.title) }).toEqual({
      title: t.title,
      published: t.published,
      outlet: t.outlet,
      related: t.related,
    });
  });
  it('keeps every body paragraph and nothing else', () => {
    expect(paragraphs).toEqual(t.body);
  });
  it.each(t.excluded.length ? t.excluded : ['\u0000'])('leaves out %j', (s) => {
    expect(article.text).not.toContain(s);
  });
  it('gives a liveblog its entries, and other pages none', () => {
    expect(article.entries?.map((e) => e.published)).toEqual(t.entries);
    for (const e of article.entries ?? []) {
      expect(article.text.slice(e.start, e.end)).toBe(article.text.slice(e.start, e.end).trim());
      expect(e.end).toBeGreaterThan(e.start);
    }
  });
});

it('holds at least 30 templates', () => {
  expect(TEMPLATES.length).toBeGreaterThanOrEqual(30);
});
