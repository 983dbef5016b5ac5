/**
 * What the speaker history carries from one statement to the next: a speaker's country
 * when the text does not give one, and the date of the same source's earlier statement
 * (claims.md, statedOn rule 3). The default publication date is Wednesday 2024-11-20.
 */
import { positiveTable, type Row } from './helpers.js';

const affiliations: Row[] = [
  // International bodies the contract gives no code keep null, however much the article names one country.
  ['Sudanese troops fought the RSF near El Fasher.\n\nThe African Union said [300] people were killed in El Fasher.', { source: { name: 'African Union', affiliation: null } }],
  ['Sudanese troops fought the RSF near El Fasher. The IMF said the war had cost Sudan [$15 billion] in lost output.', { source: { name: 'IMF', affiliation: null } }],
  ['Russian troops shelled Kharkiv again. The OSCE said [40] civilians had been hurt in the city.', { source: { name: 'OSCE', affiliation: null } }],
  ['Malian soldiers clashed with rebels near Kidal. ECOWAS officials said [2,000] people had fled the town.', { source: { name: 'ECOWAS officials', affiliation: null } }],
  // A pronoun after such a body points at it, and takes its null along.
  ['Sudanese troops fought the RSF near El Fasher. The African Union said 300 people were killed. It said [40] were wounded.', { source: { name: 'African Union', affiliation: null } }],
  // Speakers the text does not place still take the country it is about.
  ['Sudanese troops fought the RSF near El Fasher. The interior ministry said [300] people were killed.', { source: { name: 'interior ministry', affiliation: 'SD' } }],
  // Several countries at once: null by design.
  ['Russian troops advanced near Pokrovsk. Western officials said [600,000] Russian soldiers had been killed or wounded.', { source: { name: 'Western officials', affiliation: null } }],
  ['Armenia and Azerbaijan traded fire on the border. Officials in both countries said [12] soldiers had been killed.', { source: { affiliation: null } }],
];

positiveTable('speaker affiliation carried or kept null', affiliations);
