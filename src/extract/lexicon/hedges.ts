/**
 * Wording that weakens or bounds a claim, reported lower-case as written (contract
 * `hedges`). Number-bound words ("about", "more than") come from bounds.ts; these are
 * the sentence-level ones. Data only.
 */
export const HEDGES: string[] = [
  'allegedly', 'reportedly', 'estimated', 'estimate', 'estimates', 'possibly', 'probably', 'likely', 'may', 'might',
  'could', 'preliminary', 'unconfirmed', 'if confirmed', 'unverified', 'could not be independently verified',
  'could not be verified', 'cannot be independently verified', 'not independently verified', 'is believed to',
  'are believed to', 'was believed to', 'were believed to', 'is said to', 'are said to', 'was said to',
  'were said to', 'is thought to', 'are thought to', 'were thought to', 'apparently', 'purportedly', 'claimed',
  'according to preliminary data', 'according to reports', 'reports say', 'presumably', 'approximately', 'roughly', 'about', 'around', 'some',
];

/** Hedges that qualify the whole sentence and the claims of the sentences around it. */
export const SENTENCE_HEDGES: string[] = [
  'could not be independently verified', 'could not be verified', 'cannot be independently verified',
  'not independently verified', 'unverified', 'unconfirmed', 'if confirmed',
];
