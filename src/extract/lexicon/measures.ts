/**
 * Words that say what a number counts. The same verb means different things for
 * different kinds of quantity ("captured 300 soldiers" → captured, "captured 40 tanks" →
 * equipment_lost, "captured 40 km²" → territory), so each trigger maps a quantity class
 * to a measure. Data only: add a phrase or a class here, never in a pass.
 */
import type { Measure } from '../../contract.js';

/** What kinds of thing a number counts, as far as the measure is concerned. */
export const QUANTITY_CLASSES = [
  'person', 'money', 'area', 'length', 'share', 'projectile', 'equipment', 'place', 'target', 'materiel', 'thing',
  // Occasions ("40 times"): a count of attacks only beside a verb of attacking.
  'occasion',
  // Facilities ("four substations"): struck, they count attacks; damaged or closed, nothing.
  'facility',
  // Formations ("three brigades"): deployed, moved and withdrawn as troops are.
  'formation',
  'none',
] as const;
export type QuantityClass = (typeof QUANTITY_CLASSES)[number];

export interface Trigger {
  phrases: string[];
  measures: Partial<Record<QuantityClass, Measure>>;
}

const AID_CLASSES = (m: Measure): Partial<Record<QuantityClass, Measure>> => ({
  money: m,
  materiel: m,
  projectile: m,
  equipment: m,
  share: m,
});

/** Verbs of a place taking people in: "Lebanon hosts 1.5 million Syrians". */
export const HOSTING = ['host', 'hosts', 'hosting', 'hosted', 'playing host to', 'plays host to', 'play host to'];

/** Coming back: captives home from captivity, or the displaced home again (the pipeline tells them apart). */
export const COMING_BACK: string[] = ['come back', 'came back', 'have come back', 'has come back', 'had come back'];

/**
 * Crossing a border: trucks that cross are aid delivered, people displaced, soldiers deployed
 * (the pipeline tells people from soldiers).
 */
export const BORDER_CROSSING: string[] = ['crossed the border', 'crossing the border', 'crossed back', 'crossed over', 'have crossed', 'had crossed'];

export const MEASURE_TRIGGERS: Trigger[] = [
  {
    // Handing weapons or money over is giving them; handing people over is a release (captured, below).
    // (First in the list: where phrases repeat, the earlier entry's classes win.)
    phrases: ['handed over', 'hand over', 'hands over', 'handing over', 'airdropped', 'air-dropped', 'airdrop', 'airdrops', 'air-drop', 'air-drops'],
    measures: { equipment: 'aid_delivered', projectile: 'aid_delivered', materiel: 'aid_delivered', money: 'aid_delivered' },
  },
  {
    // Arms taken from a side are that side's losses (contract: equipment_lost): "seized 1,600 small arms",
    // "confiscated 300 rifles and 12,000 rounds of ammunition". ("Recovered" is left out: bodies are
    // recovered, and it would take them from the dead.)
    phrases: ['seized', 'seizing', 'seizes', 'seize', 'confiscated', 'confiscating', 'confiscates', 'confiscate',
      'captured', 'captures', 'capturing', 'capture', 'impounded', 'were confiscated'],
    measures: { equipment: 'equipment_lost', materiel: 'equipment_lost', projectile: 'equipment_lost' },
  },
  {
    phrases: ['killed or wounded', 'killed and wounded', 'killed or injured', 'killed and injured', 'dead or wounded',
      'dead and wounded', 'dead and injured', 'killed or injured', 'casualties', 'casualty', 'losses', 'lost', 'lose',
      'neutralised', 'neutralized', 'put out of action',
      'losing', 'loses', 'toll of casualties', 'killed, wounded', 'put out of action', 'personnel losses', 'loss',
      'killed or hurt', 'killed and hurt', 'dead or hurt', 'dead or injured', 'killed or maimed', 'killed and maimed'],
    measures: { person: 'killed_or_wounded', none: 'killed_or_wounded', share: 'killed_or_wounded', equipment: 'equipment_lost' },
  },
  {
    phrases: ['killed', 'kill', 'kills', 'killing', 'dead', 'deaths', 'death', 'died', 'die', 'death toll', 'fatalities',
      'killed in action', 'lost their lives', 'perished', 'slain', 'bodies', 'war dead', 'fallen', 'deceased',
      'dead bodies', 'names', 'civilian toll', 'executed', 'execution', 'executions', 'murdered', 'murdering',
      'murder of', 'massacred', 'massacre of', 'coffins', 'buried', 'funerals of', 'lives lost',
      'eliminated', 'were eliminated', 'liquidated', 'killings', 'murders', 'lives', 'gunned down', 'guns down', 'mowed down',
      'drowned', 'drown',
      // Other ways of dying or being put to death, and the dead found.
      'left dead', 'were left dead', 'succumbed', 'succumbed to their wounds', 'succumbed to their injuries', 'slaughtered', 'beheaded', 'hanged', 'lynched',
      'fatally wounded', 'mortally wounded', 'fatally shot', 'shot dead', 'burned alive', 'burned to death', 'burnt to death',
      'burnt alive', 'corpses', 'found dead', 'were found dead', 'killed in combat', 'fell in battle', 'fell in combat',
      'fell in the battle', 'fell in the fighting', 'lost at sea', 'body count', 'fatally injured',
      // Fallen as a side honours them: "eleven soldiers were martyred".
      'martyred', 'were martyred', 'martyrs',
      // Killings counted as crimes: "11,870 victims of intentional homicide", "480,000 homicides".
      'homicide', 'homicides', 'homicide victims', 'victims of homicide', 'victims of intentional homicide'],
    measures: { person: 'killed', none: 'killed', share: 'killed' },
  },
  {
    phrases: ['wounded', 'injured', 'injuries', 'hurt', 'hospitalised', 'hospitalized', 'wounding', 'injuring', 'maimed', 'maiming',
      'in critical condition', 'in a critical condition', 'in serious condition', 'in a serious condition',
      'were wounded', 'sustained injuries', 'wounds', 'shrapnel wounds', 'burn injuries', 'burns',
      // Hospital admissions and people treated count as wounded (contract).
      'admitted to hospital', 'admitted to the hospital', 'admitted to the field hospital', 'admitted to hospitals',
      'treated in hospital', 'treated for injuries', 'treated for wounds', 'sought medical help', 'sought medical treatment',
      'needed medical treatment', 'received medical treatment', 'hospital admissions',
      'treated', 'being treated', 'were treated', 'treated in hospitals', 'admitted to hospitals',
      // Headlines' present tense.
      'injures', 'injure', 'wound',
      // Care given for wounds with no word for them.
      'taken to hospital', 'taken to hospitals', 'taken to the hospital', 'received treatment', 'needed medical attention',
      'required medical attention', 'needed medical care', 'amputations', 'amputees', 'concussions', 'lost limbs',
      'evacuated to hospital', 'evacuated to hospitals', 'left with injuries', 'left with serious injuries', 'in intensive care',
      // Hospitals taking people in, and people burned, are the wounded too: "hospitals admitted 240 people", "four were badly burned".
      'hospitals admitted', 'hospital admitted', 'hospitals received', 'hospital received', 'were admitted', 'badly burned', 'badly burnt', 'severely burned', 'suffered burns',
      // Medical teams' counts of the hurt they treat: "admitted 1,091 patients with violent trauma", "treated 40 gunshot wounds".
      'with violent trauma', 'with trauma', 'with gunshot wounds', 'gunshot wounds', 'with blast injuries'],
    measures: { person: 'wounded', none: 'wounded', share: 'wounded' },
  },
  {
    phrases: ['captured', 'captures', 'capturing', 'capture', 'abducted', 'abducting', 'kidnapped', 'taken hostage', 'prisoners', 'prisoner', 'prisoners of war', 'pows', 'pow', 'taken prisoner', 'surrendered',
      'in captivity', 'captivity', 'freed', 'released', 'come home', 'brought home', 'returned home', 'returned', 'exchanged',
      'swapped', 'repatriated', 'swap', 'exchange', 'detained', 'held captive', 'free', 'got back', 'brought back',
      'handed over', 'release', 'surrender', 'surrendered to', 'gave themselves up', 'laid down their arms',
      // People handed to a go-between, or held somewhere: "three women held in Gaza were handed to the Red Cross".
      'handed to', 'handed back', 'held in',
      'hostages', 'hostage', 'held hostage', 'captives', 'abductees', 'still held', 'being held', 'held in captivity',
      'captive', 'arrested', 'rounded up', 'seized', 'seizing', 'taken captive',
      ...COMING_BACK,
      // Headlines' present tense ("releases" is also a noun of documents, so only its past forms above).
      'abducts', 'abduct', 'kidnaps', 'kidnap', 'frees', 'seizes', 'arrests',
      'apprehended', 'taken into custody', 'in custody', 'into custody', 'jailed', 'imprisoned',
      'in jails', 'in jail', 'in prisons', 'in prison', 'in detention', 'behind bars',
      // Remains handed back count as captives returned (contract).
      'returned the bodies of', 'returned the remains of', 'repatriated the bodies of', 'repatriated the remains of',
      // Captives home again: "Today 146 of our defenders are home".
      'are home', 'are back home', 'are now home', 'were back home',
      'handed over the bodies of', 'handed over the remains of', 'bodies returned', 'remains returned',
      // Prisoners serving a sentence are held, not deployed ("121 of them are serving life terms").
      'serving life sentences', 'serving life terms', 'serving a life sentence', 'serving sentences', 'serving prison terms',
      'serving prison sentences', 'serving long sentences', 'serving lengthy sentences', 'serving jail terms',
      // Counted as events, people taken are captives ("kidnappings rose to 438").
      'kidnappings', 'abductions'],
    measures: { person: 'captured', none: 'captured', equipment: 'equipment_lost', place: 'territory', area: 'territory' },
  },
  {
    phrases: ['missing', 'missing in action', 'unaccounted for', 'whereabouts of', 'disappeared', 'vanished', 'disappearances',
      'enforced disappearances', 'forcibly disappeared', 'disappearance of', 'enforced disappearance of',
      'contact had been lost with', 'contact was lost with', 'lost contact with', 'lost touch with',
      'whereabouts unknown', 'whereabouts are unknown', 'whereabouts remain unknown', 'fate is unknown', 'fate remains unknown',
      'fate unknown', 'not been heard from', 'listed as missing', 'mia', 'trapped under the rubble', 'under the rubble', 'buried under the rubble'],
    measures: { person: 'missing', none: 'missing' },
  },
  {
    phrases: ['deployed', 'deploy', 'deploying', 'deployment', 'sent', 'send', 'sending', 'dispatched', 'stationed',
      'moved into', 'arrived', 'shipped', 'transported', 'contingent', 'fighting in', 'fighting for',
      'fighting alongside', 'fighting on', 'reinforcements', 'adding more', 'adds',
      'massed', 'amassed', 'serving', 'troops in', 'forces in', 'soldiers in', 'mobilised', 'mobilized',
      'recruited', 'reinforce', 'additional troops', 'extra troops', 'more troops', 'signed up', 'enrolled', 'enlisted',
      'called up', 'conscripted', 'will send', 'to send', 'would send', 'will deploy', 'to deploy', 'would deploy',
      // Headlines' present tense.
      'deploys', 'sends', 'dispatches', 'mobilises', 'mobilizes', 'will station', 'to station',
      'drafted', 'on combat duty', 'heading to', 'headed to', 'en route to', 'bound for'],
    measures: { person: 'deployed', formation: 'deployed' },
  },
  {
    // Warplanes, ships and armour moved to a place: "moved six bombers to the island base".
    phrases: ['moved', 'redeployed', 'repositioned', 'moved in'],
    measures: { equipment: 'deployed' },
  },
  {
    // Formations and platforms moved, ordered or withdrawn: "moved three brigades to the front".
    phrases: ['moved', 'withdrew', 'withdrawn', 'withdraw', 'withdraws', 'pulled out', 'pulls out', 'transferred', 'transfer of', 'ordered', 'redeployed', 'rotated', 'concentrated', 'arrived', 'arriving'],
    measures: { formation: 'deployed' },
  },
  {
    // A side's own drones or missiles lost, crashed or written off are machines lost.
    phrases: ['lost', 'losses', 'loses', 'lose', 'losing', 'crashed', 'written off'],
    measures: { projectile: 'equipment_lost' },
  },
  {
    phrases: ['destroyed', 'destroy', 'knocked out', 'damaged', 'lost', 'losses', 'loses', 'abandoned', 'seized', 'were destroyed',
      'shot down', 'downed', 'sunk', 'sank', 'sinking', 'hit', 'struck', 'brought down',
      'were shot down', 'was shot down', 'were downed', 'was downed', 'were sunk', 'was sunk', 'were damaged', 'were lost',
      'disabled', 'burned', 'burnt', 'burned out', 'wrecked', 'written off', 'crashed', 'immobilised', 'immobilized', 'eliminated', 'captured intact',
      'destroying', 'damaging', 'downing', 'disabling', 'burning', 'made off with',
      // Headlines' present tense, and other ways of putting machines out of use.
      'downs', 'sinks', 'destroys', 'crippled', 'torched', 'set fire to', 'set on fire', 'looted', 'wiped out',
      'left behind', 'left burning', 'put out of commission', 'taken out', 'took out',
      // Aircraft brought down: "we have taken down five aircraft", "three aircraft came down on our soil".
      'taken down', 'took down', 'came down', 'come down', 'had come down', 'have come down', 'burnt-out', 'burned-out', 'liquidated', 'scuttled', 'destruction of', 'the destruction of', 'shoots down', 'shoot down', 'hits', 'captures', 'seizes'],
    measures: { equipment: 'equipment_lost' },
  },
  {
    // Things and places attacked are counted as attacks on them: "targeted more than 100 ships", "shelled 30 villages".
    phrases: ['targeted', 'targeting', 'attacked', 'shelled', 'bombed', 'struck at', 'stormed', 'storm', 'assaulted'],
    measures: { equipment: 'strikes', place: 'strikes', target: 'strikes', occasion: 'strikes', facility: 'strikes' },
  },
  {
    // Platforms deployed or stationed (contract: deployed covers ships, aircraft and batteries): "scrambled four jets".
    phrases: ['deployed', 'deploy', 'deploying', 'stationed', 'on combat duty', 'scrambled', 'scrambling', 'positioned', 'redeployed', 'will deploy', 'to deploy', 'flown', 'flew',
      'deploys', 'scrambles', 'will station', 'to station'],
    measures: { equipment: 'deployed' },
  },
  {
    // Weapons of no named kind launched or fired: "105 weapons had been launched".
    phrases: ['launched', 'fired', 'were launched', 'were fired', 'had been launched'],
    measures: { materiel: 'strikes' },
  },
  {
    // Weapons made, bought or planned are no weapons fired, lost or given ("produced 2.2 million drones").
    phrases: ['produced', 'produce', 'produces', 'producing', 'could make', 'can make', 'bought', 'procured', 'purchased',
      'production capacity', 'target of', 'contracted', 'turn out'],
    measures: { projectile: 'other', equipment: 'other', materiel: 'other' },
  },
  {
    // Goods carried or dropped to people: "trucked 60,000 litres of water", "dropped 124,000 meals" (bombs dropped are strikes, above).
    phrases: ['trucked', 'trucked in', 'ferried', 'brought in', 'dropped', 'air-dropped', 'parachuted'],
    measures: { materiel: 'aid_delivered' },
  },
  {
    // Convoys of aid: "600 trucks entered Gaza", "6,545 trucks offloaded at the crossings".
    phrases: ['entered', 'entering', 'crossed', 'crossing', 'offloaded', 'unloaded', 'gone in', 'went in', 'got in', 'allowed in', 'crossed into', 'went into', 'enter', 'enters',
      ...BORDER_CROSSING, 'should have crossed'],
    measures: { equipment: 'aid_delivered', materiel: 'aid_delivered' },
  },
  {
    phrases: ['fired', 'fire', 'fires', 'launched', 'launch', 'launches', 'launching', 'shooting down', 'shoots down', 'attacked with', 'downs', 'destroys', 'strikes', 'strike', 'struck',
      'hit', 'downed', 'shot down', 'intercepted', 'destroyed', 'neutralised', 'neutralized', 'attacks', 'attack',
      'airstrikes', 'air strikes', 'shelling', 'barrage', 'salvo', 'sorties', 'targeted', 'drones and',
      'missiles and', 'bombed', 'shelled', 'dropped', 'used', 'were destroyed', 'were shot down', 'were intercepted', 'were downed'],
    measures: { projectile: 'strikes', target: 'strikes' },
  },
  {
    // Places fired at or hit count attacks on them: "fired artillery at more than 30 settlements".
    phrases: ['fired', 'fire', 'fires', 'hit', 'struck', 'strikes', 'strike', 'attacks', 'attack', 'shelling', 'airstrikes', 'air strikes'],
    measures: { place: 'strikes', occasion: 'strikes', equipment: 'strikes' },
  },
  {
    // Facilities hit by a verb, not "damaged in the strike": "drones struck four substations".
    // … and the occasions of it: "fired at Israeli positions 14 times", "targeted the town 30 times".
    phrases: ['hit', 'hits', 'struck', 'fired at', 'fired on', 'targeted', 'attacked', 'attacks on', 'attack on', 'strikes on', 'strike on', 'raids on', 'strikes against', 'attacks against'],
    measures: { facility: 'strikes', place: 'strikes', occasion: 'strikes' },
  },
  {
    phrases: ['pledged', 'pledge', 'pledges', 'approved', 'approve', 'approves', 'announced', 'announce', 'unveiled', 'unveil',
      'unveils', 'committed', 'commit', 'promised', 'promise', 'planned', 'scheduled', 'package', 'loan',
      'deal', 'earmarked', 'signed', 'authorised', 'authorized', 'will provide', 'will send', 'to provide', 'to send',
      'agreed', 'offered', 'passed', 'contract', 'worth', 'invested', 'buy', 'purchase', 'funding for', 'aid package',
      'military aid', 'security assistance', 'assistance', 'budget', 'allocate', 'pay for',
      'drawdown', 'would supply', 'will supply', 'to supply', 'due to receive', 'to receive', 'would send', 'would provide',
      'would give', 'will give', 'to give', 'would donate', 'will donate', 'to donate',
      'will contribute', 'to contribute', 'would contribute', 'will gift', 'to gift', 'would gift',
      // Deliveries still to come are promises: "said it would deliver two more systems", "will transfer 40 vehicles next year".
      'would deliver', 'will deliver', 'would be delivered', 'will be delivered',
      'would transfer', 'will transfer', 'would ship', 'will ship', 'would hand over', 'will hand over'],
    measures: AID_CLASSES('aid_committed'),
  },
  {
    phrases: ['delivered', 'deliver', 'disbursed', 'allocated', 'provided', 'transferred', 'supplied', 'shipped',
      'sent', 'given', 'received', 'reached', 'arrived', 'handed over', 'has provided', 'have provided', 'spent',
      'spends', 'spend', 'paid', 'disburse', 'disburses', 'will disburse', 'paid out', 'pays out', 'pay out', 'sending',
      'sends', 'delivering', 'dispatched', 'dispatching', 'delivers', 'donated', 'donates', 'donating', 'gifted', 'provides',
      'handed out', 'hands out', 'handing out', 'distributed', 'distributes', 'distributing', 'contributed', 'contributes', 'contributing',
      'channelled', 'channeled', 'took delivery of', 'taken delivery of', 'flown into', 'flown in',
      // ("gave a toll", "gave a figure": what is given there is no money or materiel, so no aid.)
      'gave', 'gives', 'has given', 'have given', 'had given'],
    measures: AID_CLASSES('aid_delivered'),
  },
  {
    phrases: ['remaining', 'remains', 'remain', 'left', 'still available', 'unspent', 'undisbursed', 'undelivered', 'yet to be', 'outstanding',
      'in the pipeline', 'still owes', 'awaits shipment', 'awaiting shipment', 'not materialised', 'not materialized',
      'not yet', 'still to be', 'the delivery of', 'leftover', 'available', 'unused',
      // Still to come: "with €1.6 billion still to come", "$200 million is yet to arrive", "the rest is outstanding".
      'still to come', 'yet to come', 'still to arrive', 'yet to arrive', 'still outstanding', 'outstanding', 'still owed', 'still due',
      // Money never spent, or left over at the end: "4.5 billion crowns was never spent", "remained available".
      'never spent', 'not spent', 'not been spent', 'never used', 'never disbursed', 'remained', 'remained available', 'remains available',
      'use all', 'unable to use'],
    measures: AID_CLASSES('aid_remaining'),
  },
  {
    // Convoys a deal allows or calls for are promised ("the truce called for 600 trucks a day", "50 fuel trucks a day
    // are allowed under the deal"); those stuck at a crossing are still to come ("1,200 loaded trucks waiting in Egypt").
    // (Money called for is an appeal, contract: other.)
    phrases: ['called for', 'calls for', 'call for', 'provides for', 'provided for', 'envisages', 'envisaged', 'should enter', 'should get in', 'should cross',
      'are allowed', 'is allowed', 'would be allowed', 'will be allowed'],
    measures: { equipment: 'aid_committed', materiel: 'aid_committed', money: 'other', share: 'other' },
  },
  {
    phrases: ['waiting', 'are waiting', 'were waiting', 'stuck', 'are stuck', 'were stuck', 'queued', 'queuing', 'lined up', 'stranded'],
    measures: { equipment: 'aid_remaining', materiel: 'aid_remaining' },
  },
  {
    // People a side holds are its captives: "Moscow still holds more than 8,000 Ukrainians", "the rebels are holding 40 soldiers".
    phrases: ['holds', 'holding', 'still holds', 'is holding', 'are holding', 'is still holding', 'are still holding'],
    measures: { person: 'captured' },
  },
  {
    // A fund's money released is paid out ("the fund has released $145 million"); people released are freed (above).
    phrases: ['released', 'has released', 'have released'],
    measures: { money: 'aid_delivered' },
  },
  {
    phrases: ['control', 'controls', 'controlled', 'controlling', 'hold', 'holds', 'held', 'took', 'taken', 'take',
      'captured', 'capture', 'seized', 'retook', 'retaken', 'recaptured', 'reclaimed', 'liberated', 'occupied',
      'occupies', 'occupy', 'gains', 'gained', 'advanced', 'advance', 'advancing', 'advances', 'won back', 'regained', 'penetrated',
      'territory', 'pushed', 'pocket', 'lost', 'ceded', 'tally', 'counted',
      'seizing', 'capturing', 'taking', 'overrun', 'overran', 'overrunning', 'recapturing', 'retaking', 'liberating',
      // Headlines' present tense.
      'captures', 'seizes', 'seize', 'retakes', 'retake', 'recaptures', 'recapture', 'takes', 'liberates', 'overruns'],
    measures: { area: 'territory', length: 'territory', place: 'territory', share: 'territory' },
  },
  {
    phrases: ['displaced', 'refugees', 'refugee', 'fled', 'flee', 'fleeing', 'evacuated', 'evacuate', 'evacuation',
      'left their homes', 'left the', 'left', 'had left', 'to be moved', 'moved out', 'homeless', 'uprooted',
      'internally displaced', 'forced from their homes', 'relocated', 'from their homes', 'flown out', 'airlifted',
      'to leave', 'helped to leave', 'leaving', 'crossed into', 'crossed from', 'crossing from', 'sought refuge',
      'sheltering', 'sheltered', 'sheltering in', 'arrivals', 'new arrivals', 'evacuees', 'returnees',
      // Going back home after flight is displacement too (contract: returning displaced people).
      'went back', 'gone back', 'going back', 'went home', 'gone home',
      'temporary protection', 'asylum seekers', 'sought asylum', 'forced to flee', 'forced to move', 'awaiting evacuation',
      'flown out of', 'flown out', 'fled to', 'fleeing to', 'uprooted from',
      'sought shelter', 'taken shelter', 'took shelter', 'taking shelter', 'sought refuge in',
      // Living where the displaced live: "25,000 families were living in tents".
      'living in tents', 'living in camps', 'in makeshift shelters', 'makeshift shelters',
      // Displaced people going back (contract: returns of the displaced are `displaced`).
      'returned to their homes', 'have returned to their homes', 'went back to their homes', 'returned to their villages',
      // Headlines' present tense, and the participle of displacing.
      'displaces', 'displacing', 'evacuates', 'flees', 'uproots',
      'bused to safety', 'taken to safety', 'brought to safety', 'evacuated to safety', 'live in camps', 'live in tents',
      'moved to safety', 'moved to shelters', 'driven from their homes', 'forced from', 'driven from', 'forced out of', 'driven out of', 'driven out of their homes', 'forced out of their homes', 'abandoned their homes', 'rescued from', 'evacuated from', 'poured across', 'poured into', 'bused out', 'bussed out', 'on the move', 'from deportation', 'returned from deportation',
      'asylum applications', 'applied for asylum',
      // Made to leave, or crossing a border on foot: "expelled 6,000 villagers", "deported 1,200 families",
      // "25,000 have crossed the border into Chad" (soldiers who cross are deployed: pipeline's CROSSING).
      'unable to return', 'unable to go home', 'cannot return', 'could not return', 'still cannot return',
      'expelled', 'expels', 'expelling', 'deported', 'deports', 'deporting', 'forcibly transferred', 'driven out', 'driven from', 'pushed out',
      ...BORDER_CROSSING,
      // The act named as a noun: "caused the displacement of 99,000 people".
      'displacement of', 'the displacement of', 'displacement', 'evacuation of', 'the evacuation of'],
    measures: { person: 'displaced', none: 'displaced', share: 'displaced' },
  },
  {
    // A country, town or camp hosting people hosts those who fled to it: "Lebanon hosts 1.5 million Syrians".
    // (People only: "hosts 12 shelters" counts places.)
    phrases: [...HOSTING],
    measures: { person: 'displaced' },
  },
];

/**
 * Words that mark a quantity as not a conflict measure at all: counts of jobs,
 * trainees, flights, fires. They compete with the triggers above and, when closer, win.
 */
export const OTHER_TRIGGERS: string[] = [
  // ("have been trained" counts trainees; troops "training" or "in training camps" are still deployed;
  // recruits called up or enlisted are deployed, by the verb.)
  'jobs', 'trained', 'flights', 'gdp', 'of gdp', 'of gross domestic product', 'of global trade', 'of world trade',
  'probability', 'more than in', 'less than in', 'times less', 'times more',
  // Populations: "about 60,000 inhabitants before the war", "more than 1.8 million people lived in Mosul".
  // ("75% of the population have fled": a population as a share's whole says nothing of the figure.)
  'lived', 'population of', 'a population of', 'total population', 'prewar population', 'pre-war population', 'population was', 'population is', 'populations', 'inhabitants', 'home to',
  'population has', 'population had', 'population fell', 'population has fallen',
  // A state's own spending on its forces is no aid ("the defence budget is 13 trillion roubles").
  'defence budget', 'defense budget', 'military budget',
  // Nor is a state's other money, or pay, prices and holdings: "a salary of 210,000 roubles a month",
  // "the state budget", "liquid assets of the wealth fund", "prices 150% above their average".
  'state budget', 'federal budget', 'national budget', 'city budget', "city's budget", 'regional budget',
  'salary', 'salaries', 'wage', 'wages', 'pension', 'pensions', 'monthly pay',
  'inflation', 'prices', 'price of', 'wealth fund', 'liquid assets', 'per barrel', 'a barrel',
  'above their', 'above its', 'below their', 'below its', 'above pre-war', 'above prewar', 'below pre-war', 'below prewar',
  // Money or help asked for or needed, and costs, are not aid (contract: requested or needed → other).
  'seeks', 'seeking', 'asks for', 'asked for', 'appeal', 'appeals', 'appealed', 'need', 'needs', 'needed',
  'requested', 'shortfall', 'funding gap', 'cost', 'costs', 'rebuilding', 'reconstruction',
  // People tried in court: "convicted three of murdering", "found two guilty", "sentenced 12" ("convicts" is also a noun).
  'convicted', 'sentenced', 'found guilty', 'guilty', 'acquitted', 'acquits', 'indicted', 'charged with', 'on trial',
  // Things made, not sent or fired: "drones made in 2024", "annual production capacity".
  'made in', 'be made', 'made and assembled', 'production', 'manufactured', 'output',
  // Cases of disease, and places under flood water, are no conflict counts.
  'cases', 'suspected cases', 'flooded', 'submerged', 'inundated', 'under water', 'underwater',
  // Outages: "left 32,500 families without electricity" counts homes cut off, not people displaced.
  'without power', 'without electricity', 'without water', 'without heating', 'without heat', 'without gas', 'without light', 'without running water', 'lost power', 'lost access',
  'left without power', 'left without electricity', 'left without water', 'left without heating', 'left without heat', 'left without gas', 'left without light',
  // Wishes and scenarios are no events: "200 who want to leave", "up to 400,000 could be displaced".
  'want to leave', 'wanted to leave', 'wants to leave', 'wishing to leave', 'could be displaced', 'may be displaced', 'might be displaced',
  'could be forced', 'may be forced', 'might be forced', 'could flee', 'may flee', 'might flee', 'could be uprooted',
];

/** Nouns after which "at N" gives a figure for them ("put the number of dead at 182"). */
export const FIGURE_NOUNS = ['number', 'figure', 'total', 'toll', 'tally', 'count', 'estimate', 'estimates'];

/** Verbs of being moved somewhere: troops moved are deployed, civilians moved are displaced. */
export const MOVED_VERBS: string[] = ['arrived', 'moved into', 'transported', 'shipped', 'sent', 'send', 'sending', 'dispatched', 'moved', 'will send', 'to send'];
