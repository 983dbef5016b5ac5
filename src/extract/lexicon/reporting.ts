/** Reporting verbs and frames that attribute a statement to a speaker. Data only. */

/** Speech acts in the past/present ("said", "says") and their kin. */
export const REPORTING_VERBS: string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'announced', 'announces',
  'report', 'warn', 'confirm', 'announce', 'claim', 'admit', 'insist', 'note', 'reveal', 'acknowledge', 'give', 'show',
  'estimated', 'estimates', 'estimate', 'confirmed', 'confirms', 'claimed', 'claims', 'revealed', 'reveals',
  'reported', 'reports', 'warned', 'warns', 'wrote', 'writes', 'noted', 'notes', 'counted', 'counts',
  'calculated', 'calculates', 'found', 'finds', 'put', 'puts', 'cited', 'cites', 'cite', 'posted',
  'explained', 'explains', 'insisted', 'insists', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'assessed', 'assesses', 'believes', 'believed', 'indicated', 'indicates', 'showed', 'shows', 'listed',
  'lists', 'recorded', 'records', 'tallied', 'gave', 'gives', 'quoted', 'quotes', 'unveiled', 'unveils',
  'complained', 'complains', 'published', 'publishes', 'declared', 'declares', 'disclosed', 'discloses', 'briefed', 'informed',
  'predicted', 'predicts', 'suggested', 'suggests', 'argued', 'argues', 'mentioned', 'boasted', 'conceded',
  'alleged', 'alleges', 'asserted', 'asserts', 'signals', 'signalled', 'signaled', 'observed',
  'responded', 'replied', 'emphasised', 'emphasized', 'stressed', 'has said', 'had said', 'have said',
  'reporting', 'saying', 'verified', 'documented', 'spoke', 'speaks', 'given', 'writing', 'adding', 'estimating', 'claiming',
  'projected', 'projects', 'forecast', 'forecasts', 'agreed', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'announcing', 'pledging',
  'had estimated', 'has estimated', 'had put', 'has put', 'had told', 'has told', 'registered', 'registers',
  'telling', 'noting', 'stating', 'confirming', 'acknowledging', 'admitting', 'insisting', 'explaining',
  // Charges and communiqués' words: "Burundi accused Rwanda of sending 12,000 troops", "the ministry deplores 10 soldiers killed".
  'accused', 'accuses', 'accusing', 'deplored', 'deplores', 'recalled', 'recalls', 'reiterated', 'reiterates', 'maintained', 'maintains',
  // Beliefs voiced as estimates: "Israeli officials believe at least 34 are dead", "analysts reckon 40,000".
  'believe', 'reckon', 'reckons', 'reckoned',
];

/** Verbs that only report when the speaker precedes them ("X put the figure at", "X counted"). */
export const WEAK_REPORTING_VERBS = new Set(['put', 'puts', 'had put', 'has put', 'gave', 'gives', 'counted', 'counts',
  'found', 'finds', 'showed', 'shows', 'listed', 'lists', 'recorded', 'records', 'unveiled', 'unveils', 'calculated',
  'calculates', 'estimated', 'estimates', 'estimate', 'had estimated', 'has estimated', 'announced', 'announces',
  'tallied', 'published', 'publishes', 'signals', 'signalled', 'signaled', 'complained', 'complains', 'revealed', 'reveals', 'confirmed',
  'confirms', 'quoted', 'quotes', 'cited', 'cites', 'cite', 'registered', 'registers', 'believe', 'reckon', 'reckons', 'reckoned']);

/** Pseudo-speaker for "media reports say": the figure has no source, only the hedge. */
export const REPORTS_SPEAKER = '\u0000reports';

/** Phrases that hand the statement to an outlet as relay ("told AP", "according to CNN"). */
export const RELAY_FRAMES = ['told', 'according to', 'quoted by', 'cited by', 'in an interview with', 'speaking to', 'told the', 'reported', 'said'];

/** Leading words of a speaker phrase that are not part of its name. */
export const LEADING_ARTICLES = ['the', 'a', 'an', 'its', 'their', 'his', 'her'];

/** Sentences marked only by these have no source, just the hedge (contract). */
export const REPORT_ONLY = ['reportedly', 'is said to', 'are said to', 'was said to', 'were said to', 'according to reports', 'reports say', 'reports said', 'media reports', 'some reports', 'reports'];

/** Verbs that only report: the day an opening phrase gives is the day they were said ("Speaking in X on Monday, she said"). */
export const SPEECH_VERBS: string[] = ['said', 'says', 'say', 'told', 'tells', 'stated', 'added', 'noted', 'wrote', 'writes',
  'reported', 'reports', 'claimed', 'claims', 'estimated', 'estimates', 'warned', 'confirmed', 'agreed', 'insisted',
  'acknowledged', 'admitted', 'explained', 'recalled', 'testified', 'briefed'];

/** Words a headline opens with to name its kind of piece, not a speaker ("Explainer: …", "Live: …"). */
export const HEADLINE_LABELS: string[] = ['explainer', 'analysis', 'live', 'live updates', 'factbox', 'fact box', 'fact check', 'fact-check',
  'timeline', 'opinion', 'comment', 'editorial', 'feature', 'update', 'breaking', 'exclusive', 'watch', 'q&a', 'in pictures',
  'in numbers', 'by the numbers', 'digest', 'report digest', 'briefing', 'interview', 'profile', 'review', 'podcast', 'video', 'photos',
  'sitrep', 'newsletter', 'roundup', 'recap', 'the big picture', 'what we know', 'key facts', 'correction', 'corrected', 'updated',
  // Labels of a body's lines and sections.
  'background', 'context', 'key points', 'key events', 'key figures', 'summary', 'note', 'editor\'s note', 'why it matters', 'what happened', 'what next', 'the numbers', 'numbers', 'casualties', 'death toll', 'toll', 'claim', 'verdict', 'rating', 'q', 'a'];
