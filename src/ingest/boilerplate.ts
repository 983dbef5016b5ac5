/**
 * Page furniture as data: what news sites wrap around an article and readability keeps.
 * Each entry says why it is furniture. Add a site's habit here, not in the reader's code.
 *
 * The phrase lists here are one signal of `furniture.ts`, which scores each body block on
 * general features (class words, calls to action, prices with a period, link density,
 * position); a new outlet's furniture should need a feature there, not a phrase here.
 *
 * Three kinds of rule:
 * - FURNITURE_CLASS_TOKENS: class/id words of containers that never hold article prose;
 *   the whole element is dropped before readability scores the page.
 * - FURNITURE_TEXT: whole-paragraph patterns; a body paragraph that matches is dropped.
 * - APPEAL_TEXT: donation/membership appeals; once one starts the tail of a plain-text
 *   article, everything after it is the appeal too.
 */

/** A pattern with the reason it exists. */
export interface FurniturePattern {
  pattern: RegExp;
  why: string;
  /** A string every match holds: a paragraph without it skips the pattern (a unicode scan costs several times more). */
  needs?: string;
}

/**
 * Class or id words (split on `-`, `_`, spaces and camelCase) of elements to drop whole.
 * Matched word by word, so `ad` matches `pdl-ad` and `ad_mid` but not `header` or `lead`.
 */
export const FURNITURE_CLASS_TOKENS: ReadonlyArray<{ token: string; why: string }> = [
  { token: 'ad', why: 'advertising slots: "ad-slot", "ad_mid", "pdl-ad"' },
  { token: 'ads', why: 'advertising slots' },
  { token: 'adsbygoogle', why: 'Google ad slot' },
  { token: 'advert', why: 'advertising slots: "tep-advert"' },
  { token: 'advertisement', why: 'advertising slots' },
  { token: 'banner', why: 'ad and promo banners' },
  { token: 'leaderboard', why: 'leaderboard ad slot' },
  { token: 'sponsored', why: 'sponsored content boxes' },
  { token: 'promo', why: 'house promotions' },
  { token: 'newsletter', why: 'newsletter sign-up boxes' },
  { token: 'signup', why: 'newsletter sign-up boxes' },
  { token: 'subscribe', why: 'subscription prompts' },
  { token: 'subscription', why: 'subscription prompts' },
  { token: 'paywall', why: 'paywall notices' },
  { token: 'support', why: 'reader-support appeals: "support-us", "tep-support"' },
  { token: 'donate', why: 'donation appeals' },
  { token: 'donation', why: 'donation appeals' },
  { token: 'patron', why: 'Patreon-style appeals: "dd-patron"' },
  { token: 'patreon', why: 'Patreon appeals' },
  { token: 'member', why: 'membership appeals: "pdl-member"' },
  { token: 'membership', why: 'membership appeals' },
  { token: 'share', why: 'share buttons and prompts' },
  { token: 'sharing', why: 'share buttons' },
  { token: 'social', why: 'social media buttons' },
  { token: 'cookie', why: 'cookie notices' },
  { token: 'cookies', why: 'cookie notices' },
  { token: 'consent', why: 'cookie consent banners' },
  { token: 'gdpr', why: 'cookie consent banners' },
  { token: 'comment', why: 'comment sections and counts' },
  { token: 'comments', why: 'comment sections and counts' },
  { token: 'disqus', why: 'comment widgets' },
  { token: 'related', why: 'related-article boxes (their links are read first)' },
  { token: 'readalso', why: '"Read also" boxes (their links are read first)' },
  { token: 'readmore', why: '"Read more" boxes (their links are read first)' },
  { token: 'recommended', why: 'recommendation widgets' },
  { token: 'popular', why: '"Most popular" lists' },
  { token: 'viewed', why: '"Most viewed" lists' },
  { token: 'trending', why: 'trending lists' },
  { token: 'recent', why: '"Recent posts" widgets' },
  { token: 'widget', why: 'sidebar widgets' },
  { token: 'sidebar', why: 'sidebars' },
  { token: 'breadcrumb', why: 'breadcrumb trails' },
  { token: 'breadcrumbs', why: 'breadcrumb trails' },
  { token: 'nav', why: 'navigation' },
  { token: 'navigation', why: 'navigation' },
  { token: 'menu', why: 'menus' },
  { token: 'topbar', why: 'site top bars' },
  { token: 'kicker', why: 'section labels above the headline: "Ukraine war"' },
  { token: 'eyebrow', why: 'section labels above the headline' },
  { token: 'category', why: 'category links above the headline' },
  { token: 'masthead', why: 'site masthead (the article headline is read first)' },
  { token: 'footer', why: 'page and article footers' },
  { token: 'colophon', why: 'WordPress site footer' },
  { token: 'tags', why: 'tag lists: "post-tags", "tags-links"' },
  { token: 'byline', why: 'author lines (read for metadata first)' },
  { token: 'author', why: 'author boxes' },
  { token: 'credit', why: 'photo and reporting credits' },
  { token: 'caption', why: 'photo captions' },
  { token: 'copyright', why: 'copyright lines' },
  { token: 'standards', why: 'editorial-standards links' },
  { token: 'readtime', why: '"N min read" labels' },
  { token: 'print', why: 'print buttons' },
  { token: 'toolbar', why: 'article toolbars' },
  { token: 'modal', why: 'pop-ups' },
  { token: 'popup', why: 'pop-ups' },
];

/**
 * Of those, the words whose elements go even when they hold long paragraphs (comment
 * threads), unless they hold most of the page's prose (a "has-sidebar" wrapper). The other
 * words' elements are kept when they hold a few long paragraphs: an article wrapper may
 * carry a word like "share" or "ad".
 */
export const ALWAYS_DROP_TOKENS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'disqus', 'footer', 'colophon', 'sidebar', 'widget', 'nav', 'navigation',
  'menu', 'cookie', 'cookies', 'consent', 'gdpr', 'popular', 'viewed', 'trending', 'recent',
]);

/**
 * Elements dropped whatever their class: they never hold article prose. Matched by tag
 * name (upper case, as the DOM gives it) or by being hidden, in one walk of the page.
 */
export const FURNITURE_ELEMENTS: ReadonlyArray<{ tags?: readonly string[]; hidden?: true; why: string }> = [
  { tags: ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS'], why: 'code and embeds, not text' },
  { tags: ['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'], why: 'navigation, sidebars, forms' },
  { tags: ['FIGCAPTION', 'FIGURE'], why: 'photo captions and credits' },
  { hidden: true, why: 'invisible to readers: [hidden], [aria-hidden="true"]' },
];

/** Body paragraphs that are furniture wherever they stand. Matched against a whole paragraph. */
export const FURNITURE_TEXT: readonly FurniturePattern[] = [
  { pattern: /^[-–—\s]*advert(isement|ising)?[-–—\s]*$/i, why: 'ad slot labels: "Advertisement", "- Advertisement -"' },
  { pattern: /^(story continues|article continues) below( advertisement)?\.?$/i, why: 'ad slot labels' },
  { pattern: /^\d+\s*(min|mins|minutes?)\s*read$/i, why: '"4 min read" labels' },
  { pattern: /\b\d+\s*min(ute)?s?\s*read\b/i, why: 'byline rows that hold "6 min read"' },
  { pattern: /^(photo|image|picture|illustration|video)(\s+credit)?s?\s*:/i, why: 'photo credits: "Photo: Reuters"' },
  { pattern: /^\(?(file )?photo\)?$/i, why: 'photo credit stubs' },
  { pattern: /^share( (this|the) (article|story|page|post))?\b.{0,40}$/i, why: 'share prompts: "Share this article:"' },
  { pattern: /\bshare on (facebook|x|twitter|linkedin|whatsapp|telegram)\b/i, why: 'share rows' },
  { pattern: /^copy link$/i, why: 'share rows' },
  { pattern: /\b(uses?|use of) cookies\b/i, why: 'cookie notices' },
  { pattern: /\bcookie (policy|settings|preferences|notice)\b/i, why: 'cookie notices' },
  { pattern: /\b(sign up|subscribe)\b.{0,80}\b(newsletter|briefing|bulletin|inbox)\b/i, why: 'newsletter sign-ups' },
  { pattern: /\b(newsletter|briefing)\b.{0,80}\b(sign up|subscribe|inbox|free every)\b/i, why: 'newsletter sign-ups' },
  { pattern: /\bdelivered to your inbox\b/i, why: 'newsletter sign-ups' },
  { pattern: /^(get|never miss)\b.{0,60}\bnewsletter\b/i, why: 'newsletter prompts' },
  { pattern: /^\(?(reporting|writing|editing|additional reporting|compiled|produced) by\b/i, why: 'wire credit lines: "Reporting by … Editing by …"' },
  { pattern: /^our standards\b/i, why: 'editorial-standards links' },
  { pattern: /\ball rights reserved\b/i, why: 'copyright lines' },
  { pattern: /\bunauthori[sz]ed reproduction\b/i, why: 'copyright lines' },
  { pattern: /^(©|&copy;|copyright\b)/i, why: 'copyright lines' },
  { pattern: /^[\p{L} .'’-]{2,60}\s*\(?[\w.+-]+@[\w-]+(\.[\w-]+)+\)?$/u, needs: '@', why: 'author e-mail sign-offs: "Jane Doe (desk@paper.example)"' },
  { pattern: /\b(log|sign) ?in to (leave|post|write|add) a comment\b/i, why: 'comment prompts' },
  { pattern: /\bmust be logged in to (post|leave) a comment\b/i, why: 'comment prompts' },
  { pattern: /^(show |view |read )?\d*\s*comments?\s*(\(\d+\))?$/i, why: 'comment counts' },
  { pattern: /^(read also|read more|related|related (articles?|stories|coverage|content|news)|more on this( story)?|see also|also read|most (read|popular|viewed))\s*:?$/i, why: 'headings of link boxes' },
  { pattern: /^(tags?|topics?)\s*:/i, why: 'tag lists' },
  {
    pattern: /^(published|updated|posted|last updated)(\s+on)?\s*:?\s*(\p{L}+day,?\s+)?(\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b.{0,24}$/iu,
    why: 'date lines: "Posted on February 27, 2025"',
  },
];

/**
 * Appeals to donate, subscribe or become a member or patron. In HTML they are dropped as
 * paragraphs; in plain text an appeal near the end ends the article.
 */
export const APPEAL_TEXT: readonly FurniturePattern[] = [
  { pattern: /\byou could close this page\b/i, why: 'the opening of a common donation appeal' },
  { pattern: /\bbecome an? (patron|supporter|donor)\b/i, why: 'membership appeals ("become a member of NATO" is not one)' },
  { pattern: /\bbecome an? (member|subscriber) (for|today|now|and|to)\b/i, why: '"Become a member for $5 a month"' },
  { pattern: /\b(make|consider|with) an? (monthly|one-time|one-off|regular|small) (contribution|donation|gift)\b/i, why: 'donation appeals' },
  { pattern: /\bfor as little as (the (cost|price) of|\S+ a month)\b/i, why: '"for as little as the cost of a coffee"' },
  { pattern: /\b(support|back|fund)(ing)? (our|independent|this) (journalism|reporting|newsroom|work|coverage)\b/i, why: '"Support our journalism"' },
  { pattern: /\byour (support|donation|contribution) (helps|keeps|makes|allows|means)\b/i, why: '"Your support helps us tell the story"' },
  { pattern: /\b(relies|rely|depends?) on (the support of )?readers\b/i, why: '"relies on readers like you"' },
  { pattern: /\breaders like you\b/i, why: 'donation appeals' },
  { pattern: /\bpatreon\b/i, why: 'Patreon appeals' },
  { pattern: /\b(no|behind a) paywall\b/i, why: 'paywall appeals' },
  { pattern: /\bkeep (our|this) (reporting|journalism|site|work) (open|free)\b/i, why: '"We keep our reporting open and accessible"' },
  { pattern: /\bthis (story|article) is free to read\b/i, why: 'free-to-read appeals' },
  { pattern: /^(support us|donate|subscribe|join now|join us)\.?$/i, why: 'appeal buttons' },
];

/**
 * Headings or labels that open a box of links to other articles: the links become
 * `related`, the box leaves the body. Matched against the label's whole text.
 */
export const RELATED_LABEL =
  /^(read also|also read|read more|related|related (articles?|stories|coverage|content|news|reading|links)|more on this( story| topic)?|more about this|see also|further reading|you may also like)\s*:?$/i;

/** Class/id words of containers that hold related links (no label needed). */
export const RELATED_CLASS_TOKENS: readonly string[] = ['related', 'readalso', 'readmore', 'seealso', 'moreonthis'];

/** Class/id words of link lists that are NOT about the article ("Most read"): never related. */
export const UNRELATED_LIST_LABEL = /^(most (read|popular|viewed|shared)|trending|recent posts|latest( news)?|top stories|editor'?s picks)\s*:?$/i;

/** A leading label some sites put inside each related link ("Related: …"). */
export const RELATED_TITLE_PREFIX = /^(related|read also|read more|see also)\s*:\s*/i;

/** Splits a class or id attribute into lower-case words (`pdl-ad__label` → pdl, ad, label). */
export function classTokens(attr: string): string[] {
  return attr
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const FURNITURE_TOKEN_SET = new Set(FURNITURE_CLASS_TOKENS.map((t) => t.token));

/** True when a class/id string names a furniture container. Joined words count too ("readalso"). */
export function isFurnitureClass(attr: string): boolean {
  const tokens = classTokens(attr);
  if (tokens.some((t) => FURNITURE_TOKEN_SET.has(t))) return true;
  const joined = tokens.join('');
  return RELATED_CLASS_TOKENS.some((t) => joined.includes(t));
}

/** True when the class/id marks a related-links box. */
export function isRelatedClass(attr: string): boolean {
  const joined = classTokens(attr).join('');
  return RELATED_CLASS_TOKENS.some((t) => joined.includes(t));
}

/** True when a whole paragraph is furniture. */
export function isFurnitureText(paragraph: string): boolean {
  return FURNITURE_OR_APPEAL_TEST(paragraph);
}

/** True when a paragraph appeals for money, membership or subscriptions. */
export function isAppeal(paragraph: string): boolean {
  return APPEAL_TEST(paragraph);
}

/**
 * One test for a list of patterns: those with the same flags become one alternation,
 * so a paragraph is scanned once per flag set rather than once per pattern (about 3x
 * cheaper for the unanchored ones, which read the whole paragraph). When every pattern
 * of a set starts with a word boundary, the boundary is tested once, before the
 * alternation, which lets the engine skip most positions (about a third cheaper). A
 * pattern with `needs` runs alone, and only on paragraphs that hold what it needs.
 */
function anyOf(patterns: readonly FurniturePattern[]): (s: string) => boolean {
  const guarded = patterns.filter((p) => p.needs);
  const test = merge(patterns.filter((p) => !p.needs));
  return (s) => test(s) || guarded.some((p) => s.includes(p.needs!) && p.pattern.test(s));
}

function merge(patterns: readonly FurniturePattern[]): (s: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const { pattern } of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), pattern.source]);
  }
  const merged = [...byFlags].flatMap(([flags, sources]) => {
    const hoist = (x: string) => x.startsWith('\\b') && !hasTopLevelAlternative(x);
    const bounded = sources.filter(hoist);
    const rest = sources.filter((x) => !hoist(x));
    const out: RegExp[] = [];
    if (bounded.length) out.push(new RegExp(`\\b(?:${bounded.map((x) => `(?:${x.slice(2)})`).join('|')})`, flags));
    if (rest.length) out.push(new RegExp(rest.map((x) => `(?:${x})`).join('|'), flags));
    return out;
  });
  return (s) => merged.some((re) => re.test(s));
}

/** True when `source` has a `|` outside any group or class: "\bfoo|bar" reads "(\bfoo)|bar". */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

// Furniture and appeals in one test: their patterns share one scan of the paragraph.
const FURNITURE_OR_APPEAL_TEST = anyOf([...FURNITURE_TEXT, ...APPEAL_TEXT]);
const APPEAL_TEST = anyOf(APPEAL_TEXT);
