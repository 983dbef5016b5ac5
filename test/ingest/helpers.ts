import { createHash } from 'node:crypto';
import type { RawInput } from '../../src/ingest/index.js';

/** A RawInput as loadInput would build it, for parseArticle tests. */
export function raw(bytes: Buffer | string, origin = 'page.html', contentType: string | null = null, url: string | null = null): RawInput {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return { bytes: buf, contentType, url, origin, sha256: createHash('sha256').update(buf).digest('hex') };
}

/** Body prose long enough to count as an article (the reader wants at least 25 words). */
export const PROSE = [
  'Ukraine’s air force said it shot down 48 of 61 drones launched overnight, most of them over the Odesa and Mykolaiv regions.',
  'Regional officials said falling debris damaged two apartment blocks and a warehouse, and that three people were treated for cuts.',
  'The attack was the third in a week on the southern ports, which handle most of the country’s grain exports.',
];

/** A small news page: furniture around the article is added by each test. */
export function page(parts: { head?: string; before?: string; body?: string; after?: string } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8">${parts.head ?? ''}</head><body>
<header class="site-header"><a class="logo" href="/">The Example Courier</a><nav><a href="/world">World</a> <a href="/war">War</a></nav></header>
<main><article>
${parts.before ?? '<h1>Air force downs 48 of 61 drones over the south</h1>'}
<div class="article-body">
${parts.body ?? PROSE.map((p) => `<p>${p}</p>`).join('\n')}
</div>
${parts.after ?? ''}
</article></main>
<footer><p>© The Example Courier. All rights reserved.</p></footer>
</body></html>`;
}
