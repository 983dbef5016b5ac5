import { describe, expect, it } from 'vitest';
import { feedLinks, isFeed } from '../../src/queue/feed-items.js';

const raw = (body: string, contentType: string | null = null) => ({ bytes: Buffer.from(body), contentType });

describe('isFeed', () => {
  it.each([
    ['RSS with prologue', '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel/></rss>', null, true],
    ['Atom after a comment', '<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', null, true],
    ['RDF', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', null, true],
    ['BOM and blank lines', '\uFEFF\n\n<rss></rss>', null, true],
    ['feed content type, any body', 'whatever', 'application/rss+xml; charset=utf-8', true],
    ['HTML page', '<!doctype html><html><body><p>rss feed</p></body></html>', 'text/html', false],
    ['plain text that mentions <rss>', 'Our feed is at <rss> somewhere', 'text/plain', false],
    ['XML that is not a feed', '<?xml version="1.0"?><sitemap/>', 'application/xml', false],
  ])('%s', (_name, body, type, expected) => {
    expect(isFeed(raw(body, type))).toBe(expected);
  });
});

describe('feedLinks', () => {
  it.each([
    [
      'RSS items, relative links resolved, entities decoded, duplicates dropped',
      `<rss><channel>
         <item><link>https://news.example/a?id=1&amp;lang=en</link></item>
         <item><link>/world/2</link></item>
         <item><link> https://news.example/a?id=1&amp;lang=en </link></item>
         <item><title>no link</title><guid>https://news.example/g/3</guid></item>
       </channel></rss>`,
      ['https://news.example/a?id=1&lang=en', 'https://news.example/world/2', 'https://news.example/g/3'],
    ],
    ['RSS with one item', '<rss><channel><item><link>https://x.example/1</link></item></channel></rss>', ['https://x.example/1']],
    [
      'Atom: the alternate link, else the one without rel',
      `<feed xmlns="http://www.w3.org/2005/Atom">
         <entry><link rel="self" href="https://api.example/1"/><link rel="alternate" href="https://news.example/1"/></entry>
         <entry><link href="2"/></entry>
         <entry><link rel="enclosure" href="https://cdn.example/x.mp3"/></entry>
       </feed>`,
      ['https://news.example/1', 'https://news.example/feeds/2'],
    ],
    [
      'RDF items',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><link>https://r.example/1</link></item></rdf:RDF>',
      ['https://r.example/1'],
    ],
    [
      'no http(s) links',
      '<rss><channel><item><link>javascript:alert(1)</link></item><item><link>mailto:a@b.c</link></item></channel></rss>',
      [],
    ],
    ['an empty feed', '<rss><channel><title>Empty</title></channel></rss>', []],
  ])('%s', (_name, body, expected) => {
    expect(feedLinks(raw(body), 'https://news.example/feeds/main.xml')).toEqual(expected);
  });

  it('leaves DTD entities unexpanded (no entity bombs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <rss><channel><item><link>https://x.example/&b;</link></item></channel></rss>`;
    const links = feedLinks(raw(bomb), 'https://x.example/');
    expect(links.join('').length).toBeLessThan(100);
  });
});
