/**
 * Which series a topic asks for: "North Korean troops killed in Kursk" → the KP killed
 * series located in Kursk. A topic matches a series when it names the series' measure,
 * its party (when it has one) and, if it names a place, that place.
 */
import type { Measure } from '../contract.js';
import type { SeriesSummary } from '../ledger/types.js';

/** Words readers use for each measure; lower case, matched as whole words. */
const MEASURE_WORDS: Record<Measure, string[]> = {
  killed: ['killed', 'deaths', 'dead', 'death toll', 'fatalities', 'died'],
  wounded: ['wounded', 'injured', 'injuries'],
  killed_or_wounded: ['casualties', 'losses', 'killed or wounded', 'killed and wounded'],
  captured: ['captured', 'prisoners', 'pows', 'prisoners of war'],
  missing: ['missing'],
  deployed: ['troops', 'deployed', 'soldiers', 'deployment', 'personnel'],
  equipment_lost: ['equipment', 'tanks', 'vehicles', 'equipment lost', 'armour'],
  strikes: ['strikes', 'drones', 'missiles', 'attacks', 'shelling'],
  aid_committed: ['aid pledged', 'aid committed', 'pledged', 'pledges', 'commitments'],
  aid_delivered: ['aid delivered', 'delivered', 'disbursed', 'aid sent'],
  aid_remaining: ['aid remaining', 'remaining aid', 'left to send'],
  territory: ['territory', 'ground', 'land', 'area'],
  displaced: ['displaced', 'refugees', 'evacuated', 'evacuees'],
  other: [],
};

/** Names and demonyms for the parties most reports concern; codes match too ("KP"). */
const PARTY_WORDS: Record<string, string[]> = {
  RU: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
  UA: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  KP: ['north korea', 'north korean', 'north koreans', 'dprk', 'pyongyang'],
  KR: ['south korea', 'south korean', 'seoul'],
  US: ['united states', 'us', 'u.s.', 'american', 'americans', 'washington'],
  GB: ['britain', 'british', 'uk', 'united kingdom'],
  DE: ['germany', 'german'],
  FR: ['france', 'french'],
  IL: ['israel', 'israeli', 'israelis'],
  PS: ['palestine', 'palestinian', 'palestinians', 'gaza'],
  IR: ['iran', 'iranian'],
  EU: ['eu', 'european union', 'europe'],
  NATO: ['nato'],
  UN: ['un', 'united nations'],
};

function has(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function matchTopicSeries(topic: string, series: SeriesSummary[]): SeriesSummary | null {
  let best: { s: SeriesSummary; score: number } | null = null;
  for (const s of series) {
    const words = MEASURE_WORDS[s.measure] ?? [];
    if (!words.some((w) => has(topic, w)) && !has(topic, s.measure.replace(/_/g, ' '))) continue;
    let score = 1;
    if (s.party) {
      const names = [s.party.toLowerCase(), ...(PARTY_WORDS[s.party] ?? [])];
      if (!names.some((n) => has(topic, n))) continue;
      score += 2;
    }
    if (s.location) {
      if (!has(topic, s.location) && !has(topic, s.location.split(/\s+/)[0])) continue;
      score += 2;
    }
    if (!best || score > best.score || (score === best.score && s.claims > best.s.claims)) best = { s, score };
  }
  return best?.s ?? null;
}

/**
 * What makes two titles the same topic: case, spacing, compatibility forms ("ｆｕｌｌ"
 * width) and invisible characters aside. A second card for one topic splits its votes.
 */
export function topicTitleKey(title: string): string {
  return title.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
