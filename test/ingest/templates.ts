/**
 * Page templates of our own making, one per kind of news page the reader meets (wire
 * story, liveblog, ministry bulletin, think-tank summary, explainer with a table, paywall
 * teaser, AMP page, page with only JSON-LD, page with no date…), each with the article we
 * expect the reader to find: title, published, outlet, related links, every body
 * paragraph, and the furniture that must not reach the body. The outlets, people and
 * figures are invented.
 */

export interface Template {
  name: string;
  html: string;
  title: string;
  published: string | null;
  outlet: string | null;
  related: string[];
  /** Every paragraph of the body, in order: the text holds these and nothing else. */
  body: string[];
  /** Furniture: none of it may reach the body. */
  excluded: string[];
  /** For liveblogs: the entries' times, in page order. */
  entries?: string[];
}

interface Story {
  title: string;
  paras: string[];
}

const DRONES: Story = {
  title: 'Air defences down 31 of 40 drones over the south',
  paras: [
    'Air defences shot down 31 of 40 drones launched at the southern regions overnight, the air force said on Sunday.',
    'Falling debris damaged a school and two warehouses in the port district, and four people were treated in hospital, the regional governor said.',
    'The attack was the fifth on the region this month, according to figures published by the regional administration.',
  ],
};

const PACKAGE: Story = {
  title: 'Parliament approves €1.2 billion package for air defence',
  paras: [
    'Lawmakers approved a €1.2 billion package for air defence on Thursday, with 412 votes in favour and 96 against.',
    'The finance ministry said the first €300 million would be paid out before the end of the quarter.',
    'Opposition members said the package should have been larger, citing the cost of the interceptors already delivered.',
  ],
};

const EXCHANGE: Story = {
  title: 'Exchange returns 84 prisoners of war',
  paras: [
    'Eighty-four prisoners of war returned home on Friday in an exchange mediated by a third country, the coordination centre said.',
    'Among them were 12 officers and six members of the national guard, the centre said in a statement.',
    'It was the third exchange this year; the previous one, in March, returned 56 people, according to the centre.',
  ],
};

const FLOODS: Story = {
  title: 'Floods displace 2,300 people along the river',
  paras: [
    'About 2,300 people have left their homes along the lower river since the dam was damaged, the regional emergency service said on Wednesday.',
    'Rescuers evacuated 640 people by boat overnight, and 17 settlements remained cut off, the service said.',
    'The service said water levels had begun to fall in the north of the district but were still rising near the estuary.',
  ],
};

const ADVANCE: Story = {
  title: 'Forces advanced 120 square kilometres in a month, analysts say',
  paras: [
    'Forces advanced about 120 square kilometres in October, according to an analysis of satellite imagery by an independent research group.',
    'That was less than half the 260 square kilometres the group recorded in August, when the advance was at its fastest.',
    'The group said most of the gains were around two towns in the east, where fighting has continued for months.',
  ],
};

const LOSSES: Story = {
  title: 'General staff reports 1,150 losses in a day',
  paras: [
    'The general staff said on Monday that enemy forces had lost 1,150 soldiers killed or wounded in the previous 24 hours.',
    'It also reported the destruction of nine tanks, 22 artillery systems and 48 drones over the same period, the statement said.',
    'Neither figure could be checked independently; the other side keeps its losses to itself.',
  ],
};

const SIEGE: Story = {
  title: 'Study puts civilian deaths in the besieged city at 8,000',
  paras: [
    'At least 8,000 civilians died in the city during the siege, according to a study published on Tuesday by a research institute.',
    'The authors said the true figure could be as high as 11,000, because many of the dead were buried in courtyards and never recorded.',
    'The estimate is based on satellite images of new graves, hospital records and interviews with 300 former residents, the study said.',
  ],
};

const CONVOY: Story = {
  title: 'Aid convoy reaches the cut-off town after nine days',
  paras: [
    'A convoy of 14 lorries carrying food and medicine reached the town on Saturday after waiting nine days at the last checkpoint, the aid agency said.',
    'The agency said the lorries carried enough flour for about 6,000 people for a month.',
    'About 9,500 people remain in the town, down from 31,000 before the fighting, according to local officials.',
  ],
};

function p(texts: string[], attrs = ''): string {
  return texts.map((t) => `<p${attrs}>${t}</p>`).join('\n');
}

function doc(head: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function ld(o: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
}

const COOKIE_BANNER = '<div class="consent-layer"><p>We use cookies to improve your experience. <button>Accept all</button></p></div>';
const SITE_NAV = '<nav><a href="/">Home</a> <a href="/war">War</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav>';

export const TEMPLATES: Template[] = [
  {
    name: 'wire story with dateline, credits and ticker footer',
    html: doc(
      `<title>${LOSSES.title} | Delta Wire</title><meta property="og:site_name" content="Delta Wire"><meta property="article:published_time" content="2025-03-10T09:12:00Z">`,
      `<header class="wire-head"><a class="logo" href="/">Delta Wire</a>${SITE_NAV}</header>
<main><h1>${LOSSES.title}</h1>
<div class="article-info"><span>By Lena Morgan</span> <time datetime="2025-03-10T09:12:00Z">March 10, 2025 9:12 AM GMT</time> <span>Updated 3 hours ago</span></div>
<div class="article-body">
<p>KYIV, March 10 (Delta Wire) - ${LOSSES.paras[0]}</p>
${p(LOSSES.paras.slice(1))}
<p>Reporting by Lena Morgan; Editing by Paul Ashdown</p>
<p>Our Standards: The Delta Wire Principles.</p>
</div></main>
<footer class="wire-foot"><p>All quotes delayed by at least 15 minutes.</p></footer>`,
    ),
    title: LOSSES.title,
    published: '2025-03-10',
    outlet: 'Delta Wire',
    related: [],
    body: [`KYIV, March 10 (Delta Wire) - ${LOSSES.paras[0]}`, ...LOSSES.paras.slice(1)],
    excluded: ['Reporting by Lena Morgan', 'Our Standards', 'quotes delayed', 'Updated 3 hours ago', 'By Lena Morgan'],
  },
  {
    name: 'liveblog with time elements',
    html: doc(
      `<title>Live: drone attack on the south | Bastion Daily</title><meta property="og:site_name" content="Bastion Daily"><meta property="article:published_time" content="2025-10-15T05:00:00+01:00">`,
      `${SITE_NAV}<main><article class="liveblog">
<h1>Live: drone attack on the south</h1>
<div class="live-entries">
<div class="entry"><time datetime="2025-10-15T15:10:00+01:00">15:10</time>${p([DRONES.paras[2]])}</div>
<div class="entry"><time datetime="2025-10-15T11:40:00+01:00">11:40</time>${p([DRONES.paras[1]])}</div>
<div class="entry"><time datetime="2025-10-15T08:30:00+01:00">08:30</time>${p([DRONES.paras[0]])}</div>
</div>
<div class="share-row"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
</article></main>`,
    ),
    title: 'Live: drone attack on the south',
    published: '2025-10-15',
    outlet: 'Bastion Daily',
    related: [],
    body: [DRONES.paras[2], DRONES.paras[1], DRONES.paras[0]],
    excluded: ['Share on X', '15:10', '11:40'],
    entries: ['2025-10-15T15:10', '2025-10-15T11:40', '2025-10-15T08:30'],
  },
  {
    name: 'liveblog with written stamps and entry headings',
    html: doc(
      `<title>Floods: as it happened - Lakeshore Times</title><meta property="og:site_name" content="Lakeshore Times">`,
      `<main><h1>Floods: as it happened</h1>
<p class="live-meta">Wed 11 Jun 2025 · Live coverage by Ada Winter</p>
<section class="blog">
<div class="post"><p class="stamp">Wed 11 Jun 2025 18.05 BST</p><h3>Water falling in the north</h3>${p([FLOODS.paras[2]])}</div>
<div class="post"><p class="stamp">Wed 11 Jun 2025 12.20 BST</p>${p([FLOODS.paras[1]])}</div>
<div class="post"><p class="stamp">Wed 11 Jun 2025 07.45 BST</p>${p([FLOODS.paras[0]])}</div>
</section>
<div class="newsletter-box"><h3>Lakeshore Morning</h3><p>Get the Lakeshore Morning briefing in your inbox every weekday.</p></div>
</main>`,
    ),
    title: 'Floods: as it happened',
    published: '2025-06-11',
    outlet: 'Lakeshore Times',
    related: [],
    body: ['Water falling in the north', FLOODS.paras[2], FLOODS.paras[1], FLOODS.paras[0]],
    excluded: ['Live coverage by', 'Lakeshore Morning', 'in your inbox', '18.05 BST'],
    entries: ['2025-06-11T18:05', '2025-06-11T12:20', '2025-06-11T07:45'],
  },
  {
    name: 'ministry bulletin with a dotted date and a contact block',
    html: doc(
      `<title>Daily bulletin - Ministry of Defence Press Service</title>`,
      `<header><a href="/">Ministry of Defence Press Service</a></header>
<main><h1>${LOSSES.title}</h1>
<div class="doc-info">10.03.2025, 18:05</div>
<div class="bulletin">${p(LOSSES.paras)}</div>
<div class="doc-contacts"><p>For further information, please contact: press@defence.example, +380 44 555 0100</p></div>
<p>Published by: Press Office</p>
</main>`,
      'uk',
    ),
    title: LOSSES.title,
    published: '2025-03-10',
    outlet: 'Ministry of Defence Press Service',
    related: [],
    body: LOSSES.paras,
    excluded: ['please contact', 'Published by', '10.03.2025'],
  },
  {
    name: 'think-tank summary with author bio and funding disclosure',
    html: doc(
      `<title>${SIEGE.title} | Eastern Policy Forum</title><meta property="og:site_name" content="Eastern Policy Forum"><meta name="citation_publication_date" content="2025/05/06">`,
      `<main><article><h1>${SIEGE.title}</h1>
<p class="forum-author">Marta Olsen, Senior Fellow · 6 May 2025</p>
${p(SIEGE.paras)}
<p>Marta Olsen is a senior fellow at the forum covering civilian harm in armed conflict.</p>
<p>The Eastern Policy Forum lives on reader donations: every contribution, however small, keeps our research free to read.</p>
</article></main>`,
    ),
    title: SIEGE.title,
    published: '2025-05-06',
    outlet: 'Eastern Policy Forum',
    related: [],
    body: SIEGE.paras,
    excluded: ['senior fellow at the forum', 'accepts no government funding', 'Senior Fellow'],
  },
  {
    name: 'explainer with a table',
    html: doc(
      `<title>How much has been delivered? - Northgate Post</title><meta property="og:site_name" content="Northgate Post"><meta property="og:title" content="How much has been delivered?"><meta property="article:published_time" content="2025-02-20T08:00:00Z">`,
      `<main><article><h1>How much has been delivered?</h1>
<p>The defence ministry publishes its delivery figures once a quarter, and the latest release covers the year to December, officials said.</p>
<h2>What the figures show</h2>
<table><thead><tr><th>Date</th><th>Item</th><th>Delivered</th></tr></thead>
<tbody><tr><td>25 Oct 2024</td><td>artillery shells</td><td>120,000</td></tr>
<tr><td>20 Dec 2024</td><td>air defence missiles</td><td>340</td></tr></tbody></table>
<p>The ministry said a further 80,000 shells were due by the end of March, but gave no figure for missiles.</p>
<div class="promo-strip"><p>Read the Northgate Post without ads: from $4 a month.</p></div>
</article></main>`,
      'en-US',
    ),
    title: 'How much has been delivered?',
    published: '2025-02-20',
    outlet: 'Northgate Post',
    related: [],
    body: [
      'The defence ministry publishes its delivery figures once a quarter, and the latest release covers the year to December, officials said.',
      'What the figures show',
      // A data table: a paragraph per row, its cells separated by tabs.
      'Date\tItem\tDelivered',
      '25 Oct 2024\tartillery shells\t120,000',
      '20 Dec 2024\tair defence missiles\t340',
      'The ministry said a further 80,000 shells were due by the end of March, but gave no figure for missiles.',
    ],
    excluded: ['without ads', '$4 a month'],
  },
  {
    name: 'correction note under the story',
    html: doc(
      `<title>${EXCHANGE.title} | Riverside Courier</title><meta property="og:site_name" content="Riverside Courier"><meta property="article:published_time" content="2025-04-18T16:00:00+03:00">`,
      `<main><article><h1>${EXCHANGE.title}</h1>
<div class="story">${p(EXCHANGE.paras)}
<p class="correction">Correction: an earlier version of this article said 48 prisoners had returned; the figure was 84.</p></div>
<div class="social-follow"><p>Follow the Riverside Courier on WhatsApp and Telegram</p></div>
</article></main>`,
    ),
    title: EXCHANGE.title,
    published: '2025-04-18',
    outlet: 'Riverside Courier',
    related: [],
    body: [...EXCHANGE.paras, 'Correction: an earlier version of this article said 48 prisoners had returned; the figure was 84.'],
    excluded: ['Follow the Riverside Courier'],
  },
  {
    name: 'paywall teaser with an offer',
    html: doc(
      `<title>${PACKAGE.title} - Capital Ledger</title><meta property="og:site_name" content="Capital Ledger"><meta property="article:published_time" content="2025-01-23T12:00:00+01:00">`,
      `<main><h1>${PACKAGE.title}</h1>
<div class="article-text">${p(PACKAGE.paras.slice(0, 2))}</div>
<div class="pw-box"><h3>Good journalism has its price</h3><p>Read on with Ledger Plus: all articles and the e-paper from €7.99 a month. Cancel at any time.</p><a class="btn" href="/abo">Subscribe now</a></div>
</main>`,
      'de',
    ),
    title: PACKAGE.title,
    published: '2025-01-23',
    outlet: 'Capital Ledger',
    related: [],
    body: PACKAGE.paras.slice(0, 2),
    excluded: ['Good journalism has its price', '€7.99 a month', 'Subscribe now'],
  },
  {
    name: 'AMP page',
    html: doc(
      `<title>${DRONES.title} | Bastion Daily</title><link rel="canonical" href="https://bastion.example/war/2025/07/14/drones-south/"><meta property="og:site_name" content="Bastion Daily"><style amp-custom>body{font-family:serif}</style><script async src="https://cdn.ampproject.example/v0.js"></script>`,
      `<header class="amp-header"><a href="/">Bastion Daily</a></header>
<article><h1>${DRONES.title}</h1>
<amp-img src="/img/debris.jpg" width="800" height="450" alt="Debris"></amp-img>
${p(DRONES.paras)}
<amp-ad width="300" height="250" type="network" class="amp-ad-slot"><div>Advertisement</div></amp-ad>
<div class="amp-share"><amp-social-share type="twitter"></amp-social-share>Share this article</div>
</article>`,
    ),
    title: DRONES.title,
    published: '2025-07-14',
    outlet: 'Bastion Daily',
    related: [],
    body: DRONES.paras,
    excluded: ['Advertisement', 'Share this article'],
  },
  {
    name: 'page whose metadata is only JSON-LD',
    html: doc(
      `<title>${CONVOY.title}</title>${ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Relief Monitor' },
          { '@type': 'NewsArticle', headline: CONVOY.title, datePublished: '2025-08-02T10:30:00+03:00', publisher: { '@type': 'Organization', name: 'Relief Monitor' } },
        ],
      })}`,
      `<main><div class="content"><h1>${CONVOY.title}</h1>${p(CONVOY.paras)}</div></main>`,
    ),
    title: CONVOY.title,
    published: '2025-08-02',
    outlet: 'Relief Monitor',
    related: [],
    body: CONVOY.paras,
    excluded: [],
  },
  {
    name: 'page with no date anywhere',
    html: doc(
      `<title>${FLOODS.title} | Valley Herald</title><meta property="og:site_name" content="Valley Herald">`,
      `<main><article><h1>${FLOODS.title}</h1>${p(FLOODS.paras)}</article></main>`,
    ),
    title: FLOODS.title,
    published: null,
    outlet: 'Valley Herald',
    related: [],
    body: FLOODS.paras,
    excluded: [],
  },
  {
    name: 'visible date line in a div of its own',
    html: doc(
      `<title>${ADVANCE.title} - Steppe Observer</title><meta property="og:site_name" content="Steppe Observer">`,
      `<main><h1>${ADVANCE.title}</h1>
<div>Sunday, 2 November 2025</div>
<div class="txt">${p(ADVANCE.paras)}</div>
<div class="so-support"><p>Independent journalism costs money</p><p>Help us stay on the ground: become a supporter today.</p></div>
</main>`,
      'en-GB',
    ),
    title: ADVANCE.title,
    published: '2025-11-02',
    outlet: 'Steppe Observer',
    related: [],
    body: ADVANCE.paras,
    excluded: ['Sunday, 2 November 2025', 'Independent journalism costs money', 'become a supporter'],
  },
  {
    name: 'byline row with only an update time',
    html: doc(
      `<title>${PACKAGE.title} | Indus Chronicle</title><meta property="og:site_name" content="Indus Chronicle">`,
      `<main><h1>${PACKAGE.title}</h1>
<div class="by">Ravi Shankar | New Delhi | Updated: August 10, 2025, 09:45 IST</div>
${p(PACKAGE.paras)}
<div class="ic-promo"><p>Get the Chronicle Defence Brief in your inbox every Friday.</p><p>Subscribe to Chronicle Premium: ad-free reading and the e-paper from ₹99 a month.</p></div>
</main>`,
      'en-IN',
    ),
    title: PACKAGE.title,
    published: '2025-08-10',
    outlet: 'Indus Chronicle',
    related: [],
    body: PACKAGE.paras,
    excluded: ['Ravi Shankar', 'Defence Brief', '₹99 a month'],
  },
  {
    name: 'published and updated both shown',
    html: doc(
      `<title>${EXCHANGE.title} | Harbour Ledger</title><meta property="og:site_name" content="Harbour Ledger">`,
      `<main><h1>${EXCHANGE.title}</h1>
<p class="dates"><span>Updated: 21 April 2025</span> <span>Published: 19 April 2025</span></p>
${p(EXCHANGE.paras)}
</main>`,
    ),
    title: EXCHANGE.title,
    published: '2025-04-19',
    outlet: 'Harbour Ledger',
    related: [],
    body: EXCHANGE.paras,
    excluded: ['Updated: 21 April 2025'],
  },
  {
    name: 'US site with a month-first numeric date',
    html: doc(
      `<title>${CONVOY.title} | Plains Gazette</title><meta property="og:site_name" content="Plains Gazette">`,
      `<main><h1>${CONVOY.title}</h1><div class="meta-row">Posted 04/05/2025</div>${p(CONVOY.paras)}</main>`,
      'en-US',
    ),
    title: CONVOY.title,
    published: '2025-04-05',
    outlet: 'Plains Gazette',
    related: [],
    body: CONVOY.paras,
    excluded: ['Posted 04/05/2025'],
  },
  {
    name: 'UK site with a day-first numeric date',
    html: doc(
      `<title>${CONVOY.title} | Fenland Echo</title><meta property="og:site_name" content="Fenland Echo">`,
      `<main><h1>${CONVOY.title}</h1><div class="meta-row">Posted 04/05/2025</div>${p(CONVOY.paras)}</main>`,
      'en-GB',
    ),
    title: CONVOY.title,
    published: '2025-05-04',
    outlet: 'Fenland Echo',
    related: [],
    body: CONVOY.paras,
    excluded: ['Posted 04/05/2025'],
  },
  {
    name: 'date only in the canonical URL',
    html: doc(
      `<title>${SIEGE.title} | Granite Review</title><meta property="og:site_name" content="Granite Review"><link rel="canonical" href="https://granite.example/world/2025/04/27/siege-study/">`,
      `<main><h1>${SIEGE.title}</h1>${p(SIEGE.paras)}</main>`,
    ),
    title: SIEGE.title,
    published: '2025-04-27',
    outlet: 'Granite Review',
    related: [],
    body: SIEGE.paras,
    excluded: [],
  },
  {
    name: 'time element without meta',
    html: doc(
      `<title>${ADVANCE.title} | Border Telegraph</title><meta property="og:site_name" content="Border Telegraph">`,
      `<main><article><h1>${ADVANCE.title}</h1><p class="info"><time datetime="2025-11-03T07:00:00+02:00">3 Nov</time></p>${p(ADVANCE.paras)}
<aside class="related-box"><h3>Related</h3><ul><li><a href="/world/2025/10/01/advance-september">Advance slowed in September, analysts say</a> <time datetime="2025-10-01">1 Oct</time></li></ul></aside>
</article></main>`,
    ),
    title: ADVANCE.title,
    published: '2025-11-03',
    outlet: 'Border Telegraph',
    related: ['Advance slowed in September, analysts say'],
    body: ADVANCE.paras,
    excluded: ['Advance slowed in September'],
  },
  {
    name: 'broadsheet with an inline newsletter box',
    html: doc(
      `<title>${PACKAGE.title} | The Morning Standard</title><meta property="og:site_name" content="The Morning Standard"><meta property="article:published_time" content="2025-01-23">`,
      `<main><article><h1>${PACKAGE.title}</h1>
${p(PACKAGE.paras.slice(0, 2))}
<div class="ms-nl"><h3>The Capital Memo</h3><p>Everything you need to know about politics, every weekday before 8 am. Free to subscribe.</p><input type="email"><button>Subscribe</button></div>
${p(PACKAGE.paras.slice(2))}
</article></main>`,
    ),
    title: PACKAGE.title,
    published: '2025-01-23',
    outlet: 'The Morning Standard',
    related: [],
    body: PACKAGE.paras,
    excluded: ['The Capital Memo', 'Free to subscribe'],
  },
  {
    name: 'regional site with a views counter and a comment count',
    html: doc(
      `<title>${DRONES.title} — Southern Front Monitor</title><meta property="og:site_name" content="Southern Front Monitor"><meta property="article:published_time" content="2025-07-14T06:00:00+03:00">`,
      `<main><h1>${DRONES.title}</h1>
<div class="art-stats">Views: 6,420</div>
<div class="art-text">${p(DRONES.paras)}</div>
<div class="art-stats">Comments (37)</div>
</main>`,
    ),
    title: DRONES.title,
    published: '2025-07-14',
    outlet: 'Southern Front Monitor',
    related: [],
    body: DRONES.paras,
    excluded: ['Views: 6,420', 'Comments (37)'],
  },
  {
    name: 'WordPress blog with a donation appeal',
    html: doc(
      `<title>${SIEGE.title} &#8211; Frontline Notes</title><meta property="og:site_name" content="Frontline Notes"><meta property="article:published_time" content="2025-05-06T20:00:00+00:00">`,
      `<div id="page" class="site"><header id="masthead"><p class="site-title">Frontline Notes</p></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${SIEGE.title}</h1>
<div class="entry-meta"><span class="posted-on">Posted on May 6, 2025</span></div></header>
<div class="entry-content">${p(SIEGE.paras)}
<p>Frontline Notes is reader-funded. If our work matters to you, chip in from $3 a month.</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in Analysis</span></footer></article></main>
<footer id="colophon"><p>Proudly published with a blogging engine</p></footer></div>`,
    ),
    title: SIEGE.title,
    published: '2025-05-06',
    outlet: 'Frontline Notes',
    related: [],
    body: SIEGE.paras,
    excluded: ['reader-funded', 'Posted in Analysis', 'Proudly published'],
  },
  {
    name: 'news site with a "Read also" box inside the body',
    html: doc(
      `<title>${EXCHANGE.title} | Kyiv Evening</title><meta property="og:site_name" content="Kyiv Evening"><meta property="article:published_time" content="2025-04-18T16:00:00+03:00">`,
      `<main><article><h1>${EXCHANGE.title}</h1>
${p(EXCHANGE.paras.slice(0, 2))}
<div class="read-also"><span>Read also:</span> <a href="/war/exchange-march">March exchange brings home 56 defenders</a></div>
${p(EXCHANGE.paras.slice(2))}
</article></main>`,
    ),
    title: EXCHANGE.title,
    published: '2025-04-18',
    outlet: 'Kyiv Evening',
    related: ['March exchange brings home 56 defenders'],
    body: EXCHANGE.paras,
    excluded: ['Read also', 'March exchange brings home'],
  },
  {
    name: 'site with a most-read list after the article',
    html: doc(
      `<title>${FLOODS.title} | Delta Courier</title><meta property="og:site_name" content="Delta Courier"><meta property="article:published_time" content="2025-06-11T10:00:00+02:00">`,
      `<main><article><h1>${FLOODS.title}</h1><div class="body">${p(FLOODS.paras)}</div></article>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/a">Tram fares to rise by 20 cents next month</a></li><li><a href="/b">City marathon draws 9,000 runners</a></li></ol></section></main>`,
    ),
    title: FLOODS.title,
    published: '2025-06-11',
    outlet: 'Delta Courier',
    related: [],
    body: FLOODS.paras,
    excluded: ['Most read', 'Tram fares', 'marathon'],
  },
  {
    name: 'site with a cookie banner and app promotion',
    html: doc(
      `<title>${CONVOY.title} | Relief Post</title><meta property="og:site_name" content="Relief Post"><meta property="article:published_time" content="2025-08-02T12:00:00+03:00">`,
      `${COOKIE_BANNER}<main><article><h1>${CONVOY.title}</h1>${p(CONVOY.paras)}
<p>Get the Relief Post app on your phone for the latest updates.</p></article></main>`,
    ),
    title: CONVOY.title,
    published: '2025-08-02',
    outlet: 'Relief Post',
    related: [],
    body: CONVOY.paras,
    excluded: ['We use cookies', 'Relief Post app'],
  },
  {
    name: 'Telegram channel promotion with a subscriber count',
    html: doc(
      `<title>${LOSSES.title} | Border Wire</title><meta property="og:site_name" content="Border Wire"><meta property="article:published_time" content="2025-03-10T12:00:00+02:00">`,
      `<main><h1>${LOSSES.title}</h1>${p(LOSSES.paras)}
<p>Get our daily front-line briefing on Telegram: t.me/borderwire. 21,300 subscribers and counting.</p>
<p>Subscribe to our Telegram channel so you never miss an alert.</p></main>`,
    ),
    title: LOSSES.title,
    published: '2025-03-10',
    outlet: 'Border Wire',
    related: [],
    body: LOSSES.paras,
    excluded: ['21,300 subscribers', 'Subscribe to our Telegram channel'],
  },
  {
    name: 'scroll prompt inside an ad unit between paragraphs',
    html: doc(
      `<title>${ADVANCE.title} | Capital Wire</title><meta property="og:site_name" content="Capital Wire"><meta property="article:published_time" content="2025-11-03T09:00:00Z">`,
      `<main><h1>${ADVANCE.title}</h1>
${p(ADVANCE.paras.slice(0, 2), ' data-role="paragraph"')}
<div class="cw-adunit"><p>Advertisement · Scroll to continue with content</p></div>
${p(ADVANCE.paras.slice(2), ' data-role="paragraph"')}
</main>`,
    ),
    title: ADVANCE.title,
    published: '2025-11-03',
    outlet: 'Capital Wire',
    related: [],
    body: ADVANCE.paras,
    excluded: ['Scroll to continue'],
  },
  {
    name: 'wire copy with editors\' initials and a web link',
    html: doc(
      `<title>${FLOODS.title} | Continental Press Agency</title><meta property="og:site_name" content="Continental Press Agency"><meta property="article:published_time" content="2025-06-11T15:00:00+02:00">`,
      `<main><h1>${FLOODS.title}</h1>${p(FLOODS.paras)}
<p>ab-cd/ef</p>
<p>Follow CPA's coverage of the floods at https://cpa.example/hub/floods</p></main>`,
    ),
    title: FLOODS.title,
    published: '2025-06-11',
    outlet: 'Continental Press Agency',
    related: [],
    body: FLOODS.paras,
    excluded: ['ab-cd/ef', "Follow CPA's coverage"],
  },
  {
    name: 'fact check with a verdict and a signatory note',
    html: doc(
      `<title>Fact check: did 40 drones cross the border? | Verify Desk</title><meta property="og:site_name" content="Verify Desk"><meta property="article:published_time" content="2025-07-15T09:00:00+05:30">`,
      `<main><h1>Fact check: did 40 drones cross the border?</h1>${p(DRONES.paras)}
<p>Verify Desk is a verified signatory of the international fact-checkers' Code of Principles.</p></main>`,
    ),
    title: 'Fact check: did 40 drones cross the border?',
    published: '2025-07-15',
    outlet: 'Verify Desk',
    related: [],
    body: DRONES.paras,
    excluded: ['verified signatory'],
  },
  {
    name: 'opinion column with a disclaimer',
    html: doc(
      `<title>The siege numbers deserve more scrutiny | Commons Review</title><meta property="og:site_name" content="Commons Review"><meta property="article:published_time" content="2025-05-09T07:00:00Z">`,
      `<main><article class="opinion"><h1>The siege numbers deserve more scrutiny</h1><p class="byline">By Hanna Berg</p>${p(SIEGE.paras)}
<p><em>The views expressed in this column are the author's own.</em></p></article></main>`,
    ),
    title: 'The siege numbers deserve more scrutiny',
    published: '2025-05-09',
    outlet: 'Commons Review',
    related: [],
    body: SIEGE.paras,
    excluded: ['views expressed', 'By Hanna Berg'],
  },
  {
    name: 'humanitarian situation report with key figures and a mailing-list note',
    html: doc(
      `<title>Situation report: river floods | Joint Relief Cell</title>`,
      `<header><p class="org">Joint Relief Cell</p></header><main><h1>Situation report: river floods</h1>
<p class="sr-date">Issued 12 June 2025</p>
<div class="key-figures"><p>2,300 people displaced</p><p>17 settlements cut off</p></div>
${p(FLOODS.paras)}
<section class="contacts"><h2>For further information, please contact:</h2><p>Ana Reyes, Information Unit, reyes@relief.example</p>
<p>To join or leave this mailing list, write to lists@relief.example</p></section></main>`,
    ),
    title: 'Situation report: river floods',
    published: '2025-06-12',
    outlet: 'Joint Relief Cell',
    related: [],
    body: ['2,300 people displaced', '17 settlements cut off', ...FLOODS.paras],
    excluded: ['please contact', 'mailing list', 'reyes@relief.example', 'Issued 12 June 2025'],
  },
  {
    name: 'membership appeal between paragraphs',
    html: doc(
      `<title>${CONVOY.title} | Open Frontier</title><meta property="og:site_name" content="Open Frontier"><meta property="article:published_time" content="2025-08-02T12:00:00Z">`,
      `<main><h1>${CONVOY.title}</h1>${p(CONVOY.paras.slice(0, 2))}
<div class="of-members"><p>Members get unlimited access to our aid tracker. Join from €5.99 a month.</p></div>
${p(CONVOY.paras.slice(2))}</main>`,
    ),
    title: CONVOY.title,
    published: '2025-08-02',
    outlet: 'Open Frontier',
    related: [],
    body: CONVOY.paras,
    excluded: ['€5.99 a month', 'aid tracker'],
  },
  {
    name: 'German-language layout with a dotted date and time',
    html: doc(
      `<title>${PACKAGE.title} | Rhein Kurier</title><meta property="og:site_name" content="Rhein Kurier">`,
      `<main><h1>${PACKAGE.title}</h1><div class="rk-date">23.01.2025, 18:05 Uhr</div>${p(PACKAGE.paras)}
<div class="rk-abo"><p>Good journalism has its price. Read all Kurier articles with RK Plus from 2.99 euros a month.</p></div></main>`,
      'de-DE',
    ),
    title: PACKAGE.title,
    published: '2025-01-23',
    outlet: 'Rhein Kurier',
    related: [],
    body: PACKAGE.paras,
    excluded: ['2.99 euros a month', '18:05 Uhr'],
  },
  {
    name: 'feature with a credits row and reading time',
    html: doc(
      `<title>${SIEGE.title} | Long Read Quarterly</title><meta property="og:site_name" content="Long Read Quarterly">`,
      `<main><h1>${SIEGE.title}</h1><p class="credits">Words by Ines Duarte · 30 October 2025 · 12 min read</p>${p(SIEGE.paras)}</main>`,
    ),
    title: SIEGE.title,
    published: '2025-10-30',
    outlet: 'Long Read Quarterly',
    related: [],
    body: SIEGE.paras,
    excluded: ['Words by Ines Duarte', 'min read'],
  },
];
