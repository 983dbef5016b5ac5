/**
 * Closed word classes of English and the open-class hints the sentence model tags with.
 * Data only: a word enters a class here, never in a pass.
 */

export const DETERMINERS = ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no', 'both', 'another', 'such'];
/** Possessive determiners: they own what follows ("its losses"). */
export const POSSESSIVE_DETERMINERS = ['its', 'their', 'his', 'her', 'our', 'my', 'your'];
export const PREPOSITIONS = [
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'over', 'under', 'between', 'among', 'amongst',
  'against', 'during', 'through', 'across', 'about', 'around', 'near', 'per', 'via', 'amid', 'amidst', 'despite',
  'including', 'like', 'than', 'towards', 'toward', 'within', 'without', 'onto', 'upon', 'beyond', 'behind', 'along',
  'outside', 'inside', 'throughout', 'off', 'out', 'up', 'down', 'alongside', 'excluding', 'following', 'except', 'since',
  'until', 'till', 'after', 'before', 'ahead', 'according',
];
export const COORDINATORS = ['and', 'or', 'but', 'nor', 'yet'];
/** Words that open a subordinate or reported clause. */
export const SUBORDINATORS = ['that', 'while', 'whereas', 'because', 'although', 'though', 'if', 'as', 'when', 'once', 'whether', 'unless', 'where', 'so'];
/** Relative pronouns: they open a relative clause and stand for the noun phrase before them. */
export const RELATIVES = ['who', 'whom', 'whose', 'which'];
export const PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'itself', 'themselves', 'himself', 'herself', 'one', 'others', 'none', 'all', 'many', 'most', 'several', 'few'];
export const AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", "’s"];
/** Modals and the infinitive's "to": what follows is done or to be done, not reported ("would give"). */
export const MODALS = ['would', 'will', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'to'];
/** Adjectives and participles that take a complement inside a speaker phrase ("sources familiar with the matter"). */
export const COMPLEMENT_ADJECTIVES = ['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking'];
/** Titles written with a stop after them ("Dr.", "Gen."): the stop is inside the name. */
export const TITLE_ABBREVIATIONS = ['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'rev', 'sen', 'rep', 'gov', 'st', 'cmdr', 'brig'];
export const NEGATIONS = ['not', "n't", 'never', 'no longer'];
/** Adverbs that stand between a subject and its verb without ending the subject ("the ministry also said"). */
export const ADVERBS = [
  'also', 'still', 'already', 'now', 'then', 'later', 'earlier', 'again', 'further', 'previously', 'recently', 'first',
  'reportedly', 'allegedly', 'separately', 'however', 'meanwhile', 'nearly', 'almost', 'just', 'only', 'even', 'once',
  'repeatedly', 'publicly', 'privately', 'officially', 'initially', 'subsequently', 'today', 'yesterday', 'tonight',
  'overnight', 'since', 'ago', 'so', 'too', 'very', 'more', 'less', 'most', 'least', 'well', 'here', 'there',
];
/** Common verbs of war reporting that the suffix rules miss (irregular or without -ed/-ing). */
export const VERBS = [
  'say', 'says', 'said', 'tell', 'tells', 'told', 'put', 'puts', 'give', 'gives', 'gave', 'given', 'show', 'shows', 'showed',
  'shown', 'find', 'finds', 'found', 'write', 'writes', 'wrote', 'written', 'make', 'makes', 'made', 'take', 'takes',
  'took', 'taken', 'send', 'sends', 'sent', 'lose', 'loses', 'lost', 'hold', 'holds', 'held', 'fight', 'fights', 'fought',
  'shoot', 'shoots', 'shot', 'hit', 'hits', 'leave', 'leaves', 'left', 'bring', 'brings', 'brought', 'keep', 'keeps',
  'kept', 'see', 'sees', 'saw', 'seen', 'get', 'gets', 'got', 'become', 'becomes', 'became', 'come', 'comes', 'came',
  'go', 'goes', 'went', 'gone', 'rise', 'rises', 'rose', 'risen', 'fall', 'falls', 'fell', 'fallen', 'die', 'dies',
  'flee', 'flees', 'fled', 'spend', 'spends', 'spent', 'seek', 'seeks', 'sought', 'know', 'knows', 'knew', 'known',
  'think', 'thinks', 'thought', 'believe', 'believes', 'estimate', 'estimates', 'claim', 'claims', 'report', 'reports',
  'confirm', 'confirms', 'announce', 'announces', 'add', 'adds', 'note', 'notes', 'warn', 'warns', 'cite', 'cites',
  'kill', 'kills', 'wound', 'wounds', 'injure', 'injures', 'launch', 'launches', 'fire', 'fires', 'destroy', 'destroys',
  'capture', 'captures', 'pledge', 'pledges', 'deploy', 'deploys', 'remain', 'remains', 'total', 'totals', 'reach',
  'reaches', 'exceed', 'exceeds', 'top', 'tops', 'stand', 'stands', 'stood', 'speak', 'speaks', 'spoke', 'spoken',
  'quote', 'quotes', 'insist', 'insists', 'admit', 'admits', 'accuse', 'accuses', 'intercept', 'intercepts', 'down',
  'downs', 'free', 'frees', 'release', 'releases', 'return', 'returns', 'evacuate', 'evacuates', 'displace', 'displaces',
  'suffer', 'suffers', 'approve', 'approves', 'provide', 'provides', 'allocate', 'allocates', 'deliver', 'delivers',
  'count', 'counts', 'record', 'records', 'verify', 'verifies', 'document', 'documents', 'list', 'lists',
  'lead', 'leads', 'led', 'win', 'wins', 'won', 'set', 'sets', 'cut', 'cuts', 'run', 'runs', 'ran', 'choose', 'chose', 'chosen',
  'died', 'dies', 'lied', 'fled', 'begin', 'began', 'begun', 'meet', 'met', 'pay', 'paid', 'buy', 'bought', 'sell', 'sold', 'build', 'built', 'seize', 'seized',
];
/** -ed and -ing words that are seldom verbs in news copy: read as nouns or adjectives. */
export const NOT_VERBS = ['red', 'need', 'speed', 'seed', 'bed', 'shed', 'hundred', 'united', 'naked', 'sacred', 'wicked', 'ragged', 'beloved',
  'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'string', 'wing', 'evening', 'morning',
  'building', 'ceiling', 'meeting', 'briefing', 'funding', 'fighting', 'shelling', 'bombing', 'ceasefire', 'during', 'including',
  'following', 'according', 'sibling', 'offspring', 'darling', 'shilling', 'sterling'];

/** Words ending in -ly that are nouns or adjectives, not adverbs. */
export const NOT_ADVERBS = ['tally', 'rally', 'ally', 'family', 'supply', 'reply', 'assembly', 'anomaly', 'monopoly', 'belly', 'jelly',
  'daily', 'weekly', 'monthly', 'yearly', 'early', 'only', 'july', 'italy', 'sicily', 'holy', 'ugly', 'elderly', 'friendly',
  'deadly', 'costly', 'likely', 'unlikely', 'lonely', 'lovely', 'silly', 'orderly', 'timely'];

/** Words that are nouns as often as verbs ("the latest estimate", "they estimate"): a modifier before them makes them nouns. */
export const NOUN_VERBS = ['estimate', 'count', 'report', 'claim', 'record', 'figure', 'total', 'toll', 'attack', 'strike',
  'release', 'return', 'need', 'cost', 'increase', 'rise', 'fall', 'drop', 'advance', 'update', 'tally', 'list', 'document',
  'study', 'survey', 'statement', 'pledge', 'transfer', 'delivery', 'offer', 'request', 'appeal', 'loss', 'use', 'fire',
  // Roles: "the project lead, X, said", "the mission head said".
  'lead', 'head', 'chair', 'monitor', 'command', 'guard', 'aide', 'witness', 'survivor', 'member', 'elder'];
