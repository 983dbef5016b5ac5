/**
 * Sources as entities: "John Kirby", "NSC spokesperson John Kirby" and "Kirby" are one
 * source. A surface form is reduced to its core name (titles and roles dropped); person
 * names also index their surname so a bare surname finds the one person who has it.
 *
 * Watch out for:
 * - organisations ("the General Staff of the Armed Forces of Ukraine") are not persons:
 *   their last word is not a surname, so they never merge on it;
 * - two people sharing a surname: a bare surname then stays its own source.
 */
import type { Source } from '../contract.js';

/** Role and title words that precede a name ("spokesperson", "Gen.", "Defense Minister"). */
const ROLE_WORDS = new Set(
  [
    'spokesperson', 'spokesman', 'spokeswoman', 'spokesmen', 'press', 'secretary', 'minister', 'ministers', 'deputy',
    'president', 'prime', 'vice', 'chief', 'head', 'commander', 'general', 'gen', 'lt', 'col', 'colonel', 'major',
    'maj', 'admiral', 'adm', 'sergeant', 'captain', 'capt', 'mr', 'mrs', 'ms', 'dr', 'sir', 'senator', 'sen', 'rep',
    'representative', 'ambassador', 'envoy', 'adviser', 'advisor', 'director', 'governor', 'gov', 'mayor', 'official',
    'officials', 'analyst', 'lawmaker', 'chairman', 'chairwoman', 'chair', 'coordinator', 'communications', 'defense',
    'defence', 'foreign', 'national', 'security', 'council', 'nsc', 'top', 'former', 'senior', 'acting', 'regional',
    'military', 'intelligence', 'agency', 'said', 'according', 'to', 'of', 'the', 'and', 'for', 'strategic',
  ].map((w) => w.toLowerCase()),
);

/** Words that mark an organisation: such a name is never reduced to a "surname". */
const ORG_WORDS = /\b(ministry|staff|forces|force|army|navy|council|agency|institute|service|services|office|department|committee|commission|organi[sz]ation|nations|union|group|command|administration|government|intelligence|police|guard|center|centre|bureau|fund|bank|news|press|times|post|tass|reuters|ria|cnn|bbc|ap|afp|isw|un|nato|ohchr|unhcr|kremlin|pentagon|general staff|headquarters|hq|mission|monitoring)\b/i;

const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;

/** A lower-case connector between capitalised words marks an institution's name ("Treatment of Prisoners of War"). */
const ORG_CONNECTOR = /\p{Lu}[\p{L}'’.-]*\s+(of|for|on|and|in)\s+(the\s+)?\p{Lu}/u;

export interface SourceIdentity {
  /** Normalised full surface form. */
  aliasNorm: string;
  /** Normalised core name: the entity key. */
  norm: string;
  /** Display form of the core name. */
  display: string;
  /** Lower-case surname when the core looks like a person's name. */
  surname: string | null;
  /** The core is a single capitalised word that could be a bare surname ("Kirby"). */
  bareSurname: boolean;
}

export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(the|a|an) /, '')
    .trim();
}

export function sourceIdentity(source: Pick<Source, 'name'>): SourceIdentity {
  const full = source.name.trim().replace(/\s+/g, ' ');
  const aliasNorm = normaliseName(full);
  const org: SourceIdentity = { aliasNorm, norm: aliasNorm, display: full.replace(/^the /i, ''), surname: null, bareSurname: false };
  // The trailing run of capitalised non-role tokens is the person's name.
  const tokens = full.replace(/,/g, ' ').split(' ').filter(Boolean);
  const core: string[] = [];
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    const bare = t.toLowerCase().replace(/[.’']/g, '');
    if (!NAME_TOKEN.test(t) || ROLE_WORDS.has(bare)) break;
    core.unshift(t.replace(/[’']s$/, ''));
  }
  // "National Security Council spokesperson John Kirby": a role word in lower case before
  // a full name makes it a person, whatever institution comes first.
  const afterRole = i >= 0 && core.length >= 2 && ROLE_WORDS.has(tokens[i]) && tokens[i] === tokens[i].toLowerCase();
  if (!afterRole && (ORG_WORDS.test(full) || ORG_CONNECTOR.test(full))) return org;
  if (core.length === 0 || core.length > 4) return org;
  const display = core.join(' ');
  const norm = normaliseName(display);
  const surname = normaliseName(core[core.length - 1]);
  return { aliasNorm, norm, display, surname, bareSurname: core.length === 1 };
}
