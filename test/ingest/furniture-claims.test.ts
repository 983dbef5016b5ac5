/**
 * No claims from furniture: the extractor, run as it is on every fixture page the reader
 * reads, finds claims only in the body's sentences (and the title and standfirst), never
 * in an offer, a counter, a date line or a box around the article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims, parseArticle, type Article, type Claim } from '../../src/index.js';
import { raw } from './helpers.js';
import { TEMPLATES } from './templates.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The body paragraph a claim's span falls in, or null when the span crosses paragraphs. */
function paragraphOf(article: Article, claim: Claim): string | null {
  const [start, end] = claim.span;
  const before = article.text.lastIndexOf('\n\n', start);
  const after = article.text.indexOf('\n\n', start);
  const from = before < 0 ? 0 : before + 2;
  const to = after < 0 ? article.text.length : after;
  return end <= to ? article.text.slice(from, to) : null;
}

const pages = [
  ...TEMPLATES.map((t) => ({ name: `template: ${t.name}`, html: t.html, body: t.body as string[] | null, excluded: t.excluded })),
  ...readdirSync(dir)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { mustExclude: string[] };
      return { name: `fixture: ${name}`, html: readFileSync(join(dir, name, 'source.html'), 'utf8'), body: null, excluded: expected.mustExclude };
    }),
];

describe.each(pages)('$name', ({ html, body, excluded }) => {
  const article = parseArticle(raw(html, 'page.html'));
  const claims = extractClaims(article, { published: article.published });

  it('finds claims in the body', () => {
    expect(claims.filter((c) => c.field === 'body').length).toBeGreaterThan(0);
  });
  it('finds none outside the body sentences', () => {
    for (const c of claims.filter((x) => x.field === 'body')) {
      const paragraph = paragraphOf(article, c);
      expect(paragraph, `claim ${JSON.stringify(c.quote)} spans paragraphs`).not.toBeNull();
      if (body) expect(body, `claim ${JSON.stringify(c.quote)} in ${JSON.stringify(paragraph)}`).toContain(paragraph);
      for (const s of excluded) expect(c.sentence).not.toContain(s);
    }
  });
});
