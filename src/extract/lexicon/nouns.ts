/**
 * Nouns counted by a number, with the quantity class the measure triggers use and, for
 * things, the item name the contract wants (singular). Data only.
 */
import type { QuantityClass } from './measures.js';

/** People. Military ones default to `deployed` when no other frame governs the number. */
export const PERSON_NOUNS: string[] = [
  'people', 'persons', 'person', 'civilians', 'civilian', 'children', 'child', 'women', 'men', 'residents',
  'inhabitants', 'refugees', 'individuals', 'victims', 'troops', 'soldiers', 'soldier', 'servicemen', 'servicemembers',
  'service members', 'servicewomen', 'personnel', 'fighters', 'militants', 'combatants', 'officers', 'officer',
  'generals', 'commanders', 'recruits', 'conscripts', 'mercenaries', 'volunteers', 'reservists', 'marines',
  'paratroopers', 'special forces', 'forces', 'operatives', 'prisoners', 'prisoners of war', 'pows', 'captives', 'hostages',
  'detainees', 'defenders', 'staff', 'workers', 'journalists', 'medics', 'doctors', 'patients', 'students',
  'casualties', 'dead', 'deaths', 'killings', 'lives', 'wounded', 'injured', 'evacuees', 'displaced', 'citizens', 'nationals', 'names',
  'men and women', 'boys', 'girls', 'babies', 'pensioners', 'elderly', 'police', 'policemen', 'guards', 'crew',
  'sailors', 'pilots', 'convicts', 'inmates', 'members', 'diplomats', 'experts', 'advisers', 'instructors',
  'operators', 'contract soldiers', 'more', 'observers', 'monitors', 'peacekeepers', 'engineers',
  'paramedics', 'rescuers', 'firefighters', 'aid workers', 'military observers', 'soldiers and officers',
  'households', 'families',
  // One of a group, as "one … and 11 others" counts it.
  'peacekeeper', 'aid worker', 'policeman', 'police officer', 'serviceman', 'hostage', 'paramedic', 'rescuer',
  'journalist', 'medic', 'doctor', 'volunteer', 'militant',
  // Roles in arms, by trade or by side.
  'sappers', 'gunners', 'snipers', 'infantrymen', 'riflemen', 'tankmen', 'artillerymen', 'crewmen', 'airmen',
  'seamen', 'guardsmen', 'militiamen', 'gunmen', 'insurgents', 'rebels', 'jihadists', 'terrorists', 'extremists', 'bandits', 'partisans', 'guerrillas',
  'commandos', 'cadets', 'border guards', 'security personnel', 'law enforcement officers', 'police officers',
  'agents', 'spies', 'contractors', 'interpreters', 'advisors', 'trainers', 'legionnaires', 'sharpshooters',
  // People by age, trade or plight.
  'widows', 'minors', 'adults', 'teenagers', 'infants', 'newborns', 'protesters', 'demonstrators', 'worshippers',
  'pilgrims', 'villagers', 'locals', 'survivors', 'schoolchildren', 'nurses', 'relatives', 'deportees', 'internees', 'abductees', 'seafarers',
  'passengers', 'foreigners', 'settlers', 'health workers', 'humanitarian workers', 'drivers', 'labourers', 'laborers',
  'gendarmes', 'kidnappings', 'abductions', 'veterans',
  // Children at school, clergy, elders, kin: people, though they end as no trade does.
  'pupils', 'pupil', 'schoolgirls', 'schoolgirl', 'schoolboys', 'schoolboy', 'youths', 'kids', 'teens', 'toddlers', 'orphans',
  'imams', 'imam', 'clerics', 'cleric', 'priests', 'priest', 'nuns', 'nun', 'monks', 'monk', 'pastors', 'pastor', 'bishops',
  'chiefs', 'elders', 'wives', 'mothers', 'fathers', 'sons', 'daughters', 'husbands', 'parents', 'siblings', 'brothers', 'sisters',
  'cousins', 'guests', 'fans', 'spectators', 'herdsmen', 'herders', 'fishermen',
  // People held, hunted or caught up in it, and trades a war's reports count: "14 suspects were arrested".
  'suspects', 'assailants', 'attackers', 'smugglers', 'migrants', 'asylum seekers', 'asylum-seekers', 'returnees', 'mourners',
  'shoppers', 'farmers', 'traders', 'vendors', 'miners', 'teachers', 'truck drivers', 'crew members', 'staff members',
  // One of them, as "one sailor remains missing" counts it.
  'sailor', 'seafarer', 'crew member', 'staff member', 'fighter', 'resident', 'victim', 'worker', 'nurse', 'driver', 'pilot',
  'prisoner', 'suspect', 'migrant', 'refugee', 'passenger', 'farmer', 'teacher', 'student', 'man', 'woman', 'boy', 'girl',
  'fisherman', 'herdsman', 'shepherd', 'photographer', 'trader', 'miner',
];

/** People nouns that signal military personnel: with no other frame the figure is `deployed`. */
/** One person, as an age apposition names them ("the commander, 54,"). */
export const ONE_PERSON_NOUNS: string[] = [
  'man', 'woman', 'boy', 'girl', 'child', 'person', 'civilian', 'resident', 'victim', 'soldier', 'officer',
  'commander', 'general', 'colonel', 'sergeant', 'pilot', 'sailor', 'medic', 'doctor', 'nurse', 'driver',
  'journalist', 'reporter', 'photographer', 'volunteer', 'veteran', 'prisoner', 'fighter', 'spokesman',
  'spokeswoman', 'spokesperson', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'farmer', 'teacher',
  'student', 'pensioner', 'suspect', 'defendant', 'conscript', 'recruit', 'mercenary', 'survivor', 'witness',
];

export const MILITARY_PERSON_NOUNS = new Set([
  'troops', 'soldiers', 'soldier', 'servicemen', 'servicemembers', 'service members', 'personnel', 'fighters',
  'marines', 'paratroopers', 'special forces', 'forces', 'mercenaries', 'reservists', 'conscripts', 'contract soldiers',
  'observers', 'military observers', 'peacekeepers', 'reinforcements', 'operatives',
  'sappers', 'gunners', 'snipers', 'infantrymen', 'riflemen', 'tankmen', 'artillerymen', 'airmen', 'commandos',
  'guardsmen', 'sharpshooters',
  // Police and gendarmes sent to a mission or a front are deployed as troops are.
  'police officers', 'policemen', 'gendarmes', 'officers',
]);

/** Demonyms used as plural nouns ("3,000 North Koreans", "390 Ukrainians"). Mapped in places/countries. */

export interface ItemNoun {
  item: string;
  cls: QuantityClass;
}

/** Things; keys are as written (plural and singular), values the contract's item name. */
export const ITEM_NOUNS: Record<string, ItemNoun> = {
  drones: { item: 'drone', cls: 'projectile' },
  drone: { item: 'drone', cls: 'projectile' },
  'attack drones': { item: 'drone', cls: 'projectile' },
  'shahed drones': { item: 'drone', cls: 'projectile' },
  shaheds: { item: 'drone', cls: 'projectile' },
  uavs: { item: 'drone', cls: 'projectile' },
  quadcopters: { item: 'drone', cls: 'projectile' },
  quadcopter: { item: 'drone', cls: 'projectile' },
  'unmanned aerial vehicles': { item: 'drone', cls: 'projectile' },
  missiles: { item: 'missile', cls: 'projectile' },
  missile: { item: 'missile', cls: 'projectile' },
  'cruise missiles': { item: 'missile', cls: 'projectile' },
  'ballistic missiles': { item: 'missile', cls: 'projectile' },
  'air defence missiles': { item: 'missile', cls: 'projectile' },
  'air defense missiles': { item: 'missile', cls: 'projectile' },
  rockets: { item: 'rocket', cls: 'projectile' },
  projectiles: { item: 'projectile', cls: 'projectile' },
  rocket: { item: 'rocket', cls: 'projectile' },
  shells: { item: 'shell', cls: 'projectile' },
  'artillery shells': { item: 'shell', cls: 'projectile' },
  rounds: { item: 'shell', cls: 'projectile' },
  bombs: { item: 'bomb', cls: 'projectile' },
  'guided bombs': { item: 'guided bomb', cls: 'projectile' },
  'glide bombs': { item: 'glide bomb', cls: 'projectile' },
  'guided aerial bombs': { item: 'guided bomb', cls: 'projectile' },
  strikes: { item: 'strike', cls: 'projectile' },
  airstrikes: { item: 'strike', cls: 'projectile' },
  'air strikes': { item: 'strike', cls: 'projectile' },
  attacks: { item: 'attack', cls: 'projectile' },
  'drone attacks': { item: 'drone', cls: 'projectile' },
  'missile strikes': { item: 'missile', cls: 'projectile' },
  munitions: { item: 'munition', cls: 'materiel' },
  containers: { item: 'container', cls: 'materiel' },
  tanks: { item: 'tank', cls: 'equipment' },
  tank: { item: 'tank', cls: 'equipment' },
  'armoured vehicles': { item: 'armoured vehicle', cls: 'equipment' },
  'armored vehicles': { item: 'armoured vehicle', cls: 'equipment' },
  'armoured personnel carriers': { item: 'armoured personnel carrier', cls: 'equipment' },
  'infantry fighting vehicles': { item: 'infantry fighting vehicle', cls: 'equipment' },
  vehicles: { item: 'vehicle', cls: 'equipment' },
  'artillery systems': { item: 'artillery system', cls: 'equipment' },
  'artillery pieces': { item: 'artillery system', cls: 'equipment' },
  howitzers: { item: 'howitzer', cls: 'equipment' },
  'multiple rocket launchers': { item: 'multiple rocket launcher', cls: 'equipment' },
  'rocket launchers': { item: 'rocket launcher', cls: 'equipment' },
  'air defence systems': { item: 'air defence system', cls: 'equipment' },
  'air defense systems': { item: 'air defence system', cls: 'equipment' },
  aircraft: { item: 'aircraft', cls: 'equipment' },
  planes: { item: 'aircraft', cls: 'equipment' },
  jets: { item: 'aircraft', cls: 'equipment' },
  'fighter jets': { item: 'aircraft', cls: 'equipment' },
  helicopters: { item: 'helicopter', cls: 'equipment' },
  bombers: { item: 'bomber', cls: 'equipment' },
  'strategic bombers': { item: 'bomber', cls: 'equipment' },
  warplanes: { item: 'aircraft', cls: 'equipment' },
  gunships: { item: 'helicopter', cls: 'equipment' },
  submarines: { item: 'submarine', cls: 'equipment' },
  frigates: { item: 'ship', cls: 'equipment' },
  corvettes: { item: 'ship', cls: 'equipment' },
  mortars: { item: 'mortar', cls: 'equipment' },
  ships: { item: 'ship', cls: 'equipment' },
  warships: { item: 'ship', cls: 'equipment' },
  boats: { item: 'boat', cls: 'equipment' },
  vessels: { item: 'vessel', cls: 'equipment' },
  // A share of a fleet or an arsenal is a share of its ships or weapons ("20% of the fleet").
  fleet: { item: 'ship', cls: 'equipment' },
  arsenal: { item: 'weapon', cls: 'equipment' },
  inventory: { item: 'weapon', cls: 'equipment' },
  'landing ships': { item: 'landing ship', cls: 'equipment' },
  trucks: { item: 'truck', cls: 'equipment' },
  'aid trucks': { item: 'truck', cls: 'equipment' },
  truckloads: { item: 'truck', cls: 'equipment' },
  // Relief handed out by the piece.
  'food parcels': { item: 'food parcel', cls: 'materiel' },
  parcels: { item: 'parcel', cls: 'materiel' },
  'food boxes': { item: 'food box', cls: 'materiel' },
  boxes: { item: 'box', cls: 'materiel' },
  rations: { item: 'ration', cls: 'materiel' },
  bundles: { item: 'bundle', cls: 'materiel' },
  'aid bundles': { item: 'bundle', cls: 'materiel' },
  meals: { item: 'meal', cls: 'materiel' },
  kits: { item: 'kit', cls: 'materiel' },
  'hygiene kits': { item: 'hygiene kit', cls: 'materiel' },
  'medical kits': { item: 'medical kit', cls: 'materiel' },
  'school kits': { item: 'school kit', cls: 'materiel' },
  tents: { item: 'tent', cls: 'materiel' },
  blankets: { item: 'blanket', cls: 'materiel' },
  generators: { item: 'generator', cls: 'materiel' },
  'vaccine doses': { item: 'vaccine dose', cls: 'materiel' },
  doses: { item: 'vaccine dose', cls: 'materiel' },
  convoys: { item: 'convoy', cls: 'equipment' },
  'aid convoys': { item: 'convoy', cls: 'equipment' },
  lorries: { item: 'truck', cls: 'equipment' },
  'missile launchers': { item: 'launcher', cls: 'equipment' },
  batteries: { item: 'battery', cls: 'equipment' },
  'air defence batteries': { item: 'battery', cls: 'equipment' },
  'air defense batteries': { item: 'battery', cls: 'equipment' },
  'armoured combat vehicles': { item: 'armoured vehicle', cls: 'equipment' },
  'armored combat vehicles': { item: 'armoured vehicle', cls: 'equipment' },
  mlrs: { item: 'multiple rocket launcher', cls: 'equipment' },
  'special equipment': { item: 'equipment', cls: 'equipment' },
  // Armour and artillery by their common abbreviations and kinds.
  ifvs: { item: 'infantry fighting vehicle', cls: 'equipment' },
  apcs: { item: 'armoured personnel carrier', cls: 'equipment' },
  bmps: { item: 'infantry fighting vehicle', cls: 'equipment' },
  btrs: { item: 'armoured personnel carrier', cls: 'equipment' },
  'self-propelled guns': { item: 'self-propelled gun', cls: 'equipment' },
  'self-propelled howitzers': { item: 'howitzer', cls: 'equipment' },
  'fighter-bombers': { item: 'aircraft', cls: 'equipment' },
  'air-defence systems': { item: 'air defence system', cls: 'equipment' },
  'air-defense systems': { item: 'air defence system', cls: 'equipment' },
  'radar stations': { item: 'radar', cls: 'equipment' },
  // Merchant shipping hit or damaged is lost as ships are.
  tankers: { item: 'ship', cls: 'equipment' },
  'oil tankers': { item: 'ship', cls: 'equipment' },
  'bulk carriers': { item: 'ship', cls: 'equipment' },
  'cargo ships': { item: 'ship', cls: 'equipment' },
  'merchant ships': { item: 'ship', cls: 'equipment' },
  freighters: { item: 'ship', cls: 'equipment' },
  // Formations are deployed, withdrawn and moved as troops are.
  brigades: { item: 'brigade', cls: 'formation' },
  battalions: { item: 'battalion', cls: 'formation' },
  divisions: { item: 'division', cls: 'formation' },
  regiments: { item: 'regiment', cls: 'formation' },
  squadrons: { item: 'squadron', cls: 'formation' },
  ambulances: { item: 'ambulance', cls: 'equipment' },
  buses: { item: 'bus', cls: 'equipment' },
  cars: { item: 'car', cls: 'equipment' },
  pickups: { item: 'pickup', cls: 'equipment' },
  guns: { item: 'gun', cls: 'equipment' },
  weapons: { item: 'weapon', cls: 'materiel' },
  settlements: { item: 'settlement', cls: 'place' },
  townships: { item: 'township', cls: 'place' },
  districts: { item: 'district', cls: 'place' },
  cities: { item: 'city', cls: 'place' },
  hamlets: { item: 'hamlet', cls: 'place' },
  // Facilities struck count attacks on them, and only beside a verb of attacking ("struck four substations").
  facilities: { item: 'facility', cls: 'facility' },
  'energy facilities': { item: 'energy facility', cls: 'facility' },
  substations: { item: 'substation', cls: 'facility' },
  'power plants': { item: 'power plant', cls: 'facility' },
  'power stations': { item: 'power station', cls: 'facility' },
  depots: { item: 'depot', cls: 'facility' },
  'weapons depots': { item: 'depot', cls: 'facility' },
  'ammunition depots': { item: 'depot', cls: 'facility' },
  'fuel depots': { item: 'depot', cls: 'facility' },
  refineries: { item: 'refinery', cls: 'facility' },
  'oil refineries': { item: 'refinery', cls: 'facility' },
  airfields: { item: 'airfield', cls: 'facility' },
  airports: { item: 'airport', cls: 'facility' },
  bridges: { item: 'bridge', cls: 'facility' },
  warehouses: { item: 'warehouse', cls: 'facility' },
  'command posts': { item: 'command post', cls: 'facility' },
  hospitals: { item: 'hospital', cls: 'facility' },
  clinics: { item: 'clinic', cls: 'facility' },
  'health facilities': { item: 'health facility', cls: 'facility' },
  'health centres': { item: 'health facility', cls: 'facility' },
  'health centers': { item: 'health facility', cls: 'facility' },
  'medical facilities': { item: 'health facility', cls: 'facility' },
  ports: { item: 'port', cls: 'facility' },
  seaports: { item: 'port', cls: 'facility' },
  'railway stations': { item: 'railway station', cls: 'facility' },
  'train stations': { item: 'railway station', cls: 'facility' },
  terminals: { item: 'terminal', cls: 'facility' },
  'oil terminals': { item: 'terminal', cls: 'facility' },
  'oil depots': { item: 'depot', cls: 'facility' },
  installations: { item: 'installation', cls: 'facility' },
  'military installations': { item: 'installation', cls: 'facility' },
  'air bases': { item: 'air base', cls: 'facility' },
  airbases: { item: 'air base', cls: 'facility' },
  schools: { item: 'school', cls: 'facility' },
  settlement: { item: 'settlement', cls: 'place' },
  villages: { item: 'village', cls: 'place' },
  village: { item: 'village', cls: 'place' },
  towns: { item: 'town', cls: 'place' },
  'towns and villages': { item: 'settlement', cls: 'place' },
  localities: { item: 'settlement', cls: 'place' },
  communities: { item: 'settlement', cls: 'place' },
  capitals: { item: 'capital', cls: 'place' },
  'provincial capitals': { item: 'capital', cls: 'place' },
  'district capitals': { item: 'capital', cls: 'place' },
  'state capitals': { item: 'capital', cls: 'place' },
  neighbourhoods: { item: 'neighbourhood', cls: 'place' },
  neighborhoods: { item: 'neighbourhood', cls: 'place' },

  raids: { item: 'raid', cls: 'projectile' },
  'air raids': { item: 'raid', cls: 'projectile' },
  barrages: { item: 'barrage', cls: 'projectile' },
  'artillery barrages': { item: 'barrage', cls: 'projectile' },
  salvos: { item: 'salvo', cls: 'projectile' },
  sorties: { item: 'sortie', cls: 'projectile' },
  bombardments: { item: 'bombardment', cls: 'projectile' },
  assaults: { item: 'assault', cls: 'projectile' },
  'attempts to advance': { item: 'assault', cls: 'projectile' },
  'attempts to break through': { item: 'assault', cls: 'projectile' },
  'assault attempts': { item: 'assault', cls: 'projectile' },
  'storming attempts': { item: 'assault', cls: 'projectile' },
  ambushes: { item: 'ambush', cls: 'projectile' },
  incursions: { item: 'assault', cls: 'projectile' },
  offensives: { item: 'assault', cls: 'projectile' },
  violations: { item: 'violation', cls: 'projectile' },
  'ceasefire violations': { item: 'violation', cls: 'projectile' },
  explosions: { item: 'explosion', cls: 'projectile' },
  waves: { item: 'wave', cls: 'projectile' },
  'mortar rounds': { item: 'shell', cls: 'projectile' },
  camps: { item: 'camp', cls: 'target' },
  rifles: { item: 'rifle', cls: 'equipment' },
  'assault rifles': { item: 'assault rifle', cls: 'equipment' },
  'small arms': { item: 'small arm', cls: 'materiel' },
  pistols: { item: 'pistol', cls: 'equipment' },
  grenades: { item: 'grenade', cls: 'materiel' },
  radars: { item: 'radar', cls: 'equipment' },
  'radar systems': { item: 'radar', cls: 'equipment' },
  // A weapon's model name before "systems" ("nine Pantsir systems", "four Patriot systems"): the head says equipment.
  systems: { item: 'system', cls: 'equipment' },
  interceptors: { item: 'interceptor', cls: 'projectile' },
  launchers: { item: 'launcher', cls: 'equipment' },
  firearms: { item: 'firearm', cls: 'equipment' },
  posts: { item: 'post', cls: 'place' },
  checkpoints: { item: 'checkpoint', cls: 'place' },
  equipment: { item: 'equipment', cls: 'equipment' },
  'military equipment': { item: 'equipment', cls: 'equipment' },
  bases: { item: 'base', cls: 'place' },
  outposts: { item: 'outpost', cls: 'place' },
  targets: { item: 'target', cls: 'target' },
  'military targets': { item: 'target', cls: 'target' },
  positions: { item: 'position', cls: 'target' },
  // Places struck count as strikes (contract): "11 locations", "three sites".
  locations: { item: 'location', cls: 'target' },
  sites: { item: 'site', cls: 'target' },
  buildings: { item: 'building', cls: 'thing' },
  homes: { item: 'home', cls: 'thing' },
  houses: { item: 'house', cls: 'thing' },
  fires: { item: 'fire', cls: 'thing' },
  flights: { item: 'flight', cls: 'thing' },
  jobs: { item: 'job', cls: 'thing' },
  // "shelled the town 40 times": occasions counted by the verb beside them; alone they count nothing.
  times: { item: 'attack', cls: 'occasion' },
  countries: { item: 'country', cls: 'thing' },
};

/**
 * The lexicon's things in the singular ("one radar", "one patrol boat", "one air defence
 * system"): a plural key without its -s. Keys the lexicon already holds are not overridden.
 */
export function itemNoun(phrase: string): ItemNoun | undefined {
  return ITEM_NOUNS[phrase] ?? (phrase.endsWith('s') ? undefined : ITEM_NOUNS[`${phrase}s`]);
}
/** Every singular the lexicon reads through `itemNoun`. */
export const ITEM_SINGULARS: string[] = Object.keys(ITEM_NOUNS).filter((k) => /[^s]s$/.test(k)).map((k) => k.slice(0, -1));

/** A maker's model designator: letters, a hyphen, a number ("F-16", "MiG-29", "T-72", "Su-25SM"). Pattern source, no flags. */
export const MODEL_DESIGNATOR = String.raw`\p{Lu}\p{L}{0,3}-\d{1,3}[A-Z]{0,2}`;

/** After "N times": a multiplier ("three times more drones", "five times as many"), not occasions. */
/** Words a force's strength is glued to by a hyphen: "a 2,000-strong contingent", "a 5,000-troop brigade". */
export const STRENGTH_SUFFIX = 'strong|troop|man|member|soldier';
export const MULTIPLIER_AFTER = /^\s{1,2}(?:more|less|fewer|as|higher|lower|larger|greater|bigger|smaller|over(?!\s{1,2}(?:the|a)\s{1,2}(?:past|last|previous|preceding|course|day|night|weekend|week))|faster|the)\b/i;

/** Words skipped between a number and its noun ("1,000 extra North Korean soldiers"). */
export const NOUN_MODIFIERS: string[] = [
  'more', 'extra', 'additional', 'other', 'new', 'fresh', 'further', 'of', 'its', 'their', 'his', 'her', 'own',
  'identified', 'confirmed', 'reported', 'registered', 'known', 'named', 'elite', 'regular', 'foreign', 'enemy',
  'allied', 'military', 'civilian', 'air', 'defence', 'defense', 'lightweight', 'multirole', 'long-range',
  'short-range', 'heavy', 'light', 'armed', 'unarmed', 'special', 'operations', 'combat', 'frontline', 'front-line',
  'wounded', 'injured', 'dead', 'killed', 'ukrainian', 'russian', 'active', 'serving', 'retired', 'senior', 'junior',
  'young', 'old', 'local', 'total', 'different', 'separate', 'mostly', 'mainly', 'newly', 'recently', 'freshly',
  'highly', 'trained', 'experienced', 'professional', 'contract', 'mobilised', 'mobilized', 'conscript',
  'volunteer', 'infantry', 'naval', 'navy', 'army', 'marine', 'airborne', 'mechanised', 'mechanized', 'armoured',
  'armored', 'attack', 'kamikaze', 'suicide', 'guided', 'unguided', 'precision', 'ballistic', 'cruise',
  'the', 'a', 'an',
];

/** People counted as civilians: moved somewhere, they are displaced, whatever verb moves them. */
export const CIVILIAN_NOUNS: string[] = ['people', 'persons', 'civilians', 'children', 'women', 'residents', 'inhabitants',
  'refugees', 'individuals', 'families', 'households', 'citizens', 'nationals', 'evacuees', 'pensioners', 'elderly',
  'babies', 'patients', 'students', 'men and women'];
