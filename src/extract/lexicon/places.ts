/**
 * A gazetteer of places that war reporting names, with their country, so that "the
 * Kursk region" gives RU and "Sumy" gives UA. Oblasts, regions, major towns. Data only.
 */
export const PLACES: Record<string, string[]> = {
  UA: ['Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Dnipro', 'Dnipropetrovsk', 'Donetsk', 'Luhansk',
    'Lugansk', 'Zaporizhzhia', 'Zaporizhzhya', 'Kherson', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Poltava', 'Lviv',
    'Ivano-Frankivsk', 'Ternopil', 'Rivne', 'Lutsk', 'Volyn', 'Zhytomyr', 'Vinnytsia', 'Khmelnytskyi', 'Cherkasy',
    'Kropyvnytskyi', 'Kirovohrad', 'Uzhhorod', 'Zakarpattia', 'Chernivtsi', 'Crimea', 'Sevastopol', 'Mariupol',
    'Bakhmut', 'Avdiivka', 'Pokrovsk', 'Kurakhove', 'Toretsk', 'Chasiv Yar', 'Kupiansk', 'Vuhledar', 'Kramatorsk',
    'Sloviansk', 'Kostiantynivka', 'Velyka Novosilka', 'Siversk', 'Lyman', 'Izium', 'Vovchansk', 'Bucha',
    'Irpin', 'Melitopol', 'Berdiansk', 'Nikopol', 'Kryvyi Rih', 'Huliaipole', 'Robotyne', 'Severodonetsk',
    'Lysychansk', 'Donbas', 'Donbass'],
  RU: ['Kursk', 'Belgorod', 'Bryansk', 'Rostov', 'Rostov-on-Don', 'Voronezh', 'Krasnodar', 'Moscow', 'St Petersburg',
    'St. Petersburg', 'Saint Petersburg', 'Vladivostok', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Tatarstan',
    'Bashkortostan', 'Chechnya', 'Dagestan', 'Buryatia', 'Tuva', 'Sverdlovsk', 'Chelyabinsk', 'Samara', 'Saratov',
    'Volgograd', 'Tula', 'Oryol', 'Lipetsk', 'Tambov', 'Ryazan', 'Smolensk', 'Pskov', 'Kaliningrad', 'Murmansk',
    'Engels', 'Sudzha', 'Taganrog', 'Novorossiysk', 'Krasnoyarsk', 'Omsk', 'Perm', 'Siberia'],
  KP: ['Chongjin', 'Hamhung', 'Wonsan', 'Sinpo', 'Nampo'],
  KR: ['Busan', 'Incheon'],
  LB: ['Beirut', 'Bekaa', 'Bekaa Valley', 'Tyre', 'Sidon', 'Nabatieh', 'Baalbek', 'Dahiyeh', 'southern Lebanon', 'south Lebanon'],
  IL: ['Haifa', 'Tel Aviv', 'Galilee', 'Metula', 'Kiryat Shmona', 'Golan Heights'],
  PS: ['Gaza City', 'Rafah', 'Khan Younis', 'Jabalia', 'Deir al-Balah', 'Jenin', 'Nablus', 'Hebron'],
  SY: ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Deir ez-Zor', 'Latakia'],
  SD: ['Darfur', 'El Fasher', 'Omdurman', 'Port Sudan'],
  YE: ['Hodeidah', 'Aden', 'Marib'],
};

/** Words after a place name that make it a region ("Kursk region", "Donetsk Oblast"). */
export const REGION_WORDS = ['region', 'oblast', 'province', 'district', 'districts', 'governorate', 'republic', 'krai', 'city', 'valley', 'front', 'direction', 'sector', 'area'];
