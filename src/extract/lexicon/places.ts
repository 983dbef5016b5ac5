/**
 * A gazetteer of places that war and crisis reporting names, with their country (ISO
 * 3166-1 alpha-2), so that "the Kursk region" gives RU, "Sumy" UA and "Goma" CD: for
 * every country its major cities, and for countries at war or in crisis their regions and
 * the towns, districts and camps that reporting names, in the spellings that English-
 * language agencies use (with common alternates). Disputed places go where reporting
 * puts them in ISO terms: Crimea and the Donbas UA, Gaza and West Bank places PS,
 * Transnistria MD, Abkhazia and South Ossetia GE, Nagorno-Karabakh AZ, Kashmir by who
 * administers it. Data only.
 *
 * Names are looked up as capitalised words (see attachers/entities.ts; a curly apostrophe
 * matches a straight one), so a name that is also an English word or a common personal
 * name would fire on ordinary text and is left out ("Reading", "Nice", "Split", "Hit",
 * "Van", "Batman", "Victoria", "Sydney", "Austin", "Adama") or listed only with its
 * region word ("Afar region", "Farah province", "Swat Valley"). Also left out: names
 * shared by places of similar prominence in two countries ("Hyderabad", "Punjab",
 * "Valencia"; "Tripoli" stays LY as in countries.ts), names that read as acronyms ("Gao"
 * as GAO, "Nis" as NIS), "New York" and "Ramstein", which in this reporting mostly name
 * the UN and the Ukraine Defense Contact Group, and country names, demonyms and
 * capitals, which live in countries.ts.
 */
export const PLACES: Record<string, string[]> = {
  // Oblasts, cities, front-line towns and occupied places (Crimea and the Donbas included)
  UA: ['Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Dnipro', 'Dnipropetrovsk', 'Donetsk', 'Luhansk',
    'Lugansk', 'Zaporizhzhia', 'Zaporizhzhya', 'Kherson', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Poltava', 'Lviv',
    'Ivano-Frankivsk', 'Ternopil', 'Rivne', 'Lutsk', 'Volyn', 'Zhytomyr', 'Vinnytsia', 'Khmelnytskyi', 'Cherkasy',
    'Kropyvnytskyi', 'Kirovohrad', 'Uzhhorod', 'Zakarpattia', 'Chernivtsi', 'Crimea', 'Sevastopol', 'Mariupol',
    'Bakhmut', 'Avdiivka', 'Pokrovsk', 'Kurakhove', 'Toretsk', 'Chasiv Yar', 'Kupiansk', 'Vuhledar', 'Kramatorsk',
    'Sloviansk', 'Kostiantynivka', 'Velyka Novosilka', 'Siversk', 'Lyman', 'Izium', 'Vovchansk', 'Bucha', 'Irpin',
    'Melitopol', 'Berdiansk', 'Nikopol', 'Kryvyi Rih', 'Huliaipole', 'Robotyne', 'Severodonetsk', 'Lysychansk',
    'Donbas', 'Donbass', 'Zaporizhia', 'Zaporozhye', 'Nikolaev', 'Mykolayiv', 'Krivoy Rog', 'Kamianske', 'Pavlohrad',
    'Marhanets', 'Enerhodar', 'Energodar', 'Vasylivka', 'Tokmak', 'Polohy', 'Orikhiv', 'Stepnohirsk',
    'Kamianka-Dniprovska', 'Nova Kakhovka', 'Kakhovka', 'Oleshky', 'Hola Prystan', 'Skadovsk', 'Henichesk',
    'Beryslav', 'Krynky', 'Snihurivka', 'Ochakiv', 'Kinburn', 'Voznesensk', 'Yuzhnoukrainsk', 'Chornomorsk',
    'Izmail', 'Bilhorod-Dnistrovskyi', 'Zatoka', 'Reni', 'Uman', 'Bila Tserkva', 'Brovary', 'Boryspil', 'Hostomel',
    'Vyshhorod', 'Borodianka', 'Makariv', 'Fastiv', 'Vasylkiv', 'Obukhiv', 'Konotop', 'Shostka', 'Okhtyrka', 'Romny',
    'Lebedyn', 'Trostianets', 'Bilopillia', 'Krasnopillia', 'Yunakivka', 'Nizhyn', 'Pryluky', 'Novhorod-Siverskyi',
    'Kremenchuk', 'Myrhorod', 'Lubny', 'Horishni Plavni', 'Chuhuiv', 'Balakliia', 'Kupyansk', 'Borova', 'Zolochiv',
    'Lyptsi', 'Derhachi', 'Bohodukhiv', 'Kozacha Lopan', 'Velykyi Burluk', 'Dvorichna', 'Krasnohrad', 'Lozova',
    'Barvinkove', 'Izyum', 'Sviatohirsk', 'Druzhkivka', 'Dobropillia', 'Myrnohrad', 'Selydove', 'Novohrodivka',
    'Hirnyk', 'Marinka', 'Maryinka', 'Krasnohorivka', 'Heorhiivka', 'Pavlivka', 'Prechystivka', 'Staromaiorske',
    'Urozhaine', 'Neskuchne', 'Vremivka', 'Rozdolne', 'Bilozerske', 'Ocheretyne', 'Soledar', 'Klishchiivka',
    'Andriivka', 'Ivanivske', 'Horlivka', 'Gorlovka', 'Makiivka', 'Makeyevka', 'Yenakiieve', 'Debaltseve',
    'Ilovaisk', 'Khartsyzk', 'Snizhne', 'Shakhtarsk', 'Amvrosiivka', 'Volnovakha', 'Dokuchaievsk', 'Olenivka',
    'Yasynuvata', 'Kadiivka', 'Alchevsk', 'Sievierodonetsk', 'Rubizhne', 'Kreminna', 'Svatove', 'Starobilsk',
    'Rovenky', 'Antratsyt', 'Bilohorivka', 'Popasna', 'Hirske', 'Zolote', 'Snake Island', 'Azovstal', 'Chornobyl',
    'Chernobyl', 'Berdyansk', 'Prymorsk', 'Chornobaivka', 'Yavoriv', 'Starokostiantyniv', 'Kolomyia', 'Kovel',
    'Mukachevo', 'Kamianets-Podilskyi', 'Shepetivka', 'Korosten', 'Berdychiv', 'Vinnitsa', 'Oleksandriia', 'Smila',
    'Slovyansk', 'Slavyansk', 'Kostyantynivka', 'Konstantinovka', 'Avdiyivka', 'Hulyaipole', 'Kerch', 'Feodosia',
    'Dzhankoi', 'Yevpatoria', 'Simferopol', 'Saky', 'Belbek', 'Chornomorske', 'Armyansk', 'Kupiansk-Vuzlovyi',
    'Khmelnytsky', 'Stakhanov', 'Artemivsk', 'Hlyboke', 'Kurakhovo', 'Novoselydivka', 'Kurdyumivka', 'Niu-York',
    'Pokrovske', 'Kotlyarivka'],
  // Regions, major cities, border districts and bases
  RU: ['Kursk', 'Belgorod', 'Bryansk', 'Rostov', 'Rostov-on-Don', 'Voronezh', 'Krasnodar', 'Moscow', 'St Petersburg',
    'St. Petersburg', 'Saint Petersburg', 'Vladivostok', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Tatarstan',
    'Bashkortostan', 'Chechnya', 'Dagestan', 'Buryatia', 'Tuva', 'Sverdlovsk', 'Chelyabinsk', 'Samara', 'Saratov',
    'Volgograd', 'Tula', 'Oryol', 'Lipetsk', 'Tambov', 'Ryazan', 'Smolensk', 'Pskov', 'Kaliningrad', 'Murmansk',
    'Engels', 'Sudzha', 'Taganrog', 'Novorossiysk', 'Krasnoyarsk', 'Omsk', 'Perm', 'Siberia', 'Nizhny Novgorod',
    'Ufa', 'Sochi', 'Stavropol', 'Makhachkala', 'Grozny', 'Nalchik', 'Vladikavkaz', 'Ingushetia',
    'Kabardino-Balkaria', 'North Ossetia', 'Magas', 'Derbent', 'Astrakhan', 'Kalmykia', 'Elista', 'Penza',
    'Ulyanovsk', 'Togliatti', 'Tolyatti', 'Izhevsk', 'Udmurtia', 'Yaroslavl', 'Ivanovo', 'Kostroma', 'Tver',
    'Kaluga', 'Veliky Novgorod', 'Petrozavodsk', 'Karelia', 'Arkhangelsk', 'Severodvinsk', 'Vologda', 'Cherepovets',
    'Syktyvkar', 'Komi', 'Tyumen', 'Khanty-Mansiysk', 'Surgut', 'Tomsk', 'Barnaul', 'Altai', 'Kemerovo', 'Kuzbass',
    'Novokuznetsk', 'Irkutsk', 'Ulan-Ude', 'Chita', 'Khabarovsk', 'Komsomolsk-on-Amur', 'Blagoveshchensk', 'Yakutsk',
    'Yakutia', 'Sakha', 'Magadan', 'Kamchatka', 'Petropavlovsk-Kamchatsky', 'Sakhalin', 'Yuzhno-Sakhalinsk',
    'Chukotka', 'Norilsk', 'Orenburg', 'Orsk', 'Magnitogorsk', 'Kurgan', 'Mordovia', 'Saransk', 'Chuvashia',
    'Cheboksary', 'Mari El', 'Yoshkar-Ola', 'Naberezhnye Chelny', 'Novocherkassk', 'Shakhty', 'Millerovo', 'Yeysk',
    'Tuapse', 'Anapa', 'Morozovsk', 'Primorsko-Akhtarsk', 'Shebekino', 'Glushkovo', 'Tyotkino', 'Korenevo', 'Lgov',
    'Rylsk', 'Valuyki', 'Grayvoron', 'Novozybkov', 'Klintsy', 'Ust-Luga', 'Kronstadt', 'Olenya', 'Olenegorsk',
    'Shaykovka', 'Marinovka', 'Mozdok', 'Akhtubinsk', 'Borisoglebsk', 'Soltsy', 'Savasleyka', 'Urals', 'Podolsk',
    'Balashikha', 'Khimki', 'Mytishchi', 'Krasnogorsk', 'Ramenskoye', 'Domodedovo', 'Sheremetyevo', 'Vnukovo',
    'Kubinka', 'Kolomna', 'Sergiev Posad', 'Dubna', 'Shatura', 'Leningrad region', 'Primorye', 'Kuban',
    'Krasnodar Krai', 'Stavropol Krai', 'Perm Krai', 'Adygea', 'Karachay-Cherkessia', 'Khakassia',
    'Chuvash Republic', 'Kizlyar', 'Khasavyurt', 'Beslan', 'Kaspiysk', 'Vladimir region', 'Kirov region',
    'Novorossiisk', 'Baltiysk', 'Sevmash', 'Zelenodolsk', 'Yelabuga', 'Alabuga', 'Novoshakhtinsk', 'Gukovo',
    'Kamensk-Shakhtinsky', 'Volgodonsk', 'Salsk', 'Bataysk', 'Kstovo', 'Leningrad'],
  // Cities and nuclear and missile sites
  KP: ['Chongjin', 'Hamhung', 'Wonsan', 'Sinpo', 'Nampo', 'Kaesong', 'Sinuiju', 'Yongbyon', 'Punggye-ri', 'Sohae',
    'Rason', 'Haeju', 'Kimchaek', 'Hyesan', 'Sunan', 'Tongchang-ri', 'Kangson', 'Chagang', 'North Hamgyong',
    'South Hamgyong'],
  // Cities and provinces
  KR: ['Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Suwon', 'Changwon', 'Goyang', 'Seongnam',
    'Yongin', 'Bucheon', 'Cheongju', 'Jeonju', 'Pohang', 'Gimhae', 'Jeju', 'Pyeongtaek', 'Paju', 'Yeonpyeong',
    'Gyeonggi', 'Osan', 'Camp Humphreys', 'Gyeongju', 'Chuncheon'],
  // South, Bekaa, Beirut suburbs and camps
  LB: ['Beirut', 'Bekaa', 'Bekaa Valley', 'Tyre', 'Sidon', 'Nabatieh', 'Baalbek', 'Dahiyeh', 'southern Lebanon',
    'south Lebanon', 'Marjayoun', 'Khiam', 'Bint Jbeil', 'Naqoura', 'Aitaroun', 'Kfar Kila', 'Odaisseh',
    'Mais al-Jabal', 'Aita al-Shaab', 'Yaroun', 'Hermel', 'Zahle', 'Byblos', 'Jbeil', 'Jounieh', 'Baabda', 'Chouf',
    'Akkar', 'Mount Lebanon', 'Halba', 'Zgharta', 'Batroun', 'Ain al-Hilweh', 'Ain el-Hilweh', 'Rashidieh',
    'Burj al-Barajneh', 'Shatila', 'Nahr al-Bared', 'Ghobeiry', 'Haret Hreik', 'Dahieh', 'Dahiya', 'Litani',
    'Qlayaa', 'Marwahin', 'Wadi Khaled', 'Nabatiyeh', 'Tebnine', 'Sarafand', 'Zrariyeh', 'Dhahiyeh'],
  // Cities, border towns and the Gaza-border communities
  IL: ['Haifa', 'Tel Aviv', 'Galilee', 'Metula', 'Kiryat Shmona', 'Golan Heights', 'Ashkelon', 'Ashdod', 'Sderot',
    'Netivot', 'Ofakim', 'Beersheba', 'Beer Sheva', "Be'er Sheva", 'Eilat', 'Dimona', 'Nahariya', 'Safed', 'Tzfat',
    'Tiberias', 'Nazareth', 'Afula', 'Hadera', 'Netanya', 'Herzliya', 'Ramat Gan', 'Petah Tikva', 'Rishon LeZion',
    'Holon', 'Bat Yam', 'Rehovot', 'Lod', 'Ramla', 'Modiin', 'Kfar Aza', "Be'eri", 'Beeri', 'Nir Oz', 'Nahal Oz',
    'Kissufim', "Re'im", 'Zikim', 'Shlomi', 'Misgav Am', 'Majdal Shams', 'Katzrin', 'Nevatim', 'Negev',
    'Upper Galilee', 'Western Galilee', 'Kerem Shalom', 'Bnei Brak', 'Kiryat Gat', 'Kiryat Ata', 'Caesarea',
    'Ben Gurion Airport', 'Margaliot', 'Avivim', "Zar'it"],
  // Gaza and West Bank towns, camps and neighbourhoods, and East Jerusalem
  PS: ['Gaza City', 'Rafah', 'Khan Younis', 'Jabalia', 'Deir al-Balah', 'Jenin', 'Nablus', 'Hebron', 'Khan Yunis',
    'Khan Younes', 'Jabaliya', 'Jabalya', 'Deir el-Balah', 'Deir al Balah', 'Nuseirat', 'Bureij', 'Al-Bureij',
    'Maghazi', 'Al-Maghazi', 'Beit Lahia', 'Beit Lahiya', 'Beit Hanoun', 'Beit Hanun', 'Al-Shati', 'Shati camp',
    'Shejaiya', 'Shujaiya', 'Shujaiyah', 'Shejaia', 'Zeitoun', 'Tal al-Hawa', 'Tel al-Hawa', 'Rimal', 'Al-Mawasi',
    'Mawasi', 'Netzarim', 'Philadelphi', "Khuza'a", 'Bani Suheila', 'Abasan', 'Tel al-Sultan', 'Al-Zawayda',
    'Zawaida', 'Al-Qarara', 'North Gaza', 'Al-Bireh', 'Qalqilya', 'Tulkarem', 'Tulkarm', 'Tubas', 'Salfit',
    'Bethlehem', 'Jericho', 'Nur Shams', 'Balata', 'Aqabat Jaber', 'Shuafat', 'Qalandia', 'Kalandia', 'Dheisheh',
    'Deheishe', 'Jalazone', 'Al-Fawwar', 'Al-Arroub', 'Huwara', 'Hawara', 'Turmus Ayya', 'Sinjil', 'Al-Mughayyir',
    'Masafer Yatta', 'Yatta', 'Beita', 'Silwan', 'Sheikh Jarrah', 'East Jerusalem', "Far'a", "Al-Far'a", 'Tammun',
    'Qabatiya', 'Beit Ummar', 'Halhul'],
  // Governorates, cities and towns, camps and bases
  SY: ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Deir ez-Zor', 'Latakia', 'Daraa', 'Deraa', "Dara'a", 'Sweida', 'Suwayda',
    'As-Suwayda', 'Quneitra', 'Tartus', 'Tartous', 'Jableh', 'Baniyas', 'Qardaha', 'Raqqa', 'Ar-Raqqa', 'Raqqah',
    'Al-Raqqa', 'Tabqa', 'Hasakah', 'Al-Hasakah', 'Hasakeh', 'Hassakeh', 'Qamishli', 'Qamishlo', 'Kobani', 'Kobane',
    'Ain al-Arab', 'Tal Abyad', 'Tell Abyad', 'Ras al-Ain', 'Ras al-Ayn', 'Ras al Ain', 'Serekaniye', 'Manbij',
    'Afrin', 'Azaz', 'Azez', 'Jarabulus', 'Al-Bab', 'Tal Rifaat', 'Tel Rifaat', 'Deir ez-Zour', 'Deir al-Zor',
    'Deir al-Zour', 'Deir Ezzor', 'Deir el-Zour', 'Mayadin', 'Al-Mayadin', 'Albu Kamal', 'Abu Kamal', 'Bukamal',
    'Hajin', 'Baghouz', 'Al-Hol', 'Al Hol', 'Rukban', 'Al-Tanf', 'Tanf', 'Palmyra', 'Tadmur', 'Douma', 'Harasta',
    'Jobar', 'Eastern Ghouta', 'Ghouta', 'Yarmouk', 'Zabadani', 'Madaya', 'Daraya', 'Darayya', 'Moadamiyeh',
    'Qusayr', 'Qusair', 'Rastan', 'Talbiseh', 'Saraqeb', 'Maarat al-Numan', 'Maaret al-Numan', "Maarrat al-Nu'man",
    'Khan Sheikhoun', 'Khan Shaykhun', 'Jisr al-Shughour', 'Jisr al-Shughur', 'Ariha', 'Sarmada', 'Atmeh', 'Harim',
    'Kafranbel', 'Salqin', 'Sheikh Maqsoud', 'Nubl', 'Safira', 'As-Safira', 'Kuweires', 'Mhardeh', 'Salamiyah',
    'Salamieh', 'Suqaylabiyah', 'Khmeimim', 'Hmeimim', 'Shayrat', 'Mezzeh', 'Mazzeh', 'Sayyida Zeinab',
    'Sayyida Zaynab', 'Jaramana', 'Qudsaya', 'Qalamoun', 'Yabroud', 'Nabek', 'Bosra', 'Busra al-Sham', 'Nawa',
    'Inkhil', 'Tafas', 'Lattakia', 'Kessab', 'Idleb', 'Deir Hafer', 'Maskanah', 'Ain Issa', 'Tishreen Dam',
    'Tabqa Dam', 'Sahl al-Ghab', 'Tal Tamr', 'Amuda', 'Malikiyah', 'Shaddadi'],
  // States, cities, towns and camps (Darfur, Kordofan, Gezira)
  SD: ['Darfur', 'El Fasher', 'Omdurman', 'Port Sudan', 'North Darfur', 'South Darfur', 'West Darfur',
    'Central Darfur', 'East Darfur', 'Al-Fashir', 'El-Fasher', 'Al Fashir', 'Al-Fasher', 'Nyala', 'El Geneina',
    'Ag Geneina', 'Geneina', 'Al-Junaynah', 'Zalingei', 'Ed Daein', "Ed Da'ein", 'Kutum', 'Tawila', 'Zamzam',
    'Abu Shouk', 'Mellit', 'Kabkabiya', 'Misterei', 'Kordofan', 'North Kordofan', 'South Kordofan', 'West Kordofan',
    'El Obeid', 'Al-Obeid', 'El-Obeid', 'Kadugli', 'Dilling', 'Babanusa', 'En Nahud', 'El Nahud', 'Al-Fula',
    'Umm Ruwaba', 'Blue Nile', 'Ed Damazin', 'Damazin', 'Kurmuk', 'Gezira', 'Al Jazirah', 'Wad Madani', 'Wad Medani',
    'Sennar', 'Sinnar', 'Singa', 'Kassala', 'Gedaref', 'Gadarif', 'Al-Qadarif', 'Atbara', 'Shendi', 'Merowe',
    'Dongola', 'Kosti', 'Rabak', 'Khartoum North', 'Suakin', 'Tokar', 'Al-Managil', 'Jebel Aulia', 'Jabal Awliya',
    'Heglig', 'Um Kadada', 'Al-Nuhud', 'White Nile state', 'River Nile state', 'Red Sea state', 'Wad al-Nourah',
    'Abu Zabad', 'Al-Khuwei', 'Sharg El Nil', 'East Nile'],
  // Governorates, cities, ports and front lines
  YE: ['Hodeidah', 'Aden', 'Marib', "Sana'a", 'Hudaydah', 'Al Hudaydah', 'Al-Hudaydah', 'Hodeida', 'Hudaida',
    'Saada', "Sa'ada", "Sa'dah", 'Saadah', "Sa'da", 'Taiz', "Ta'iz", 'Taizz', 'Ibb', 'Dhamar', 'Mukalla',
    'Al Mukalla', 'Hadramout', 'Hadramawt', 'Hadhramaut', 'Hadhramout', 'Shabwa', 'Shabwah', 'Abyan', 'Lahj',
    'Zinjibar', 'Ataq', 'Seiyun', 'Hajjah', 'Amran', 'Mahra', 'Al-Mahra', 'Al Mahrah', 'Al Jawf', 'Jawf', 'Dhale',
    'Al Dhale', 'Dhalea', 'Al-Dhalea', 'Mokha', 'Ras Isa', 'Khokha', 'Harad', 'Nihm', 'Sirwah', 'Socotra', "Rada'a",
    'Radaa', "Ma'rib", 'Kamaran', 'Zabid', 'Bayhan', 'Perim'],
  // Regions and cities
  BY: ['Gomel', 'Homel', 'Mogilev', 'Mahilyow', 'Mahilyou', 'Vitebsk', 'Vitsebsk', 'Grodno', 'Hrodna', 'Brest',
    'Bobruisk', 'Babruysk', 'Baranovichi', 'Baranavichy', 'Borisov', 'Barysaw', 'Pinsk', 'Orsha', 'Mozyr',
    'Machulishchy', 'Asipovichy', 'Osipovichi', 'Zyabrovka', 'Luninets'],
  // Cities; Transnistria and Gagauzia stay MD
  MD: ['Kishinev', 'Tiraspol', 'Transnistria', 'Transdniestria', 'Trans-Dniester', 'Transdniester', 'Pridnestrovie',
    'Bendery', 'Bălți', 'Comrat', 'Gagauzia', 'Cahul', 'Ungheni', 'Rybnitsa', 'Ribnita', 'Cobasna', 'Kolbasna',
    'Dubasari', 'Chișinău', 'Chişinău'],
  // Regions and cities; Abkhazia and South Ossetia stay GE
  GE: ['Batumi', 'Kutaisi', 'Rustavi', 'Zugdidi', 'Gori', 'Abkhazia', 'Sukhumi', 'Sokhumi', 'South Ossetia',
    'Tskhinvali', 'Adjara', 'Ajaria', 'Pankisi', 'Kodori', 'Poti'],
  // Provinces and towns
  AM: ['Gyumri', 'Vanadzor', 'Syunik', 'Goris', 'Kapan', 'Jermuk', 'Vardenis', 'Tavush', 'Sotk', 'Meghri', 'Ijevan',
    'Gegharkunik', 'Ararat province'],
  // Cities; Nagorno-Karabakh and its towns under AZ
  AZ: ['Ganja', 'Sumgait', 'Sumqayit', 'Mingachevir', 'Nakhchivan', 'Nakhichevan', 'Nagorno-Karabakh',
    'Nagorno Karabakh', 'Karabakh', 'Stepanakert', 'Khankendi', 'Shusha', 'Shushi', 'Lachin', 'Lachin corridor',
    'Kalbajar', 'Agdam', 'Aghdam', 'Fuzuli', 'Jabrayil', 'Zangilan', 'Gubadli', 'Khojaly', 'Martakert', 'Aghdara',
    'Terter', 'Barda', 'Hadrut', 'Khojavend', 'Martuni', 'Artsakh', 'Lankaran', 'Shirvan'],
  // Provinces and cities, the south-east and the Syrian border
  TR: ['Istanbul', 'Izmir', 'Bursa', 'Konya', 'Antalya', 'Kayseri', 'Eskisehir', 'Samsun', 'Trabzon', 'Erzurum',
    'Elazig', 'Tunceli', 'Bingol', 'Bitlis', 'Siirt', 'Sakarya', 'Kocaeli', 'Izmit', 'Denizli', 'Manisa',
    'Balikesir', 'Tekirdag', 'Edirne', 'Incirlik', 'Mardin', 'Sirnak', 'Şırnak', 'Hakkari', 'Diyarbakir',
    'Diyarbakır', 'Cizre', 'Nusaybin', 'Silopi', 'Gaziantep', 'Antep', 'Sanliurfa', 'Şanlıurfa', 'Urfa', 'Kilis',
    'Hatay', 'Antakya', 'Iskenderun', 'Kahramanmaras', 'Kahramanmaraş', 'Adana', 'Mersin', 'Malatya', 'Adiyaman',
    'Adıyaman', 'Osmaniye', 'Akcakale', 'Ceylanpinar', 'Suruc', 'Yuksekova', 'Dersim', 'Bosphorus', 'Dardanelles',
    'Van province', 'Lake Van'],
  // Governorates, cities and towns; the Kurdistan Region
  IQ: ['Mosul', 'Nineveh', 'Ninawa', 'Sinjar', 'Shingal', 'Tal Afar', 'Erbil', 'Irbil', 'Arbil', 'Sulaymaniyah',
    'Sulaimaniyah', 'Slemani', 'Duhok', 'Dohuk', 'Dahuk', 'Kirkuk', 'Tikrit', 'Samarra', 'Baiji', 'Beiji',
    'Salahuddin', 'Salah al-Din', 'Salahaddin', 'Anbar', 'Al Anbar', 'Ramadi', 'Fallujah', 'Falluja', 'Haditha',
    'Rutba', 'Al-Qaim', 'Al Qaim', 'Anah', 'Diyala', 'Baqubah', 'Baquba', 'Khanaqin', 'Muqdadiyah', 'Jalawla',
    'Tuz Khurmatu', 'Hawija', 'Basra', 'Basrah', 'Umm Qasr', 'Nasiriyah', 'Nassiriya', 'Dhi Qar', 'Amarah', 'Maysan',
    'Kut', 'Wasit', 'Diwaniyah', 'Najaf', 'Karbala', 'Kerbala', 'Hillah', 'Hilla', 'Babil', 'Samawa', 'Samawah',
    'Muthanna', 'Qadisiyah', 'Ain al-Asad', 'Ain al-Assad', 'Balad', 'Taji', 'Abu Ghraib', 'Sadr City', 'Kadhimiya',
    'Adhamiya', 'Jurf al-Sakhar', 'Makhmour', 'Qaraqosh', 'Bakhdida', 'Bartella', 'Halabja', 'Zakho',
    'Kurdistan Region', 'Iraqi Kurdistan', 'Harir', 'Koya', 'Penjwen', 'Qandil', 'Al-Asad'],
  // Provinces, cities and nuclear and military sites
  IR: ['Isfahan', 'Esfahan', 'Mashhad', 'Shiraz', 'Tabriz', 'Karaj', 'Qom', 'Ahvaz', 'Ahwaz', 'Kermanshah', 'Urmia',
    'Orumiyeh', 'Rasht', 'Zahedan', 'Kerman', 'Hamadan', 'Yazd', 'Ardabil', 'Bandar Abbas', 'Arak', 'Zanjan',
    'Sanandaj', 'Qazvin', 'Khorramabad', 'Gorgan', 'Bushehr', 'Bojnurd', 'Birjand', 'Ilam', 'Semnan', 'Yasuj',
    'Shahr-e Kord', 'Natanz', 'Fordow', 'Fordo', 'Parchin', 'Khuzestan', 'Sistan and Baluchestan',
    'Sistan-Baluchestan', 'Lorestan', 'Mahabad', 'Piranshahr', 'Saqqez', 'Javanrud', 'Bukan', 'Chabahar', 'Abadan',
    'Khorramshahr', 'Dezful', 'Izeh', 'Mahshahr', 'Jask', 'Khorasan', 'Razavi Khorasan', 'Gilan', 'Mazandaran',
    'Golestan', 'Hormozgan', 'Kharg Island', 'Qeshm', 'Khomein', 'East Azerbaijan', 'West Azerbaijan',
    'Kurdistan province', 'Shahroud', 'Khondab'],
  // Regions, cities and oil sites
  SA: ['Jeddah', 'Jiddah', 'Mecca', 'Makkah', 'Medina', 'Madinah', 'Dammam', 'Dhahran', 'Khobar', 'Al Khobar',
    'Taif', 'Tabuk', 'Abha', 'Jizan', 'Jazan', 'Najran', 'Khamis Mushait', 'Buraidah', "Ha'il", 'Abqaiq', 'Khurais',
    'Ras Tanura', 'Yanbu', 'Qatif', 'Jubail', 'Hofuf', 'Asir', 'Al-Kharj', 'Prince Sultan Air Base'],
  // Cities and refugee camps
  JO: ['Zarqa', 'Irbid', 'Aqaba', 'Mafraq', 'Zaatari', "Za'atari", 'Azraq', 'Russeifa', "Ma'an", 'Karak'],
  // Governorates, cities and Sinai
  EG: ['Alexandria', 'Giza', 'Port Said', 'Suez', 'Ismailia', 'Luxor', 'Aswan', 'Mansoura', 'Tanta', 'Zagazig',
    'Asyut', 'Assiut', 'Minya', 'Sohag', 'Faiyum', 'Fayoum', 'Beni Suef', 'Damietta', 'Hurghada', 'Sharm el-Sheikh',
    'Sharm El Sheikh', 'Sinai', 'North Sinai', 'South Sinai', 'Sinai Peninsula', 'El Arish', 'Al-Arish', 'Arish',
    'Sheikh Zuweid', 'Bir al-Abd', 'Shubra El Kheima', 'Mahalla', 'Qena', 'Nuweiba', 'Taba', 'Kafr el-Sheikh',
    'Suez Canal'],
  // Regions and cities
  LY: ['Benghazi', 'Misrata', 'Misurata', 'Sirte', 'Derna', 'Darna', 'Tobruk', 'Sabha', 'Sebha', 'Zawiya', 'Zawiyah',
    'Zintan', 'Gharyan', 'Tarhuna', 'Tarhunah', 'Bani Walid', 'Ajdabiya', 'Ras Lanuf', 'Brega', 'Kufra', 'Ubari',
    'Murzuq', 'Zuwara', 'Sabratha', 'Jufra', 'Cyrenaica', 'Fezzan', 'Tripolitania', 'Mitiga', 'Khoms', 'Al Khums',
    'Es Sider'],
  // Cities and provinces
  DZ: ['Oran', 'Annaba', 'Blida', 'Batna', 'Setif', 'Sétif', 'Sidi Bel Abbes', 'Biskra', 'Tebessa', 'Tlemcen',
    'Bejaia', 'Tizi Ouzou', 'Ghardaia', 'Ouargla', 'Tamanrasset', 'In Amenas', 'Djelfa', 'Chlef', 'Skikda',
    'Tindouf', 'Kabylie', 'Kabylia'],
  // Cities
  MA: ['Casablanca', 'Marrakesh', 'Marrakech', 'Fez', 'Tangier', 'Meknes', 'Agadir', 'Oujda', 'Kenitra', 'Tetouan',
    'Nador', 'Al Hoceima'],
  // Western Sahara (its own ISO code)
  EH: ['Western Sahara', 'Laayoune', 'Dakhla', 'Smara', 'Guerguerat'],
  // Cities
  TN: ['Sfax', 'Sousse', 'Kairouan', 'Bizerte', 'Gabes', 'Gafsa', 'Kasserine', 'Ben Guerdane', 'Sidi Bouzid',
    'Medenine', 'Tataouine', 'Djerba'],
  // States and towns
  SS: ['Malakal', 'Bor', 'Wau', 'Bentiu', 'Rumbek', 'Yei', 'Aweil', 'Torit', 'Yambio', 'Renk', 'Kuajok', 'Pibor',
    'Akobo', 'Upper Nile', 'Unity State', 'Jonglei', 'Equatoria', 'Western Equatoria', 'Central Equatoria',
    'Eastern Equatoria', 'Warrap', 'Lakes State', 'Bahr el Ghazal', 'Mundri', 'Kajo Keji', 'Nimule', 'Ruweng',
    'Ulang'],
  // Regions and the towns that reporting on Tigray, Amhara and Oromia names
  ET: ['Tigray', 'Mekelle', 'Mekele', 'Makelle', 'Adigrat', 'Axum', 'Aksum', 'Adwa', 'Humera', 'Alamata', 'Korem',
    'Maychew', 'Amhara', 'Gondar', 'Gonder', 'Bahir Dar', 'Dessie', 'Kombolcha', 'Lalibela', 'Debre Markos',
    'Debre Birhan', 'Debre Berhan', 'Debre Tabor', 'Woldia', 'Weldiya', 'Shewa Robit', 'Oromia', 'Jimma', 'Nekemte',
    'Shashemene', 'Dembi Dollo', 'Gimbi', 'Wollega', 'Welega', 'Bishoftu', 'Hawassa', 'Awassa', 'Sidama',
    'Dire Dawa', 'Harar', 'Jijiga', 'Somali region', 'Afar region', 'Benishangul-Gumuz', 'Benishangul', 'Metekel',
    'Gambella', 'Welkait', 'Wolkait', 'Western Tigray', 'Abala', 'Semera', 'Kobo', 'Sekota', 'Dabat', 'Metema',
    'Gojjam', 'Wollo', 'Arba Minch', 'Raya Alamata', 'Mai Kadra', 'Tembien', 'Ogaden'],
  // Cities and towns
  ER: ['Massawa', 'Assab', 'Barentu', 'Tesseney', 'Teseney', 'Nakfa'],
  // Regions, cities and towns; Somaliland and Puntland stay SO
  SO: ['Kismayo', 'Kismaayo', 'Baidoa', 'Beledweyne', 'Beledweyn', 'Beletweyne', 'Galkayo', 'Gaalkacyo', 'Bosaso',
    'Bosaaso', 'Garowe', 'Hargeisa', 'Berbera', 'Burao', 'Las Anod', 'Laascaanood', 'Jowhar', 'Afgooye', 'Afgoye',
    'Merca', 'Barawe', 'Jilib', 'Jamame', 'Bardhere', 'Dhusamareb', 'Adado', 'Hobyo', 'Harardhere', 'Eyl', 'El Buur',
    'Beledhawo', 'Dolow', 'Doolow', 'Luuq', 'Galmudug', 'Puntland', 'Jubaland', 'Somaliland', 'Hiiraan',
    'Lower Shabelle', 'Middle Shabelle', 'Shabelle', 'Gedo', 'Bakool', 'Mudug', 'Galgaduud', 'Lower Juba',
    'Middle Juba', 'Sanaag', 'Sool', 'Bulo Burte', 'Wanlaweyn', 'Qoryoley', 'Janaale', 'Elasha Biyaha', 'Baledogle',
    'Kahda'],
  // Cities, counties and camps
  KE: ['Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Garissa', 'Mandera', 'Wajir', 'Lamu', 'Dadaab', 'Kakuma',
    'Marsabit', 'Isiolo', 'Turkana', 'Baringo', 'West Pokot', 'Thika', 'Malindi', 'Kilifi', 'Machakos', 'Nyeri',
    'Kericho', 'Kitale', 'Lodwar', 'Mpeketoni', 'Kibera', 'Eastleigh', 'Kiambu', 'Ruiru', 'Kajiado'],
  // Cities, districts and settlements
  UG: ['Gulu', 'Mbarara', 'Jinja', 'Kasese', 'Arua', 'Kitgum', 'Mbale', 'Entebbe', 'Fort Portal', 'Bundibugyo',
    'Kisoro', 'Moroto', 'Karamoja', 'Nakivale', 'Bidibidi', 'Kyangwali', 'Adjumani', 'Mpondwe', 'Kyaka',
    'Nakasongola', 'Wakiso', 'Mukono'],
  // Provinces, cities, territories and camps in the east and beyond
  CD: ['Goma', 'Bukavu', 'Beni', 'Butembo', 'Bunia', 'Uvira', 'Rutshuru', 'Masisi', 'Minova', 'Kiwanja', 'Bunagana',
    'Kitchanga', 'Mushaki', 'Rubaya', 'Kalehe', 'Kamanyola', 'Walikale', 'Lubero', 'Kanyabayonga', 'Djugu', 'Mahagi',
    'Irumu', 'Mambasa', 'Fizi', 'Kalemie', 'Kindu', 'Kisangani', 'Lubumbashi', 'Kolwezi', 'Likasi', 'Mbuji-Mayi',
    'Kananga', 'Tshikapa', 'Mbandaka', 'Matadi', 'Kikwit', 'Bandundu', 'Kasai', 'Kasai-Central', 'Katanga',
    'Haut-Katanga', 'North Kivu', 'South Kivu', 'Kivu', 'Ituri', 'Maniema', 'Tshopo', 'Kwilu', 'Kwango',
    'Mai-Ndombe', 'Nyiragongo', 'Virunga', 'Kibumba', 'Bulengo', 'Kavumu', 'Pinga', 'Kirumba', 'Nyiragongo volcano',
    'Mugunga', 'Lushagala', 'Rwindi', 'Kalehe territory', 'Shabunda', 'Mwenga', 'Idjwi', 'Luhihi', 'Kabare',
    'Walungu', 'Nyangezi', 'Kamituga', 'Mulenge', 'Minembwe', 'Haut-Uele', 'Bas-Uele', 'Sud-Kivu', 'Nord-Kivu',
    'Kongo Central', 'Lualaba', 'Tanganyika province'],
  // Cities and districts
  RW: ['Gisenyi', 'Rubavu', 'Butare', 'Huye', 'Musanze', 'Ruhengeri', 'Cyangugu', 'Rusizi', 'Kibuye', 'Nyamata',
    'Muhanga', 'Byumba'],
  // Provinces and towns
  BI: ['Cibitoke', 'Bubanza', 'Rumonge', 'Muyinga', 'Kirundo', 'Makamba'],
  // Prefectures and towns
  CF: ['Bambari', 'Bria', 'Bangassou', 'Berberati', 'Bossangoa', 'Kaga-Bandoro', 'Ndele', 'Ndélé', 'Birao', 'Bouar',
    'Paoua', 'Zemio', 'Bozoum', 'Alindao', 'Mobaye', 'Haute-Kotto', 'Ouham', 'Vakaga', 'Bocaranga'],
  // Cities, provinces and the eastern camps
  TD: ['Abeche', 'Abéché', 'Moundou', 'Sarh', 'Adre', 'Adré', 'Farchana', 'Faya-Largeau', 'Am Timan', 'Goz Beida',
    'Iriba', 'Tibesti', 'Ennedi', 'Ouaddai', 'Ouaddaï', 'Metche'],
  // Cities, regions and the Anglophone and Far North areas
  CM: ['Douala', 'Bamenda', 'Buea', 'Maroua', 'Garoua', 'Ngaoundere', 'Ngaoundéré', 'Bafoussam', 'Kumba', 'Kolofata',
    'Kousseri', 'Far North region', 'Ambazonia', 'Limbe', 'Mokolo', 'Mayo-Tsanaga'],
  // States, cities and the north-east's towns
  NG: ['Lagos', 'Kano', 'Ibadan', 'Port Harcourt', 'Benin City', 'Kaduna', 'Maiduguri', 'Zaria', 'Borno', 'Yobe',
    'Adamawa', 'Bauchi', 'Gombe', 'Taraba', 'Plateau State', 'Benue', 'Zamfara', 'Katsina', 'Sokoto', 'Kebbi',
    'Kogi', 'Kwara', 'Nasarawa', 'Rivers State', 'Delta State', 'Bayelsa', 'Anambra', 'Imo State', 'Enugu', 'Ebonyi',
    'Abia', 'Cross River', 'Akwa Ibom', 'Ondo', 'Ekiti', 'Osun', 'Ogun', 'Oyo', 'Edo', 'Jigawa', 'Bama', 'Gwoza',
    'Monguno', 'Dikwa', 'Damboa', 'Konduga', 'Chibok', 'Dapchi', 'Baga', 'Malam Fatori', 'Gubio', 'Kukawa',
    'Damasak', 'Jos', 'Makurdi', 'Yola', 'Mubi', 'Potiskum', 'Damaturu', 'Bokkos', 'Mangu', 'Barkin Ladi', 'Ilorin',
    'Onitsha', 'Owerri', 'Uyo', 'Calabar', 'Warri', 'Abeokuta', 'Akure', 'Oshogbo', 'Osogbo', 'Lokoja',
    'Birnin Kebbi', 'Gusau', 'Dutse', 'Lafia', 'Jalingo', 'Kafanchan', 'Southern Kaduna', 'Ogoniland', 'Niger Delta',
    'Sambisa', 'Sambisa Forest', 'Owo', 'Ikeja', 'Kuriga', 'Kankara', 'Jangebe', 'Tsafe', 'Maru', 'Bukkuyum',
    'Shiroro', 'Kagara', 'Kajuru', 'Yelwata', 'Agatu', 'Guma', 'Ukum'],
  // Regions and towns
  NE: ['Zinder', 'Maradi', 'Agadez', 'Tahoua', 'Tillaberi', 'Tillabéri', 'Diffa', 'Dosso', 'Arlit', 'Ouallam',
    'Bosso', 'Ayorou', 'Inates', 'Chinagodrar', 'Banibangou', 'Tassia', 'Makalondi', 'Torodi', 'Assamaka'],
  // Regions, cities and towns
  ML: ['Timbuktu', 'Tombouctou', 'Kidal', 'Mopti', 'Segou', 'Ségou', 'Sikasso', 'Kayes', 'Sevare', 'Sévaré',
    'Menaka', 'Ménaka', 'Tessalit', 'Ansongo', 'Djenne', 'Djenné', 'Niono', 'Bandiagara', 'Bankass', 'Koulikoro',
    'Douentza', 'Tinzaouaten', 'Tin Zaouatene', 'Anefis', 'Moura', 'Diafarabe', 'Azawad', 'Gao region', 'Boulkessi',
    'Diallassagou', 'Nioro du Sahel', 'Kolokani', 'Nampala', 'Lere', 'Léré', 'Dioura', 'Tarkint', 'Aguelhok',
    'Aguelhoc', 'Intahaka'],
  // Regions and towns
  BF: ['Bobo-Dioulasso', 'Koudougou', 'Ouahigouya', 'Djibo', "Fada N'Gourma", 'Barsalogho', 'Solenzo', 'Arbinda',
    'Gorom-Gorom', 'Seytenga', 'Titao', 'Tenkodogo', 'Banfora', 'Kongoussi', 'Sebba', 'Diapaga', 'Mansila', 'Nouna',
    'Bourzanga', 'Solhan', 'Thiou', 'Tougan', 'Dedougou', 'Boucle du Mouhoun', 'Centre-Nord'],
  // Provinces and the Cabo Delgado towns
  MZ: ['Cabo Delgado', 'Cape Delgado', 'Mocimboa da Praia', 'Mocímboa da Praia', 'Macomia', 'Mueda', 'Quissanga',
    'Ancuabe', 'Meluco', 'Muidumbe', 'Montepuez', 'Chiure', 'Nampula', 'Niassa', 'Beira', 'Nacala', 'Quelimane',
    'Tete', 'Chimoio', 'Matola', 'Sofala', 'Manica', 'Zambezia', 'Inhambane', 'Afungi', 'Metuge', 'Mucojo', 'Nangade'],
  // Departments, communes and the capital's neighbourhoods
  HT: ['Cap-Haitien', 'Cap-Haïtien', 'Gonaives', 'Gonaïves', 'Les Cayes', 'Jacmel', 'Jeremie', 'Jérémie', 'Hinche',
    'Saint-Marc', 'Mirebalais', 'Petion-Ville', 'Pétion-Ville', 'Cite Soleil', 'Cité Soleil', 'Martissant',
    'Croix-des-Bouquets', 'Tabarre', 'Artibonite', 'Kenscoff', 'Pont-Sonde', 'Solino', 'Ganthier', 'Arcahaie',
    'Petit-Goave', 'Léogâne', 'Leogane', 'Centre department', 'Ouest department'],
  // Cities and departments
  CO: ['Medellin', 'Medellín', 'Cali', 'Barranquilla', 'Cartagena', 'Cucuta', 'Cúcuta', 'Bucaramanga', 'Ibague',
    'Ibagué', 'Santa Marta', 'Villavicencio', 'Manizales', 'Pasto', 'Neiva', 'Soacha', 'Monteria', 'Montería',
    'Valledupar', 'Popayan', 'Popayán', 'Buenaventura', 'Tumaco', 'Catatumbo', 'Cauca', 'Antioquia', 'Choco',
    'Chocó', 'Narino', 'Nariño', 'Arauca', 'Putumayo', 'Caqueta', 'Caquetá', 'Guaviare', 'Norte de Santander',
    'Tibu', 'Tibú', 'Bogotá'],
  // Cities and states, the cartel states included
  MX: ['Tabasco', 'Morelos', 'Guadalajara', 'Monterrey', 'Puebla', 'Tijuana', 'Ciudad Juarez', 'Ciudad Juárez',
    'Zapopan', 'Culiacan', 'Culiacán', 'Sinaloa', 'Sonora', 'Chihuahua', 'Tamaulipas', 'Reynosa', 'Matamoros',
    'Nuevo Laredo', 'Michoacan', 'Michoacán', 'Guerrero state', 'Acapulco', 'Chilpancingo', 'Jalisco', 'Guanajuato',
    'Celaya', 'Irapuato', 'Zacatecas', 'Veracruz', 'Oaxaca', 'Chiapas', 'Cuernavaca', 'Colima', 'Manzanillo',
    'Mazatlan', 'Mazatlán', 'Hermosillo', 'Mexicali', 'Ensenada', 'Cancun', 'Cancún', 'Toluca', 'Queretaro',
    'Querétaro', 'San Luis Potosi', 'San Luis Potosí', 'Aguascalientes', 'Saltillo', 'Torreon', 'Torreón', 'Durango',
    'Tepic', 'Morelia', 'Uruapan', 'Apatzingan', 'Apatzingán', 'Tierra Caliente', 'Baja California', 'Quintana Roo',
    'Ecatepec', 'Nezahualcoyotl', 'Nuevo Leon', 'Nuevo León', 'Coahuila', 'Ciudad Obregon', 'Los Mochis',
    'Tapachula', 'Ayotzinapa', 'Iguala'],
  // Cities and states
  VE: ['Maracaibo', 'Barquisimeto', 'Maracay', 'Ciudad Guayana', 'Maturin', 'Maturín', 'Ciudad Bolivar',
    'Ciudad Bolívar', 'Cumana', 'Cumaná', 'Zulia', 'Tachira', 'Táchira', 'Apure', 'Puerto Ayacucho', 'Petare',
    'San Cristobal', 'San Cristóbal', 'Barinas', 'Puerto La Cruz', 'Carabobo'],
  // Guyana; Essequibo is administered by Guyana
  GY: ['Essequibo'],
  // Cities and the south
  RS: ['Novi Sad', 'Niš', 'Kragujevac', 'Subotica', 'Vojvodina', 'Presevo', 'Preševo', 'Bujanovac', 'Raska', 'Raška'],
  // Cities and the Serb-majority north
  XK: ['Prizren', 'Peja', 'Peć', 'Gjakova', 'Djakovica', 'Mitrovica', 'North Mitrovica', 'Zvecan', 'Zvečan',
    'Leposavic', 'Leposavić', 'Zubin Potok', 'Banjska', 'Gjilan', 'Ferizaj', 'Racak', 'Račak', 'Gracanica',
    'Gračanica', 'Jarinje'],
  // Cities and towns
  BA: ['Banja Luka', 'Tuzla', 'Zenica', 'Mostar', 'Srebrenica', 'Bihac', 'Bihać', 'Republika Srpska', 'Brcko',
    'Brčko', 'Prijedor', 'Foca', 'Foča', 'Visegrad', 'Višegrad', 'Gorazde', 'Goražde', 'Bijeljina', 'Zepa', 'Žepa',
    'Potocari', 'Potočari'],
  // Cities
  HR: ['Rijeka', 'Osijek', 'Vukovar', 'Knin', 'Dubrovnik', 'Zadar'],
  // Cities
  ME: ['Niksic', 'Nikšić', 'Herceg Novi'],
  // Cities
  MK: ['Bitola', 'Kumanovo', 'Tetovo', 'Ohrid'],
  // Cities
  AL: ['Durres', 'Durrës', 'Vlore', 'Vlora', 'Shkoder', 'Shkodra', 'Elbasan'],
  // Provinces, cities, districts and bases
  AF: ['Kandahar', 'Herat', 'Mazar-i-Sharif', 'Mazar-e-Sharif', 'Mazar-e Sharif', 'Jalalabad', 'Kunduz',
    'Lashkar Gah', 'Helmand', 'Ghazni', 'Khost', 'Kunar', 'Nangarhar', 'Paktia', 'Paktika', 'Badakhshan', 'Panjshir',
    'Bamiyan', 'Baghlan', 'Pul-e-Khumri', 'Takhar', 'Taloqan', 'Balkh', 'Jawzjan', 'Sheberghan', 'Faryab', 'Maimana',
    'Badghis', 'Farah province', 'Nimroz', 'Zaranj', 'Uruzgan', 'Oruzgan', 'Tarin Kot', 'Zabul', 'Ghor', 'Daykundi',
    'Logar', 'Wardak', 'Parwan', 'Bagram', 'Kapisa', 'Laghman', 'Nuristan', 'Samangan', 'Sar-e Pul', 'Spin Boldak',
    'Sangin', 'Musa Qala', 'Marjah', 'Tora Bora', 'Wakhan', 'Islam Qala', 'Torghundi'],
  // Provinces, cities, the north-west and Pakistani-administered Kashmir
  PK: ['Karachi', 'Lahore', 'Faisalabad', 'Rawalpindi', 'Gujranwala', 'Peshawar', 'Multan', 'Quetta', 'Sialkot',
    'Bahawalpur', 'Sargodha', 'Sukkur', 'Larkana', 'Abbottabad', 'Mardan', 'Muzaffarabad', 'Azad Kashmir',
    'Azad Jammu and Kashmir', 'Pakistan-administered Kashmir', 'Pakistani-administered Kashmir', 'Gilgit',
    'Gilgit-Baltistan', 'Skardu', 'Khyber Pakhtunkhwa', 'Waziristan', 'North Waziristan', 'South Waziristan',
    'Miranshah', 'Miran Shah', 'Mir Ali', 'Wana', 'Bannu', 'Dera Ismail Khan', 'Lakki Marwat', 'Kurram',
    'Parachinar', 'Bajaur', 'Khyber', 'Mohmand', 'Orakzai', 'Tirah', 'Swat Valley', 'Chitral', 'Malakand', 'Kohat',
    'Zhob', 'Balochistan', 'Baluchistan', 'Gwadar', 'Turbat', 'Panjgur', 'Kech', 'Mastung', 'Khuzdar', 'Sibi',
    'Chaman', 'Noshki', 'Kalat', 'Sindh', 'Muridke', 'Bahawalnagar', 'Kotli', 'Bhimber', 'Mirpur', 'Neelum Valley',
    'Jacobabad', 'Dera Ghazi Khan', 'Bolan', 'Kachhi', 'Bisham', 'Shangla', 'Dera Bugti', 'Kharan', 'Awaran',
    'Chagai'],
  // States, cities, Indian-administered Kashmir and the north-east (Hyderabad IN/PK and Punjab IN/PK left out: both sides' are as often in the news)
  IN: ['Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bengaluru', 'Bangalore', 'Ahmedabad', 'Pune',
    'Surat', 'Jaipur', 'Lucknow', 'Kanpur', 'Nagpur', 'Indore', 'Thane', 'Bhopal', 'Visakhapatnam', 'Patna',
    'Vadodara', 'Ghaziabad', 'Ludhiana', 'Agra', 'Nashik', 'Faridabad', 'Meerut', 'Rajkot', 'Varanasi', 'Srinagar',
    'Amritsar', 'Allahabad', 'Prayagraj', 'Ranchi', 'Coimbatore', 'Jabalpur', 'Gwalior', 'Vijayawada', 'Jodhpur',
    'Madurai', 'Raipur', 'Guwahati', 'Chandigarh', 'Mysuru', 'Mysore', 'Thiruvananthapuram', 'Kochi', 'Bhubaneswar',
    'Dehradun', 'Noida', 'Gurugram', 'Gurgaon', 'Jammu', 'Jammu and Kashmir', 'Indian-administered Kashmir',
    'Indian-controlled Kashmir', 'Kashmir Valley', 'Anantnag', 'Baramulla', 'Kupwara', 'Pulwama', 'Shopian',
    'Kulgam', 'Sopore', 'Rajouri', 'Kathua', 'Doda', 'Kishtwar', 'Pahalgam', 'Gulmarg', 'Ladakh', 'Leh', 'Kargil',
    'Siachen', 'Manipur', 'Imphal', 'Churachandpur', 'Moreh', 'Jiribam', 'Kangpokpi', 'Nagaland', 'Mizoram',
    'Aizawl', 'Assam', 'Arunachal Pradesh', 'Tawang', 'Meghalaya', 'Tripura', 'Sikkim', 'Chhattisgarh', 'Bastar',
    'Sukma', 'Dantewada', 'Bijapur', 'Jharkhand', 'Odisha', 'Bihar', 'Uttar Pradesh', 'Madhya Pradesh',
    'Maharashtra', 'Gujarat', 'Rajasthan', 'Haryana', 'Himachal Pradesh', 'Uttarakhand', 'West Bengal', 'Tamil Nadu',
    'Kerala', 'Karnataka', 'Andhra Pradesh', 'Telangana', 'Goa', 'Pathankot', 'Pokhran', 'Ferozepur', 'Gurdaspur',
    'Jaisalmer', 'Barmer', 'Bathinda', 'Ambala', 'Adampur', 'Awantipora', 'Uri sector', 'Poonch district', 'Kohima',
    'Dimapur', 'Shillong', 'Agartala', 'Gangtok', 'Itanagar', 'Kutch', 'Bhuj'],
  // Divisions, cities and the Rohingya camps
  BD: ['Chittagong', 'Chattogram', 'Khulna', 'Rajshahi', 'Sylhet', "Cox's Bazar", 'Kutupalong', 'Bhasan Char',
    'Rangpur', 'Mymensingh', 'Barisal', 'Barishal', 'Comilla', 'Cumilla', 'Gazipur', 'Narayanganj', 'Teknaf',
    'Ukhia', 'Chittagong Hill Tracts', 'Bandarban', 'Rangamati', 'Khagrachari', 'Balukhali'],
  // Cities and districts
  LK: ['Jaffna', 'Kandy', 'Trincomalee', 'Batticaloa', 'Galle', 'Mullaitivu', 'Kilinochchi', 'Vavuniya', 'Negombo',
    'Hambantota', 'Anuradhapura', 'Mannar', 'Ampara'],
  // Cities
  NP: ['Pokhara', 'Biratnagar', 'Lalitpur', 'Birgunj'],
  // States, regions, towns and the border areas
  MM: ['Yangon', 'Rangoon', 'Mandalay', 'Naypyitaw', 'Nay Pyi Taw', 'Rakhine', 'Arakan', 'Sittwe', 'Maungdaw',
    'Buthidaung', 'Kyaukphyu', 'Paletwa', 'Chin State', 'Kachin', 'Kachin State', 'Myitkyina', 'Bhamo', 'Shan State',
    'Northern Shan', 'Lashio', 'Laukkai', 'Laukkaing', 'Kokang', 'Chinshwehaw', 'Hsenwi', 'Kutkai', 'Namhsan',
    'Mogok', 'Kyaukme', 'Hsipaw', 'Taunggyi', 'Karen State', 'Kayin', 'Karenni', 'Kayah', 'Loikaw', 'Demoso',
    'Hpa-an', 'Myawaddy', 'Mon State', 'Mawlamyine', 'Dawei', 'Tanintharyi', 'Sagaing', 'Magway', 'Bago',
    'Ayeyarwady', 'Monywa', 'Kalay', 'Tamu', 'Pathein', 'Pyay', 'Hpakant', 'Myingyan', 'Falam', 'Hakha', 'Mindat',
    'Tedim', 'Thandaunggyi', 'Kawkareik', 'Wa State', 'Pangkham', 'Thabeikkyin', 'Kyaukse', 'Pyin Oo Lwin',
    'Mrauk-U', 'Kyauktaw', 'Minbya', 'Ponnagyun', 'Rathedaung', 'Gwa', 'Thandwe', 'Toungoo', 'Taungoo', 'Hpruso',
    'Pekon', 'Moebye'],
  // Cities and the deep south
  TH: ['Pattani', 'Yala', 'Narathiwat', 'Songkhla', 'Hat Yai', 'Sungai Kolok', 'Sungai Golok', 'Chiang Mai',
    'Chiang Rai', 'Nakhon Ratchasima', 'Korat', 'Khon Kaen', 'Udon Thani', 'Phuket', 'Pattaya', 'Mae Sot', 'Sisaket',
    'Si Sa Ket', 'Ubon Ratchathani', 'Nonthaburi', 'Surin province', 'Buriram', 'Trat'],
  // Cities and border provinces
  KH: ['Siem Reap', 'Battambang', 'Sihanoukville', 'Preah Vihear', 'Poipet', 'Oddar Meanchey', 'Banteay Meanchey'],
  // Cities
  LA: ['Luang Prabang', 'Savannakhet', 'Pakse'],
  // Cities
  VN: ['Ho Chi Minh City', 'Saigon', 'Da Nang', 'Danang', 'Haiphong', 'Hai Phong', 'Can Tho', 'Nha Trang', 'Bien Hoa'],
  // States and cities
  MY: ['Johor Bahru', 'Penang', 'Ipoh', 'Kuching', 'Kota Kinabalu', 'Sabah', 'Sarawak', 'Shah Alam', 'Petaling Jaya',
    'Johor'],
  // Provinces, cities and Papua
  ID: ['Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Tangerang', 'Depok', 'Bekasi',
    'Yogyakarta', 'Denpasar', 'Bali', 'Aceh', 'Banda Aceh', 'Papua', 'West Papua', 'Jayapura', 'Timika', 'Wamena',
    'Nduga', 'Intan Jaya', 'Sulawesi', 'Poso', 'Ambon', 'Maluku', 'Sumatra', 'Kalimantan', 'Lombok', 'Batam',
    'Padang', 'Pekanbaru', 'Malang', 'Balikpapan', 'Manado', 'Samarinda', 'Bogor', 'Central Java', 'East Java',
    'West Java'],
  // Cities, provinces and Mindanao
  PH: ['Quezon City', 'Davao', 'Davao City', 'Cebu', 'Cebu City', 'Zamboanga', 'Zamboanga City', 'Marawi',
    'Mindanao', 'Sulu', 'Jolo', 'Basilan', 'Maguindanao', 'Cotabato', 'Lanao del Sur', 'Lanao del Norte',
    'Sultan Kudarat', 'Bangsamoro', 'Iligan', 'Cagayan de Oro', 'Caloocan', 'Taguig', 'Pasig', 'Makati', 'Antipolo',
    'Bacolod', 'Iloilo', 'Tawi-Tawi', 'Leyte', 'Tacloban', 'Palawan', 'Luzon', 'Visayas', 'Subic Bay', 'Batanes',
    'Cagayan'],
  // Provinces, major cities, Xinjiang and Tibet
  CN: ['Shanghai', 'Guangzhou', 'Shenzhen', 'Chongqing', 'Tianjin', 'Wuhan', 'Chengdu', 'Nanjing', 'Hangzhou',
    "Xi'an", 'Shenyang', 'Harbin', 'Dalian', 'Qingdao', 'Jinan', 'Zhengzhou', 'Changsha', 'Kunming', 'Urumqi',
    'Xinjiang', 'Kashgar', 'Hotan', 'Khotan', 'Yarkand', 'Ghulja', 'Yining', 'Turpan', 'Karamay', 'Tibet', 'Lhasa',
    'Shigatse', 'Inner Mongolia', 'Hohhot', 'Ningxia', 'Yinchuan', 'Gansu', 'Lanzhou', 'Qinghai', 'Xining',
    'Guangxi', 'Nanning', 'Guizhou', 'Guiyang', 'Yunnan', 'Sichuan', 'Hubei', 'Hunan', 'Henan', 'Hebei', 'Shandong',
    'Shanxi', 'Shaanxi', 'Jiangsu', 'Zhejiang', 'Fujian', 'Fuzhou', 'Xiamen', 'Jiangxi', 'Nanchang', 'Anhui',
    'Hefei', 'Guangdong', 'Hainan', 'Haikou', 'Liaoning', 'Jilin', 'Changchun', 'Heilongjiang', 'Suzhou', 'Dongguan',
    'Foshan', 'Ningbo', 'Wenzhou', 'Shijiazhuang', 'Taiyuan', 'Tangshan', 'Xuzhou', 'Zhuhai', 'Shantou', 'Lop Nur'],
  // Hong Kong (its own ISO code)
  HK: ['Hong Kong', 'Kowloon'],
  // Macau (its own ISO code)
  MO: ['Macau', 'Macao'],
  // Cities and outlying islands
  TW: ['Kaohsiung', 'Taichung', 'Tainan', 'Taoyuan', 'Hsinchu', 'Keelung', 'Hualien', 'Kinmen', 'Matsu Islands',
    'Penghu', 'New Taipei', 'Pingtung', 'Yilan', 'Taitung'],
  // Cities and prefectures
  JP: ['Osaka', 'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Kyoto', 'Saitama', 'Hiroshima', 'Sendai', 'Chiba',
    'Kitakyushu', 'Niigata', 'Hamamatsu', 'Kumamoto', 'Okayama', 'Shizuoka', 'Kagoshima', 'Okinawa', 'Naha',
    'Nagasaki', 'Fukushima', 'Hokkaido', 'Kyushu', 'Honshu', 'Yokosuka', 'Sasebo', 'Iwakuni', 'Misawa', 'Yonaguni'],
  // Cities and regions
  KZ: ['Almaty', 'Shymkent', 'Karaganda', 'Aktobe', 'Pavlodar', 'Ust-Kamenogorsk', 'Oskemen', 'Semey', 'Taraz',
    'Atyrau', 'Aktau', 'Zhanaozen', 'Kostanay', 'Kyzylorda', 'Uralsk', 'Baikonur'],
  // Cities and regions
  UZ: ['Samarkand', 'Bukhara', 'Namangan', 'Andijan', 'Fergana', 'Ferghana', 'Nukus', 'Karakalpakstan', 'Qarshi',
    'Termez', 'Kokand'],
  // Cities, regions and the Tajik border
  KG: ['Leilek', 'Osh', 'Jalal-Abad', 'Batken'],
  // Cities, regions and the Kyrgyz border
  TJ: ['Isfara', 'Vorukh', 'Khujand', 'Kulob', 'Khorog', 'Gorno-Badakhshan', 'Bokhtar'],
  // Cities
  TM: ['Turkmenabat', 'Dashoguz'],
  // Cities
  MN: ['Erdenet'],
  // Emirates and cities
  AE: ['Dubai', 'Sharjah', 'Ajman', 'Ras al-Khaimah', 'Fujairah', 'Al Ain', 'Jebel Ali', 'Al Dhafra'],
  // Sites
  QA: ['Al Udeid', 'Ras Laffan'],
  // Cities
  KW: ['Jahra'],
  // Cities
  BH: ['Muharraq', 'Sitra'],
  // Cities and regions
  OM: ['Salalah', 'Sohar', 'Duqm', 'Musandam', 'Dhofar'],
  // Cities and the north
  CY: ['Limassol', 'Larnaca', 'Famagusta', 'Kyrenia', 'Paphos', 'Northern Cyprus'],
  // Nations, major cities and bases
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Birmingham', 'Manchester', 'Glasgow', 'Liverpool',
    'Leeds', 'Sheffield', 'Bristol', 'Edinburgh', 'Leicester', 'Coventry', 'Bradford', 'Cardiff', 'Belfast',
    'Nottingham', 'Newcastle', 'Stoke-on-Trent', 'Wolverhampton', 'Southampton', 'Aberdeen', 'Brighton',
    'Porton Down', 'Lakenheath', 'Mildenhall', 'Faslane'],
  // States, major cities and bases
  DE: ['Hamburg', 'Munich', 'Cologne', 'Frankfurt', 'Stuttgart', 'Dusseldorf', 'Düsseldorf', 'Leipzig', 'Dortmund',
    'Essen', 'Bremen', 'Dresden', 'Hanover', 'Hannover', 'Nuremberg', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld',
    'Bonn', 'Karlsruhe', 'Mannheim', 'Augsburg', 'Wiesbaden', 'Kiel', 'Rostock', 'Bavaria', 'Saxony', 'Brandenburg',
    'Thuringia', 'North Rhine-Westphalia', 'Baden-Wurttemberg', 'Baden-Württemberg', 'Lower Saxony',
    'Schleswig-Holstein', 'Grafenwoehr', 'Rhineland-Palatinate', 'Saarland', 'Magdeburg', 'Münster'],
  // Cities, regions and overseas departments
  FR: ['Marseille', 'Marseilles', 'Lyon', 'Toulouse', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille',
    'Rennes', 'Reims', 'Toulon', 'Grenoble', 'Corsica', 'Normandy', 'Alsace', 'Calais', 'Le Havre', 'Dunkirk'],
  // New Caledonia
  NC: ['New Caledonia', 'Noumea', 'Nouméa'],
  // Cities and regions
  IT: ['Milan', 'Naples', 'Turin', 'Palermo', 'Genoa', 'Bologna', 'Bari', 'Catania', 'Venice', 'Verona', 'Messina',
    'Sicily', 'Sardinia', 'Lampedusa', 'Calabria', 'Lombardy', 'Trieste', 'Taranto', 'Brindisi', 'Sigonella',
    'Aviano', 'Vicenza', 'Tuscany'],
  // Cities and regions
  ES: ['Barcelona', 'Seville', 'Zaragoza', 'Malaga', 'Málaga', 'Murcia', 'Las Palmas', 'Bilbao', 'Alicante',
    'Valladolid', 'Vigo', 'Catalonia', 'Basque Country', 'Andalusia', 'Canary Islands', 'Ceuta', 'Melilla',
    'Tenerife', 'Mallorca', 'Majorca', 'Gijon', 'Gijón'],
  // Cities and islands
  PT: ['Porto', 'Braga', 'Madeira', 'Azores'],
  // Cities
  NL: ['Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen'],
  // Cities and regions
  BE: ['Antwerp', 'Ghent', 'Charleroi', 'Liege', 'Liège', 'Flanders', 'Wallonia'],
  // Cities
  AT: ['Graz', 'Linz', 'Salzburg', 'Innsbruck'],
  // Cities
  CH: ['Zurich', 'Zürich', 'Basel', 'Lausanne', 'Davos'],
  // Cities and the border with Ukraine and Belarus
  PL: ['Krakow', 'Kraków', 'Cracow', 'Lodz', 'Łódź', 'Wroclaw', 'Wrocław', 'Poznan', 'Poznań', 'Gdansk', 'Gdańsk',
    'Szczecin', 'Bydgoszcz', 'Lublin', 'Bialystok', 'Białystok', 'Katowice', 'Gdynia', 'Czestochowa', 'Częstochowa',
    'Radom', 'Rzeszow', 'Rzeszów', 'Przemysl', 'Przemyśl', 'Przewodow', 'Przewodów', 'Medyka', 'Suwalki', 'Suwałki',
    'Olsztyn', 'Kielce', 'Torun', 'Toruń', 'Suwalki Gap', 'Hrubieszow'],
  // Cities
  CZ: ['Brno', 'Ostrava', 'Plzen', 'Pilsen'],
  // Cities
  SK: ['Kosice', 'Košice'],
  // Cities
  HU: ['Debrecen', 'Szeged'],
  // Cities and regions
  RO: ['Cluj-Napoca', 'Cluj', 'Timisoara', 'Timișoara', 'Iasi', 'Iași', 'Constanta', 'Constanța', 'Craiova',
    'Brasov', 'Brașov', 'Galati', 'Galați', 'Ploiesti', 'Tulcea', 'Mihail Kogalniceanu', 'Transylvania', 'Sulina'],
  // Cities
  BG: ['Plovdiv', 'Varna', 'Burgas'],
  // Cities and islands
  GR: ['Thessaloniki', 'Patras', 'Piraeus', 'Heraklion', 'Crete', 'Lesbos', 'Lesvos', 'Alexandroupolis', 'Evros',
    'Samos', 'Chios', 'Souda Bay'],
  // Greenland (its own ISO code)
  GL: ['Greenland', 'Nuuk', 'Pituffik'],
  // Faroe Islands
  FO: ['Faroe Islands', 'Faroes'],
  // Cities
  DK: ['Aarhus', 'Bornholm', 'Odense'],
  // Cities and the north
  NO: ['Bergen', 'Trondheim', 'Stavanger', 'Tromso', 'Tromsø', 'Kirkenes', 'Bodø'],
  // Svalbard
  SJ: ['Svalbard', 'Spitsbergen'],
  // Cities
  SE: ['Gothenburg', 'Malmo', 'Malmö', 'Uppsala', 'Gotland'],
  // Cities and the eastern border
  FI: ['Espoo', 'Tampere', 'Vantaa', 'Turku', 'Oulu', 'Lappeenranta', 'Imatra', 'Vaalimaa'],
  // Cities
  EE: ['Tartu', 'Narva'],
  // Cities
  LV: ['Daugavpils', 'Liepaja', 'Liepāja'],
  // Cities
  LT: ['Kaunas', 'Klaipeda', 'Klaipėda', 'Siauliai', 'Šiauliai'],
  // Cities
  IE: ['Galway'],
  // Provinces and cities
  CA: ['Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec', 'Québec',
    'Ontario', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'Mississauga', 'Brampton',
    'Saskatoon', 'Newfoundland', 'Nunavut', 'Yukon', 'New Brunswick'],
  // States and major cities (none that is also a common personal name)
  US: ['New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'San Antonio', 'San Diego',
    'Jacksonville', 'Fort Worth', 'Indianapolis', 'San Francisco', 'Seattle', 'Denver', 'Nashville', 'Oklahoma City',
    'El Paso', 'Boston', 'Las Vegas', 'Detroit', 'Memphis', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque',
    'Tucson', 'Fresno', 'Sacramento', 'Kansas City', 'Atlanta', 'Omaha', 'Colorado Springs', 'Miami', 'Long Beach',
    'Virginia Beach', 'Oakland', 'Minneapolis', 'Tulsa', 'Tampa', 'New Orleans', 'Wichita', 'Honolulu', 'Pittsburgh',
    'Cincinnati', 'St. Louis', 'St Louis', 'Pearl Harbor', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California',
    'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas',
    'Kentucky', 'Louisiana', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
    'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota',
    'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
    'Texas', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming', 'Manhattan', 'Bronx'],
  // Puerto Rico
  PR: ['Puerto Rico'],
  // Guam
  GU: ['Guam'],
  // States and cities
  AU: ['Melbourne', 'Brisbane', 'Perth', 'Gold Coast', 'Hobart', 'Queensland', 'New South Wales', 'Tasmania'],
  // Cities
  NZ: ['Auckland', 'Christchurch'],
  // Cities and states
  BR: ['Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Fortaleza', 'Belo Horizonte', 'Manaus', 'Curitiba', 'Recife',
    'Porto Alegre', 'Belem', 'Belém', 'Goiania', 'Goiânia', 'Guarulhos', 'Campinas', 'Sao Luis', 'São Luís',
    'Maceio', 'Maceió', 'Roraima', 'Pacaraima', 'Bahia', 'Pernambuco', 'Minas Gerais', 'Rio Grande do Sul'],
  // Cities
  AR: ['La Plata', 'Mar del Plata', 'Tucuman', 'Tucumán'],
  // Falklands (its own ISO code)
  FK: ['Falklands', 'Falkland Islands'],
  // Cities
  CL: ['Valparaiso', 'Valparaíso', 'Antofagasta', 'Vina del Mar', 'Viña del Mar'],
  // Cities and regions
  PE: ['Arequipa', 'Chiclayo', 'Cusco', 'Cuzco', 'Piura', 'Ayacucho', 'Iquitos', 'Callao', 'Puno'],
  // Cities and provinces
  EC: ['Guayaquil', 'Cuenca', 'Esmeraldas', 'Guayas'],
  // Cities
  BO: ['Cochabamba', 'El Alto'],
  // Cities
  PY: ['Ciudad del Este'],
  // Cities
  CU: ['Santiago de Cuba', 'Guantanamo', 'Guantánamo', 'Guantanamo Bay', 'Camaguey', 'Camagüey', 'Holguin', 'Holguín'],
  // Cities
  DO: ['Santiago de los Caballeros'],
  // Cities
  GT: ['Mixco', 'Quetzaltenango'],
  // Cities
  HN: ['San Pedro Sula'],
  // Cities
  SV: ['Soyapango'],
  // Provinces
  PA: ['Darien', 'Darién', 'Darien Gap'],
  // Cities
  JM: ['Montego Bay'],
  // Trinidad and Tobago
  TT: ['Port of Spain'],
  // Cities and the north
  GH: ['Kumasi', 'Bawku', 'Sekondi-Takoradi'],
  // Cities
  CI: ['Bouake', 'Bouaké', 'San-Pedro', 'Korhogo', 'Daloa'],
  // Cities and regions
  SN: ['Touba', 'Thies', 'Thiès', 'Ziguinchor', 'Casamance', 'Saint-Louis'],
  // Cities
  GN: ['Nzerekore', 'Nzérékoré', 'Kankan'],
  // Cities
  SL: ['Kenema', 'Makeni'],
  // Cities
  TG: ['Sokode', 'Sokodé'],
  // Cities
  BJ: ['Parakou', 'Abomey-Calavi'],
  // Cities and camps
  MR: ['Nouadhibou', 'Mbera'],
  // Guinea-Bissau
  GW: ['Bissau', 'Guinea-Bissau'],
  // Cape Verde
  CV: ['Praia'],
  // Cities
  GA: ['Port-Gentil'],
  // Cities
  CG: ['Pointe-Noire'],
  // Cities and provinces
  AO: ['Huambo', 'Lobito', 'Benguela', 'Lubango', 'Cabinda', 'Malanje'],
  // Cities
  ZM: ['Kitwe', 'Ndola'],
  // Cities
  ZW: ['Bulawayo', 'Chitungwiza', 'Mutare', 'Matabeleland'],
  // Cities
  MW: ['Blantyre', 'Mzuzu'],
  // Cities and camps
  TZ: ['Mwanza', 'Arusha', 'Zanzibar', 'Mbeya', 'Mtwara', 'Kigoma', 'Nyarugusu'],
  // Cities
  MG: ['Toamasina'],
  // Provinces and cities
  ZA: ['Johannesburg', 'Cape Town', 'Durban', 'Soweto', 'Port Elizabeth', 'Gqeberha', 'Bloemfontein',
    'Pietermaritzburg', 'KwaZulu-Natal', 'Gauteng', 'Western Cape', 'Eastern Cape', 'Limpopo', 'Mpumalanga',
    'Polokwane'],
  // Lesotho
  LS: ['Lesotho', 'Maseru'],
  // Eswatini
  SZ: ['Eswatini', 'Swaziland', 'Mbabane'],
  // Bhutan
  BT: ['Bhutan', 'Thimphu'],
  // Brunei
  BN: ['Brunei', 'Bandar Seri Begawan'],
  // Maldives
  MV: ['Maldives'],
  // Suriname
  SR: ['Suriname', 'Paramaribo'],
  // Belize
  BZ: ['Belize', 'Belize City'],
  // Fiji
  FJ: ['Fiji', 'Suva'],
  // Mauritius
  MU: ['Mauritius', 'Port Louis'],
  // Seychelles
  SC: ['Seychelles'],
  // Comoros
  KM: ['Comoros'],
  // Sao Tome and Principe
  ST: ['Sao Tome', 'São Tomé', 'Sao Tome and Principe'],
  // Solomon Islands
  SB: ['Solomon Islands', 'Honiara'],
  // Vanuatu
  VU: ['Vanuatu', 'Port Vila'],
  // Samoa
  WS: ['Apia'],
  // Tonga
  TO: ["Nuku'alofa"],
  // Vatican
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  // Monaco
  MC: ['Monaco', 'Monte Carlo'],
  // San Marino
  SM: ['San Marino'],
  // Liechtenstein
  LI: ['Liechtenstein', 'Vaduz'],
  // Andorra
  AD: ['Andorra'],
  // Mayotte (its own ISO code)
  YT: ['Mayotte'],
  // Martinique (its own ISO code)
  MQ: ['Martinique'],
  // Guadeloupe (its own ISO code)
  GP: ['Guadeloupe'],
  // French Guiana (its own ISO code)
  GF: ['French Guiana'],
};

/** Words after a place name that make it a region ("Kursk region", "Donetsk Oblast"). */
export const REGION_WORDS = ['region', 'oblast', 'province', 'district', 'districts', 'governorate', 'republic', 'krai', 'city', 'valley', 'front', 'direction', 'sector', 'area'];
