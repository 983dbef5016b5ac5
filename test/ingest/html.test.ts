import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseArticle } from '../../src/ingest/index.js';
import { page, PROSE, raw } from './helpers.js';

const read = (html: string, url: string | null = null) => parseArticle(raw(html, 'page.html', url ? 'text/html' : null, url));

describe('title', () => {
  it.each([
    ['og:title', page({ head: '<meta property="og:title" content="Drones: 48 of 61 downed"><title>Other | The Example Courier</title>', before: '<h1>Something else</h1>' }), 'Drones: 48 of 61 downed'],
    ['og:title minus the site name', page({ head: '<meta property="og:site_name" content="Courier"><meta property="og:title" content="Drones downed | Courier">' }), 'Drones downed'],
    ['JSON-LD headline', page({ head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>', before: '' }), 'From JSON-LD'],
    ['h1', page({ head: '<title>Page</title>' }), 'Air force downs 48 of 61 drones over the south'],
    ['<title> minus the site suffix', page({ head: '<title>Drones over Odesa - The Example Courier</title>', before: '' }), 'Drones over Odesa'],
  ])('from %s', (_source, html, expected) => {
    expect(read(html).title).toBe(expected);
  });
});

describe('subtitle', () => {
  it.each([
    ['a dek class', '<h1>Headline</h1><p class="article-dek">The dek sentence, with figures.</p>'],
    ['a standfirst class', '<h1>Headline</h1><div class="c-standfirst">The dek sentence, with figures.</div>'],
    ['an h2 under the h1', '<h1>Headline</h1><h2>The dek sentence, with figures.</h2>'],
    ['a summary after the byline', '<h1>Headline</h1><div class="byline">By A. Writer</div><p class="summary">The dek sentence, with figures.</p>'],
  ])('from %s, and not repeated in the body', (_how, before) => {
    const a = read(page({ before }));
    expect(a.subtitle).toBe('The dek sentence, with figures.');
    expect(a.text).not.toContain('The dek sentence');
  });

  it('from og:description when the page shows no dek', () => {
    expect(read(page({ head: '<meta property="og:description" content="A teaser unlike the lead.">' })).subtitle).toBe('A teaser unlike the lead.');
  });

  it.each([
    ['a bulleted summary box', '<h1>Headline</h1><section class="live-summary"><ul><li>Rebels shelled the port, killing 12 people</li><li>Aid convoys reached the north</li></ul></section>'],
    ['a summary box with its own heading', '<h1>Headline</h1><div class="summary"><h2>Key points</h2><p>Rebels shelled the port, killing 12 people</p></div>'],
  ])('not from %s', (_how, before) => {
    expect(read(page({ before })).subtitle ?? '').not.toContain('Rebels shelled the port');
  });

  it('not from a meta description that only repeats the lead', () => {
    expect(read(page({ head: `<meta name="description" content="${PROSE[0].slice(0, 90)}…">` })).subtitle).toBeNull();
  });
});

describe('published', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-03-04T23:30:00-05:00">', '', '2025-03-04'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-03-05T08:00:00+02:00"}]}</script>', '', '2025-03-05'],
    ['<time datetime>', '', '<h1>Headline</h1><time datetime="2025-03-06T10:00:00Z">6 March</time>', '2025-03-06'],
    ['a visible date line', '', '<h1>Headline</h1><div class="meta"><span class="posted-on">Posted on March 7, 2025</span></div>', '2025-03-07'],
    ['a scholarly citation date, not the modified one', '<meta name="dc.date.modified" content="2025-09-26"><meta name="citation_publication_date" content="2025/09/25">', '<h1>Headline</h1>', '2025-09-25'],
    ['a published line, not the updated one', '', '<h1>Headline</h1><span class="date">Updated: 2025-03-09</span> <span class="date">Published: 2025-03-08</span>', '2025-03-08'],
  ])('from %s', (_source, head, before, expected) => {
    expect(read(page({ head, before })).published).toBe(expected);
  });

  it('from the caller when the page has none, never over the page', () => {
    expect(parseArticle(raw(page()), { published: '2025-01-02' }).published).toBe('2025-01-02');
    const dated = page({ head: '<meta property="article:published_time" content="2025-03-04">' });
    expect(parseArticle(raw(dated), { published: '2025-01-02' }).published).toBe('2025-03-04');
  });
});

describe('outlet and canonical URL', () => {
  it.each([
    ['og:site_name', '<meta property="og:site_name" content="Courier Daily">', 'Courier Daily'],
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"LD Courier"}}</script>', 'LD Courier'],
    ['the <title> suffix', '<title>Air force downs 48 of 61 drones over the south | Title Courier</title>', 'Title Courier'],
  ])('outlet from %s', (_source, head, expected) => {
    expect(read(page({ head })).outlet).toBe(expected);
  });

  it('canonical link, resolved against the page URL', () => {
    const a = read(page({ head: '<link rel="canonical" href="/war/drones-48">' }), 'https://courier.example/amp/drones?x=1');
    expect(a.url).toBe('https://courier.example/war/drones-48');
  });
  it('og:url when there is no canonical link, else the fetched URL', () => {
    expect(read(page({ head: '<meta property="og:url" content="https://courier.example/a">' })).url).toBe('https://courier.example/a');
    expect(read(page(), 'https://courier.example/b').url).toBe('https://courier.example/b');
    expect(read(page()).url).toBeNull();
  });
});

describe('related links', () => {
  it.each([
    ['a box with a related class', '<div class="related-stories"><ul><li><a href="/a">Odesa port traffic recovers after strikes</a></li></ul></div>'],
    ['a "Read also:" label and list', '<div class="box"><strong>Read also:</strong><ul><li><a href="/a">Odesa port traffic recovers after strikes</a></li></ul></div>'],
    ['an inline "Read also" paragraph', '<p><strong>Read also: </strong><a href="/a">Odesa port traffic recovers after strikes</a></p>'],
    ['a "More on this story" heading', '<section><h3>More on this story</h3><ul><li><a href="/a">Odesa port traffic recovers after strikes</a></li></ul></section>'],
    ['a "READ MORE" heading', '<div class="x"><h4>READ MORE</h4><a href="/a">Related: Odesa port traffic recovers after strikes</a></div>'],
  ])('from %s, out of the body', (_how, box) => {
    const a = read(page({ body: `<p>${PROSE[0]}</p>${box}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>` }), 'https://courier.example/war/x');
    expect(a.related).toEqual([{ title: 'Odesa port traffic recovers after strikes', url: 'https://courier.example/a' }]);
    expect(a.text).not.toMatch(/Odesa port|Read also|READ MORE|More on this/i);
    expect(a.text.split('\n\n')).toHaveLength(3);
  });

  it('leaves "Most read" lists out of related', () => {
    const a = read(page({ after: '<aside><h3>Most read</h3><ul><li><a href="/t">Weather turns cold in the capital</a></li></ul></aside>' }));
    expect(a.related).toEqual([]);
    expect(a.text).not.toContain('Weather');
  });
});

describe('furniture', () => {
  it.each([
    ['an ad slot', '<div class="ad-slot"><span>Advertisement</span></div>', 'Advertisement'],
    ['an ad label without a class', '<p>ADVERTISEMENT</p>', 'ADVERTISEMENT'],
    ['a newsletter sign-up', '<div class="box">Sign up for our Front Line newsletter, delivered to your inbox.</div>', 'newsletter'],
    ['a donation appeal', '<div class="box"><p>Please consider a monthly contribution to keep our correspondents in the field.</p></div>', 'contribution'],
    ['a membership appeal', '<section class="pdl-member"><h3>Join us</h3><p>Become a member for $5 a month.</p></section>', 'member'],
    ['a Patreon appeal', '<p>If you value this, back us on Patreon.</p>', 'Patreon'],
    ['a "min read" label', '<span class="time-to-read">4 min read</span>', 'min read'],
    ['a photo caption', '<figure><img src="x.jpg"><figcaption>Smoke over the port. Photo: Reuters</figcaption></figure>', 'Smoke over'],
    ['a photo credit line', '<p>Photo: Ministry of Defence press service</p>', 'press service'],
    ['a share prompt', '<div>Share this article: <a href="#">Facebook</a> <a href="#">X</a></div>', 'Facebook'],
    ['a cookie notice', '<div class="consent">We use cookies to personalise content. <a href="#">Accept</a></div>', 'cookies'],
    ['a comment prompt', '<p>You must be logged in to post a comment.</p>', 'comment'],
    ['a wire credit', '<p>Reporting by Ana Ruiz; Editing by Tom Hale</p>', 'Reporting by'],
  ])('drops %s', (_kind, furniture, leak) => {
    const a = read(page({ body: `<p>${PROSE[0]}</p>${furniture}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>` }));
    expect(a.text).not.toContain(leak);
    expect(a.text.split('\n\n')).toEqual(PROSE);
  });

  it('keeps a table set in a figure, and the source line under it, but not a photo caption', () => {
    const table = '<figure class="data"><table><caption>Homicide victims, January–June</caption><thead><tr><th>State</th><th>2025</th><th>2024</th></tr></thead><tbody><tr><td>Ost</td><td>1,268</td><td>1,702</td></tr><tr><td>Marren</td><td>941</td><td>1,183</td></tr></tbody></table><figcaption>Source: State statistics office</figcaption></figure>';
    const photo = '<figure><img src="x.jpg"><figcaption>Smoke over the port. Photo: Reuters</figcaption></figure>';
    const a = read(page({ body: `<p>${PROSE[0]}</p>${table}<p>${PROSE[1]}</p>${photo}<p>${PROSE[2]}</p>` }));
    expect(a.text).toContain('Ost\t1,268\t1,702');
    expect(a.text).toContain('Source: State statistics office');
    expect(a.text).not.toContain('Smoke over');
  });

  it('drops a section label above the headline', () => {
    const a = read(page({ before: '<p class="section-label">Ukraine war</p><h1>Air force downs 48 drones</h1>' }));
    expect(a.text.split('\n\n')).toEqual(PROSE);
  });

  it('keeps the article when its wrapper carries a furniture word', () => {
    const a = read(page({ body: `<div class="share-wrapper">${[...PROSE, ...PROSE].map((p) => `<p>${p} ${p}</p>`).join('')}</div>` }));
    expect(a.text.split('\n\n')).toHaveLength(6);
  });

  it('keeps an article inside a "has-sidebar" wrapper but drops a long comment thread', () => {
    const long = (p: string): string => `<p>${p} ${p}</p>`;
    const comments = `<div class="comments-thread">${PROSE.map((p) => long(`A reader wrote: ${p}`)).join('')}</div>`;
    const a = read(page({ body: `<div class="layout has-sidebar">${[...PROSE, ...PROSE].map(long).join('')}</div>${comments}` }));
    expect(a.text.split('\n\n')).toHaveLength(6);
    expect(a.text).not.toContain('A reader wrote');
  });

  it('joins paragraphs with one blank line and normalises their whitespace', () => {
    const a = read(page({ body: `<p>  Ukraine’s air force\n said   it shot down&nbsp;48 drones.</p><p>${PROSE[1]}<br><br>${PROSE[2]}</p>` }));
    expect(a.text).toBe(`Ukraine’s air force said it shot down 48 drones.\n\n${PROSE[1]}\n\n${PROSE[2]}`);
  });

  it.each([
    ['a <br> before a line break of the source', 'The navy said its drones hit 12 patrol<br>\nboats in the harbour overnight.'],
    ['a <br> after one', 'The navy said its drones hit 12 patrol\n<br>boats in the harbour overnight.'],
    ['line breaks of the source around a <br>', 'The navy said its drones hit 12 patrol\n<br>\n  boats in the harbour overnight.'],
  ])('keeps one paragraph across %s', (_kind, html) => {
    const a = read(page({ body: `<p>${html}</p><p>${PROSE[1]}</p>` }));
    expect(a.text.split('\n\n')[0]).toBe('The navy said its drones hit 12 patrol boats in the harbour overnight.');
  });
});

describe('pages with no article', () => {
  it.each([
    ['a login page', '<html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form><input name="u"><button>Log in</button></form></body></html>'],
    ['an index of links', `<html><body><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('')}</ul></body></html>`],
    ['only scripts', `<html><head><script>${'var x = "<p>not text</p>";'.repeat(2000)}</script></head><body><div id="app"></div></body></html>`],
  ])('refuses %s with an InputError', (_kind, html) => {
    expect(() => read(html)).toThrow(InputError);
    expect(() => read(html)).toThrow(/no article text found/);
  });

  it.each([
    ['deep nesting', `<html><body>${'<div>'.repeat(5000)}<p>${PROSE.join(' ')}</p>${'</div>'.repeat(5000)}</body></html>`, /nests elements over 512 deep/],
    ['unclosed tables', `<html><body>${'<table><tr><td>'.repeat(3000)}x</body></html>`, /nests elements over 512 deep/],
    ['tens of thousands of elements', `<html><body>${'<span>w</span>'.repeat(31_000)}</body></html>`, /over 30000 elements/],
  ])('refuses hostile markup (%s) quickly, before building the DOM', (_kind, html, message) => {
    expect(() => read(html)).toThrow(message);
  });

  it('reads a page whose scripts hold megabytes of fake markup', () => {
    const html = page({ head: `<script>${'document.write("<div><p>fake</p></div>");'.repeat(60_000)}</script>` });
    expect(read(html).text.split('\n\n')).toEqual(PROSE);
  });
});

describe('markup nodes inside the page', () => {
  it('comments, CDATA and a stray document type leave, and every element after them is still read', () => {
    const a = read(
      page({
        head: '<!-- a comment in the head --><meta property="og:site_name" content="Courier">',
        body: `<p>${PROSE[0]}</p><!-- a comment --><![CDATA[ a section ]]><!DOCTYPE html><p>${PROSE[1]}</p><!-- another --><p>${PROSE[2]}</p>`,
        after: '<!-- before the box --><!DOCTYPE x><div class="related-coverage"><a href="/a">Drone strikes on Odesa port</a><a href="/b">Grain corridor under fire</a></div>',
      }),
    );
    expect(a.outlet).toBe('Courier');
    expect(a.text).toBe(PROSE.join('\n\n'));
    expect(a.related.map((r) => r.title)).toEqual(['Drone strikes on Odesa port', 'Grain corridor under fire']);
  });
});

describe('note marks', () => {
  const body = (p: string) => page({ body: [p, ...PROSE.slice(1)].map((x) => `<p>${x}</p>`).join('\n') });
  it.each([
    ['a superscript number after a stop', 'Strikes rose to 203, up from 171 in 2024.<sup>1</sup> The strikes killed 412 civilians.', 'Strikes rose to 203, up from 171 in 2024. The strikes killed 412 civilians.'],
    ['a superscript number glued to a figure', 'Gunmen killed 40<sup>3</sup> people in the village.', 'Gunmen killed 40 people in the village.'],
    ['a bracketed superscript', 'Gunmen killed 40 people<sup>[12]</sup> in the village.', 'Gunmen killed 40 people in the village.'],
    ['a bracketed reference in the text', 'Gunmen killed 40 people on 2 April.[3] Police arrested 12.', 'Gunmen killed 40 people on 2 April. Police arrested 12.'],
    ['a unit\'s power, kept as its character', 'Troops took 40 km<sup>2</sup> near the river.', 'Troops took 40 km² near the river.'],
  ])('%s', (_name, p, want) => {
    expect(read(body(p)).text.split('\n\n')[0]).toBe(want);
  });
});
