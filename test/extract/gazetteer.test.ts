/**
 * The gazetteer as the name scanner reads it: a place in a sentence gives its country and
 * kind 'place', in the spellings agencies use (alternates, transliterations, either
 * apostrophe, a region word after it); words that are also ordinary English words or
 * personal names give no place.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/attachers/entities.js';
import { COUNTRIES } from '../../src/extract/lexicon/countries.js';
import { PLACES } from '../../src/extract/lexicon/places.js';

type Row = [text: string, places: Array<[name: string, code: string]>];

const places = (text: string) => findEntities(text).filter((e) => e.kind === 'place').map((e) => [e.text, e.code]);

describe('gazetteer places', () => {
  const table: Row[] = [
    // Yemen: transliterations and apostrophes
    ['Shelling hit Hodeidah overnight.', [['Hodeidah', 'YE']]],
    ['Aid reached Hudaydah port on Monday.', [['Hudaydah', 'YE']]],
    ['Fighting near Al Hudaydah eased.', [['Al Hudaydah', 'YE']]],
    ["Air raids on Sa'dah killed several people.", [["Sa'dah", 'YE']]],
    ['Air raids on Sa’dah killed several people.', [['Sa’dah', 'YE']]],
    ['The clinic in Saada reopened.', [['Saada', 'YE']]],
    ["Flights to Sana'a resumed.", [["Sana'a", 'YE']]],
    ['Flights to Sana’a resumed.', [['Sana’a', 'YE']]],
    ['Troops advanced on Marib and Taiz.', [['Marib', 'YE'], ['Taiz', 'YE']]],
    // Syria
    ['Families fled Raqqa in 2017.', [['Raqqa', 'SY']]],
    ['Families fled Ar-Raqqa in 2017.', [['Ar-Raqqa', 'SY']]],
    ['Clashes around Tal Abyad and Tell Abyad continued.', [['Tal Abyad', 'SY'], ['Tell Abyad', 'SY']]],
    ['Shells landed in Ras al-Ain.', [['Ras al-Ain', 'SY']]],
    ['Camps in Idlib province are full.', [['Idlib', 'SY']]],
    ['A convoy left Deir ez-Zor for Al-Hol.', [['Deir ez-Zor', 'SY'], ['Al-Hol', 'SY']]],
    // Iraq and Iran
    ['Rockets struck Erbil and Irbil airport.', [['Erbil', 'IQ'], ['Irbil', 'IQ']]],
    ['Displaced families returned to Sinjar.', [['Sinjar', 'IQ']]],
    ['Officials in the Kurdistan Region said the strike hit Kirkuk.', [['Kurdistan Region', 'IQ'], ['Kirkuk', 'IQ']]],
    ['Protests spread from Zahedan to Mahabad.', [['Zahedan', 'IR'], ['Mahabad', 'IR']]],
    ['The Natanz and Fordow sites were hit.', [['Natanz', 'IR'], ['Fordow', 'IR']]],
    // Israel and the Palestinian territories
    ['Raids continued in Nur Shams and Tulkarem.', [['Nur Shams', 'PS'], ['Tulkarem', 'PS']]],
    ['Strikes on Khan Yunis and Nuseirat killed dozens.', [['Khan Yunis', 'PS'], ['Nuseirat', 'PS']]],
    ['Rockets were fired at Sderot and Ashkelon.', [['Sderot', 'IL'], ['Ashkelon', 'IL']]],
    ['Evacuees from Kiryat Shmona stayed in Tiberias.', [['Kiryat Shmona', 'IL'], ['Tiberias', 'IL']]],
    ['Settlers attacked Huwara.', [['Huwara', 'PS']]],
    // Lebanon
    ['Strikes hit Nabatieh and Bint Jbeil.', [['Nabatieh', 'LB'], ['Bint Jbeil', 'LB']]],
    // Caucasus, Moldova and Belarus
    ['Refugees left Stepanakert, which Baku calls Khankendi.', [['Stepanakert', 'AZ'], ['Khankendi', 'AZ']]],
    ['Shelling in Nagorno-Karabakh resumed.', [['Nagorno-Karabakh', 'AZ']]],
    ['Russian troops remain in Tskhinvali and Abkhazia.', [['Tskhinvali', 'GE'], ['Abkhazia', 'GE']]],
    ['Officials in Tiraspol, capital of Transnistria, denied it.', [['Tiraspol', 'MD'], ['Transnistria', 'MD']]],
    ['Drones flew over Gomel region.', [['Gomel', 'BY']]],
    // Ukraine and Russia
    ['Russian forces shelled Nova Kakhovka.', [['Nova Kakhovka', 'UA']]],
    ['Explosions were heard in Simferopol and Kerch.', [['Simferopol', 'UA'], ['Kerch', 'UA']]],
    ['Drones struck an airfield near Engels and Yeysk.', [['Engels', 'RU'], ['Yeysk', 'RU']]],
    ['The Kherson region and Kursk region were shelled.', [['Kherson', 'UA'], ['Kursk', 'RU']]],
    // Africa
    ['M23 rebels entered Goma and later Bukavu.', [['Goma', 'CD'], ['Bukavu', 'CD']]],
    ['Violence in North Kivu and Ituri displaced thousands.', [['North Kivu', 'CD'], ['Ituri', 'CD']]],
    ['The RSF besieged El Fasher and Al-Fashir residents fled to Tawila.', [['El Fasher', 'SD'], ['Al-Fashir', 'SD'], ['Tawila', 'SD']]],
    ['Fighting spread to Wad Madani in Gezira state.', [['Wad Madani', 'SD'], ['Gezira', 'SD']]],
    ['Shelling hit Kadugli in South Kordofan.', [['Kadugli', 'SD'], ['South Kordofan', 'SD']]],
    ['Clashes in Malakal and Upper Nile state continued.', [['Malakal', 'SS'], ['Upper Nile', 'SS']]],
    ['Aid convoys reached Mekelle in Tigray.', [['Mekelle', 'ET'], ['Tigray', 'ET']]],
    ['Fano fighters seized Gondar and Bahir Dar.', [['Gondar', 'ET'], ['Bahir Dar', 'ET']]],
    ['Displaced people arrived from the Afar region.', [['Afar region', 'ET']]],
    ['Al-Shabaab attacked a base near Kismayo and Beledweyne.', [['Kismayo', 'SO'], ['Beledweyne', 'SO']]],
    ['Boko Haram raided villages near Maiduguri in Borno state.', [['Maiduguri', 'NG'], ['Borno', 'NG']]],
    ['Gunmen kidnapped pupils in Zamfara and Katsina.', [['Zamfara', 'NG'], ['Katsina', 'NG']]],
    ['Jihadists attacked Djibo and Barsalogho.', [['Djibo', 'BF'], ['Barsalogho', 'BF']]],
    ['Separatists retook Kidal; Timbuktu was blockaded.', [['Kidal', 'ML'], ['Timbuktu', 'ML']]],
    ['Insurgents held Mocimboa da Praia in Cabo Delgado.', [['Mocimboa da Praia', 'MZ'], ['Cabo Delgado', 'MZ']]],
    ['Refugees crossed into Adre from Darfur.', [['Adre', 'TD'], ['Darfur', 'SD']]],
    ['Troops were deployed to Benghazi and Misrata.', [['Benghazi', 'LY'], ['Misrata', 'LY']]],
    ['Militants attacked a checkpoint in North Sinai near El Arish.', [['North Sinai', 'EG'], ['El Arish', 'EG']]],
    // Asia
    ['Militants attacked a bus in Pahalgam and Anantnag.', [['Pahalgam', 'IN'], ['Anantnag', 'IN']]],
    ['Strikes hit Muzaffarabad in Azad Kashmir.', [['Muzaffarabad', 'PK'], ['Azad Kashmir', 'PK']]],
    ['Violence in Manipur left dozens dead in Churachandpur.', [['Manipur', 'IN'], ['Churachandpur', 'IN']]],
    ['A suicide bomber struck in Bannu, North Waziristan.', [['Bannu', 'PK'], ['North Waziristan', 'PK']]],
    ['The Taliban took Kandahar and Lashkar Gah.', [['Kandahar', 'AF'], ['Lashkar Gah', 'AF']]],
    ["Rohingya refugees in Cox's Bazar and Cox’s Bazar camps", [["Cox's Bazar", 'BD'], ['Cox’s Bazar', 'BD']]],
    // (The Arakan Army is a group, no place; Arakan alone is the region.)
    ['The Arakan Army captured Maungdaw in Rakhine.', [['Maungdaw', 'MM'], ['Rakhine', 'MM']]],
    ['Fighting spread across Arakan.', [['Arakan', 'MM']]],
    ['A bomb exploded in Pattani and Narathiwat.', [['Pattani', 'TH'], ['Narathiwat', 'TH']]],
    ['Troops fought in Marawi, Mindanao.', [['Marawi', 'PH'], ['Mindanao', 'PH']]],
    ['Detention camps in Xinjiang near Kashgar', [['Xinjiang', 'CN'], ['Kashgar', 'CN']]],
    ['Drills near Kinmen and Kaohsiung', [['Kinmen', 'TW'], ['Kaohsiung', 'TW']]],
    // Americas and Europe
    ['Gangs control Cite Soleil and parts of Artibonite.', [['Cite Soleil', 'HT'], ['Artibonite', 'HT']]],
    ['Violence in Culiacan, Sinaloa, has displaced families.', [['Culiacan', 'MX'], ['Sinaloa', 'MX']]],
    ['Clashes in Catatumbo displaced people to Cucuta.', [['Catatumbo', 'CO'], ['Cucuta', 'CO']]],
    ['Serb protesters gathered in North Mitrovica and Zvecan.', [['North Mitrovica', 'XK'], ['Zvecan', 'XK']]],
    ['The Srebrenica massacre', [['Srebrenica', 'BA']]],
    ['Refugees arrived in Przemysl and Krakow.', [['Przemysl', 'PL'], ['Krakow', 'PL']]],
    // Excluded words and names: no place
    ['Reading the report, officials were alarmed.', []],
    ['Nice work by the medics.', []],
    ['Victoria said the figures were wrong.', []],
    ['Hit by shelling, the town emptied.', []],
    ['A Van was seen near the checkpoint.', []],
    ['Split decisions are common.', []],
    ['Adama Barrow spoke on Tuesday.', []],
    ['The GAO report on aid was released.', []],
    ['The deal was worth NIS 500 million.', []],
    ['Diplomats in New York said the vote was close.', []],
    ['Niger state television reported the coup.', []],
    ['May brought no relief.', []],
  ];
  it.each(table)('%j', (text, found) => {
    expect(places(text)).toEqual(found);
  });

  it('lists no place twice and none that is a country, demonym or capital', () => {
    const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");
    const countryNames = new Set(Object.values(COUNTRIES).flatMap(([n, d, m]) => [...n, ...d, ...m]).map(norm));
    const seen = new Map<string, string>();
    // The first gazetteer's capitals, kept as they were, name their country either way.
    const kept = new Set(['kyiv', 'kiev', 'moscow', 'beirut', 'tel aviv']);
    for (const [code, names] of Object.entries(PLACES)) {
      for (const n of names) {
        const k = norm(n);
        expect(seen.get(k), `${n} under ${code} and ${seen.get(k)}`).toBeUndefined();
        seen.set(k, code);
        if (!kept.has(k)) expect(countryNames.has(k), `${n} is in countries.ts`).toBe(false);
      }
    }
  });
});
