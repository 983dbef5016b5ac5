/**
 * Page furniture by its features: each block the reader took from the article container
 * (or each paragraph of a text article) is scored on general signals, and a block whose
 * score reaches FURNITURE_THRESHOLD leaves the body. The signals and their weights are
 * data, one reason each (like readability's REGEXPS); the phrase lists of
 * `boilerplate.ts` are one signal among them.
 *
 * Handles: appeals in words no list holds ("Good journalism has its price", "Help us stay
 * on the ground: become a supporter today"), offers ("Join from €9.99 a month"), newsletter
 * and channel promotions by name ("Subscribe to Great Lakes Weekly", "Follow the … on
 * WhatsApp"), counters ("Views: 6,203"), editors' sign-offs ("ok-lv/jm"), contact and
 * mailing-list lines, promo box headings next to the box.
 * Watch out for: body sentences that quote an appeal ("'Join us,' the recruiter said"),
 * articles about prices ("soldiers are paid $2,000 a month"), about Telegram channels or
 * about funding ("the militia is funded by Tehran"): reported speech and long prose weigh
 * against, and no single weak signal reaches the threshold on its own.
 */
import { isFurnitureText } from './boilerplate.js';
import { dateLineParts, MAX_DATE_LINE_CHARS, parseDate } from './dates.js';
import { letterOrDigitWords } from './normalize.js';

/** A block of text with what the page says about it. */
export interface Block {
  text: string;
  /** Class and id words of the block's element and its ancestors inside the container. */
  tokens: readonly string[];
  /** Share of the block's characters inside links (0 for text articles). */
  linkShare: number;
  /** A table cell: its dates and short labels are data, not furniture. */
  cell?: boolean;
  /** The `datetime` of a `<time>` element in the block. */
  datetime?: string | null;
}

/** What a signal may read besides the block: its neighbours and the page. */
export interface BlockContext {
  outlet: string | null;
  /** Where the block stands: before the first body paragraph, after the last, or between. */
  position: 'before' | 'after' | 'between';
  /** The block's words, counted up to LONG_PROSE_WORDS: the signals compare it with that or less. */
  words: number;
  /** The block's text with quotations taken out: an appeal quoted in a story is not one. */
  plain: string;
}

export interface FurnitureSignal {
  name: string;
  /** Added to the block's score when the signal fires; negative weights argue for the body. */
  weight: number;
  why: string;
  test(block: Block, ctx: BlockContext): boolean;
  /** Does not fire in table cells, where short labels and bare dates are the table's data. */
  notInTables?: boolean;
}

/** A block that reaches this score is furniture. No single weak signal (≤ 2) reaches it alone. */
export const FURNITURE_THRESHOLD = 3;
/** A block with at least this many words and a full stop is prose: it places the body's first and last paragraphs. */
const PROSE_WORDS = 12;
/** ...and scores at most this much without its position (one weak signal, such as "you" in an opinion piece). */
const PROSE_MAX_SCORE = 1;
/** A block this short with no sentence punctuation is a label, a button or a heading. */
const LABEL_WORDS = 12;
/** Up to this many words, a block that opens with an imperative is a call to action even without "you". */
const SHORT_CTA_WORDS = 25;
/** A block with this share of its text in links is a link list. */
const LINK_DENSE_SHARE = 0.5;
/** A block around a `<time>` this short is a date stamp ("3 Nov", "Monday 10:45"). */
const MAX_STAMP_CHARS = 40;
/** A byline is a name or three and a place, not a paragraph. */
const MAX_BYLINE_CHARS = 100;
/** A paragraph this long is prose, whatever one of its phrases sounds like. */
const LONG_PROSE_WORDS = 40;

/** Class and id words of containers around furniture (whole words, after splitting). */
const FURNITURE_VOCABULARY = new Set([
  'newsletter', 'newsletters', 'nl', 'promo', 'promotion', 'subscribe', 'subscription', 'subscriptions', 'abo', 'paywall',
  'cta', 'donate', 'donation', 'membership', 'member', 'members', 'social', 'share', 'sharing', 'related', 'ad', 'ads',
  'adunit', 'adslot', 'advert', 'advertisement', 'sponsor', 'sponsored', 'banner', 'cookie', 'cookies', 'consent',
  'byline', 'meta', 'footer', 'support', 'supporter', 'signup', 'optin', 'upsell', 'premium', 'plus', 'app', 'follow',
  'comments', 'comment', 'counter', 'views', 'disclaimer', 'disclosure', 'contact', 'mailing', 'teaser', 'offer',
]);
/** Class words that start with one of these are furniture too ("adwrap", "newsletterbox", "promobar"). */
const FURNITURE_PREFIX = /^(?:ad(?:unit|slot|box|wrap|container|zone|block)|newsletter|promo|subscri|paywall|sponsor|donat|member|cookie|consent|upsell|social)/;

/** Some vocabulary word or prefix occurs in a class or id: a cheap test before the attribute is split into words. */
export const FURNITURE_CLASS_HINT = new RegExp([...FURNITURE_VOCABULARY, FURNITURE_PREFIX.source.slice(1)].join('|'), 'i');

/** Verbs that open a call to action: "Subscribe to…", "Join from…", "Help us…", "Get the … app". */
const CTA_VERB =
  /^(?:subscribe|join|follow|sign (?:up|in)|log in|register|support|donate|contribute|chip in|become|get|grab|read|download|install|listen|watch|scroll|click|tap|share|help|try|upgrade|unlock|discover|explore|stay (?:informed|up to date|updated)|don['’]t miss|never miss|please)\b/i;
/** A sentence or button in the block that opens with one of them. */
const CTA = new RegExp(`(?:^|[.!?:·|•]\\s+)${CTA_VERB.source.slice(1)}`, 'i');
/** The reader addressed as "you". */
const READER_ADDRESS = /\b(?:you|your|yours)\b/i;
/** A price with a period: "€9.99 a month", "from ₹99 a month", "2.99 euros a month", "$5/mo". */
const PRICE_PERIOD =
  /(?:[€$£₹¥]\s?\d[\d,.]*|(?<![\d,.])\d[\d,.]*\s?(?:€|\$|£|euros?|dollars?|pounds?|rupees?|eur|usd|gbp|inr))\s*(?:\/|a|per|each|every)\s*(?:month|mo|year|yr|week|wk)\b/i;
/** The outlet's own voice. */
const OUTLET_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/; // case matters: "US" is a country
/** What outlets sell or push: newsletters, apps, channels, editions, memberships. */
const PROMO_NOUN =
  /\b(?:newsletters?|inbox|podcasts?|apps?|e-?paper|ad-free|paywalls?|subscribers?|subscriptions?|supporters?|membership|premium|whatsapp|telegram|google news|push notifications?|e-?mail alerts?)\b/i;
/** The outlet speaking of its own journalism and what it costs. */
const JOURNALISM_SELF =
  /\b(?:(?:our|independent|good|quality|public[- ]interest|honest|trusted|reliable)\s+(?:journalism|reporting|newsroom)\b.{0,60}\b(?:costs?|price|needs?|depends?|relies|help|support|funded|free|money)\b|journalism\s+(?:costs|has its price|is not free|isn['’]t free|needs you)|(?:is|was) free to read|readers (?:pay|fund|support) (?:for )?(?:it|us))/i;
/** Statements about the outlet itself: funding, independence, opinions, fact-checking pledges. */
const DISCLOSURE =
  /\b(?:(?:is|are) (?:funded|financed|supported) by (?:the public|its readers|readers|donations|members|subscribers)|accepts? no (?:\w+ ){0,2}funding|views expressed|(?:verified )?signatory of|code of (?:principles|practice|conduct)|editorial(?:ly)? independen)/i;
/** Counters: "Views: 6,203", "18,400 subscribers and counting", "Comments (5)". */
const COUNTER =
  /^(?:(?:views?|reads?|shares?|likes?|comments?|subscribers?|followers?)\s*[:(]?\s*[\d,.]+[km]?\)?|[\d,.]+[km]?\s+(?:views|reads|shares|likes|comments|subscribers|followers)(?:\s+and counting)?\.?)$/i;
/** Every price holds a digit: the cheapest test, and most prose has none to give. */
const HAS_DIGIT = /\d/;
/** What a block needs to hold before the dearer tests run: a period for a price, a contact word or sign. */
const CURRENCY_HINT = /[€$£₹¥]|euro|dollar|pound|rupee|eur|usd|gbp|inr/i;
const CONTACT_HINT = /information|contact|touch|mailing/i;
const ADDRESS_HINT = /@|https?:|\+\d/;
/** Counters, sign-offs and relative times are short. */
const MAX_COUNTER_CHARS = 40;
/** Contact and mailing-list lines: "For further information, please contact…", an e-mail address or a URL. */
const CONTACT = /\b(?:for (?:further|more) information|please (?:contact|write|e-?mail|call|send|visit)|contact us|get in touch|mailing list)\b/i;
/** An address written out: an e-mail, a web link, an international phone number. */
const ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+|(?<![\w+])\+\d{1,3}(?: \d{1,4}){2,4}\b/i;
/** Labels of page metadata: "Published by: Press Office", "Source: …". */
const METADATA_LABEL = /^(?:published|posted|issued|written|prepared|compiled|edited|photos?|images?|credits?)(?: by)?\s*:/i;
/** Editors' initials at the end of a wire story: "ok-lv/jm", "(jm/ab)". */
const SIGN_OFF = /^\(?\p{Ll}{1,4}(?:[-/]\p{Ll}{1,4}){1,3}\)?$/u;
/** A byline: "By Jane Doe", "By Jane Doe and Ivan Petrenko, Kyiv" (case matters: "By the end of May" is prose). */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+/u;
/** Relative timestamps: "2 hours ago", "Updated 35 minutes ago". */
const TIME_AGO = /^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\.?$/i;
/** A short bio of the writer: "Jane Doe is a correspondent for … covering …". */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\s+[^.]{0,80}?\b(?:correspondent|reporter|journalist|editor|writer|columnist|fellow|analyst|researcher|contributor|photographer)\b/u;
/** Notes about the page rather than the story: republication, licensing, translation, prior publication. */
const PAGE_NOTE =
  /\b(?:this (?:article|story|report|piece) (?:was|has been|is) (?:originally |first )?(?:published|republished|produced|translated|updated|amended)|(?:purchase|buy) licensing rights|reprints? (?:and|&) permissions|republish(?:ing)? this (?:article|story))\b/i;
/** Reported speech: the mark of a news sentence, not of an appeal. */
const REPORTED_SPEECH = /\b(?:said|says|told|according to|reported|stated|announced|wrote|claimed)\b/i;
/** Text inside quotation marks, which may quote an appeal without being one. */
const QUOTED = /[“"«„][^“”"«»„]*[”"»]/g;
/** Sentence-final punctuation, possibly inside closing quotes. */
const SENTENCE_END = /[.!?…]["”’»)]*$/;


function unquoted(text: string): string {
  return text.includes('"') || text.includes('“') || text.includes('«') || text.includes('„') ? text.replace(QUOTED, ' ') : text;
}

/** A block that is only a date, or a byline row of parts one of which is a date line. */
function isDateRow(text: string): boolean {
  if (text.length > MAX_DATE_LINE_CHARS || SENTENCE_END.test(text) && !/\d[.]?$/.test(text)) return false;
  const parts = dateLineParts(text);
  return parts.length > 0 && parseDate(parts[0]) !== null;
}

/** A few words, no sentence punctuation and no figure: "22.2 million people in need" is a key figure, not a label. */
function isLabelLike(text: string, n: number): boolean {
  return n <= LABEL_WORDS && !SENTENCE_END.test(text) && !/\d/.test(text);
}

/** The signals, strongest first. Weights add; see FURNITURE_THRESHOLD. */
export const FURNITURE_SIGNALS: readonly FurnitureSignal[] = [
  { name: 'phrase-list', weight: 3, why: 'wordings known to be furniture (boilerplate.ts): "Advertisement", "Sign up for our newsletter"', test: (b) => isFurnitureText(b.text) },
  { name: 'counter', weight: 3, why: 'view, share and subscriber counts are page widgets: "Views: 6,203"', test: (b) => b.text.length <= MAX_COUNTER_CHARS && COUNTER.test(b.text) },
  { name: 'sign-off', weight: 3, why: 'editors\' initials closing a wire story: "ok-lv/jm"', test: (b) => b.text.length <= MAX_COUNTER_CHARS && SIGN_OFF.test(b.text) },
  {
    name: 'call-to-action',
    weight: 2,
    why: 'a sentence that opens with subscribe, join, follow, get, scroll… aimed at the reader: "Subscribe to …", "Help us …"',
    test: (b, c) => {
      const t = c.plain;
      return CTA.test(t) && (c.words <= SHORT_CTA_WORDS || READER_ADDRESS.test(t));
    },
  },
  { name: 'price-period', weight: 2, why: 'an offer: a price with a period, "Join from €9.99 a month"', test: (b) => HAS_DIGIT.test(b.text) && CURRENCY_HINT.test(b.text) && PRICE_PERIOD.test(b.text) },
  { name: 'journalism-self', weight: 2, why: 'the outlet on its own journalism and its cost: "Good journalism has its price"', test: (b, c) => JOURNALISM_SELF.test(c.plain) },
  { name: 'disclosure', weight: 2, why: 'statements about the outlet: funding, independence, "the views expressed are the author\'s own"', test: (b) => DISCLOSURE.test(b.text) },
  { name: 'contact', weight: 2, why: 'contact and mailing-list lines: "For further information, please contact"', test: (b) => CONTACT_HINT.test(b.text) && CONTACT.test(b.text) },
  { name: 'address', weight: 1, why: 'an e-mail address, a web link or a phone number written out (a sentence may cite a link)', test: (b) => ADDRESS_HINT.test(b.text) && ADDRESS.test(b.text) },
  {
    name: 'contact-line',
    weight: 1,
    why: 'a few words and an address: "Press office: press@ministry.example"',
    test: (b, c) => c.words <= LABEL_WORDS && ADDRESS_HINT.test(b.text) && ADDRESS.test(b.text),
  },
  { name: 'metadata-label', weight: 2, why: 'labelled page metadata: "Published by: Press Office"', test: (b) => METADATA_LABEL.test(b.text) },
  { name: 'byline', weight: 2, why: 'a byline: "By Jane Doe" (with the label signal, a whole byline block goes)', test: (b) => BYLINE.test(b.text) && b.text.length <= MAX_BYLINE_CHARS },
  { name: 'date-line', weight: 3, why: 'a block that is only a date or a byline row with one ("Sunday, 27 April 2025", "Name | Place | Updated: …")', test: (b) => isDateRow(b.text), notInTables: true },
  { name: 'time-stamp', weight: 3, why: 'a short block around a <time> element is the page\'s date, however it is written ("3 Nov")', test: (b) => !!b.datetime && b.text.length <= MAX_STAMP_CHARS, notInTables: true },
  { name: 'time-ago', weight: 3, why: 'relative timestamps: "Updated 2 hours ago"', test: (b) => b.text.length <= MAX_COUNTER_CHARS && TIME_AGO.test(b.text) },
  { name: 'author-bio', weight: 2, why: 'the writer\'s bio: "Jane Doe is a correspondent for …"', test: (b) => AUTHOR_BIO.test(b.text) },
  { name: 'page-note', weight: 2, why: 'notes about the page: republication, licensing, translation', test: (b) => PAGE_NOTE.test(b.text) },
  {
    name: 'class-vocabulary',
    weight: 2,
    why: 'the block sits in an element whose class or id names furniture: newsletter, promo, cta, paywall, ad, byline, meta, footer…',
    test: (b) => b.tokens.some((t) => FURNITURE_VOCABULARY.has(t) || FURNITURE_PREFIX.test(t)),
  },
  { name: 'link-dense', weight: 2, why: 'mostly links: a menu, a tag list or a box of other articles', test: (b) => b.linkShare >= LINK_DENSE_SHARE },
  { name: 'promo-noun', weight: 1, why: 'what outlets push: newsletters, apps, channels, the e-paper, memberships', test: (b, c) => PROMO_NOUN.test(c.plain) },
  { name: 'reader-address', weight: 1, why: 'news copy rarely speaks to the reader as "you" outside quotes', test: (b, c) => READER_ADDRESS.test(c.plain) },
  { name: 'outlet-voice', weight: 1, why: 'the outlet speaking as "we" and "our" outside quotes', test: (b, c) => OUTLET_VOICE.test(c.plain) },
  { name: 'outlet-name', weight: 1, why: 'the outlet speaking of itself by name', test: (b, c) => !!c.outlet && c.outlet.length > 2 && b.text.includes(c.outlet) },
  { name: 'label', weight: 1, why: 'a few words without sentence punctuation: a heading, a button, a label', test: (b, c) => isLabelLike(b.text, c.words), notInTables: true },
  { name: 'outside-body', weight: 1, why: 'before the first or after the last paragraph of prose, where boxes and appeals sit', test: (b, c) => c.position !== 'between', notInTables: true },
  { name: 'reported-speech', weight: -2, why: 'said, told, according to: a news sentence reports, an appeal asks', test: (b) => REPORTED_SPEECH.test(b.text) },
  { name: 'long-prose', weight: -1, why: 'a long paragraph is prose, whatever one phrase in it sounds like', test: (b, c) => c.words >= LONG_PROSE_WORDS },
];

/** The signals that score positions are left out when finding where the prose is. */
const POSITIONAL = new Set(['outside-body']);
const POSITIONAL_SIGNALS = FURNITURE_SIGNALS.filter((s) => POSITIONAL.has(s.name));
/** The others, listed once rather than each looked up in POSITIONAL for every block. */
const PLACE_FREE_SIGNALS = FURNITURE_SIGNALS.filter((s) => !POSITIONAL.has(s.name));
/** A label next to a furniture block is that box's heading ("The Morning Memo" over its sign-up). */
const BOX_HEADING_WEIGHT = 2;

export interface Scored {
  score: number;
  signals: string[];
}

/**
 * Scores every block: first without position, which finds the first and last paragraphs
 * of prose; then the positional signals are added. A label beside a block found to be
 * furniture is that box's heading and goes with it.
 */
export function scoreBlocks(blocks: readonly Block[], outlet: string | null): Scored[] {
  const signals = blocks.map((): string[] => []);
  return scoreTotals(blocks, outlet, signals).map((score, i) => ({ score, signals: signals[i] }));
}

/** The blocks that are not furniture. */
export function keepBody<T extends Block>(blocks: readonly T[], outlet: string | null): T[] {
  const scores = scoreTotals(blocks, outlet, null);
  return blocks.filter((_, i) => scores[i] < FURNITURE_THRESHOLD);
}

/**
 * The score of each block, as scoreBlocks describes; the names of the signals that fired
 * go to `signals` when it is given (the reader itself needs only the scores).
 */
function scoreTotals(blocks: readonly Block[], outlet: string | null, signals: string[][] | null): number[] {
  const n = blocks.length;
  const counts: number[] = [];
  const plain: string[] = [];
  const scores: number[] = [];
  // One context, refilled for each block: the signals read it and keep nothing of it.
  const ctx: { outlet: string | null; position: BlockContext['position']; words: number; plain: string } = { outlet, position: 'between', words: 0, plain: '' };
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    // Every signal compares the count with LONG_PROSE_WORDS or less, so counting stops there.
    ctx.words = counts[i] = letterOrDigitWords(b.text, LONG_PROSE_WORDS);
    ctx.plain = plain[i] = unquoted(b.text);
    let total = 0;
    for (const s of PLACE_FREE_SIGNALS) {
      if (s.notInTables && b.cell) continue;
      if (s.test(b, ctx)) {
        total += s.weight;
        signals?.[i].push(s.name);
      }
    }
    scores[i] = total;
    if (total <= PROSE_MAX_SCORE && counts[i] >= PROSE_WORDS && SENTENCE_END.test(b.text)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  for (let i = 0; i < n; i++) {
    ctx.position = first < 0 ? 'between' : i < first ? 'before' : i > last ? 'after' : 'between';
    ctx.words = counts[i];
    ctx.plain = plain[i];
    for (const s of POSITIONAL_SIGNALS) {
      if (!(s.notInTables && blocks[i].cell) && s.test(blocks[i], ctx)) {
        scores[i] += s.weight;
        signals?.[i].push(s.name);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (scores[i] >= FURNITURE_THRESHOLD || blocks[i].cell || !isLabelLike(blocks[i].text, counts[i])) continue;
    if ((i + 1 < n && scores[i + 1] >= FURNITURE_THRESHOLD && !isLabelLike(blocks[i + 1].text, counts[i + 1])) || (i > 0 && scores[i - 1] >= FURNITURE_THRESHOLD && i === n - 1)) {
      scores[i] += BOX_HEADING_WEIGHT;
      signals?.[i].push('box-heading');
    }
  }
  return scores;
}
