// Invented war-report pages from templates of our own, for the queue test and bench.
// Deterministic: page i is always the same page, with its own canonical URL.

const PLACES = ['Harlenko', 'the Vestra valley', 'Port Danil', 'Ozerne district', 'the northern ridge', 'Kalvik'];
const SOURCES = [
  'the regional governor said',
  'a military spokesperson told reporters',
  'the defence ministry said in a statement',
  'according to the local emergency service',
  'an aid official said on Tuesday',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

/** Small deterministic PRNG (mulberry32) so the pages do not depend on Math.random. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

/** Page `i`: `{ url, html }`. */
export function articlePage(i, host = 'https://wire.example') {
  const r = rng(i + 1);
  const place = pick(r, PLACES);
  const month = pick(r, MONTHS);
  const day = int(r, 1, 28);
  const url = `${host}/reports/${i}`;
  const paras = [
    `At least ${int(r, 2, 90)} people were killed and ${int(r, 5, 300)} wounded in strikes on ${place} overnight, ${pick(r, SOURCES)}.`,
    `Air defences shot down ${int(r, 5, 60)} of ${int(r, 61, 120)} drones launched at the region, ${pick(r, SOURCES)}.`,
    `The local council said residents of ${int(r, 3, 40)} villages had been evacuated, about ${int(r, 1, 9)},${int(r, 100, 999)} people in all.`,
    `Officials described the night as one of the hardest since the spring. Repair crews worked through the morning to restore power and water.`,
    `A donor conference last week pledged $${int(r, 2, 90)} million in reconstruction aid for the area, ${pick(r, SOURCES)}.`,
  ];
  const html = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Strikes hit ${place} (report ${i}) | Example Wire</title>
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Strikes hit ${place} (report ${i})</h1>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer>© Example Wire</footer>
</body></html>
`;
  return { url, html };
}
