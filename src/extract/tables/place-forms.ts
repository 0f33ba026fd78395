/**
 * Inflected forms of the gazetteer's names, and exonyms (a city's name in another language), per language: Slavic languages
 * decline a place's name after a preposition ("в Москве", "w Warszawie",
 * "v Praze"), so the name as the gazetteer writes it is not
 * in the text. Each line is "form|name": the form the text has, then the
 * gazetteer's own city name that it stands for.
 * Mostly the locative (prepositional) case, which "in", "at" take.
 * Forms that are also common words stay out, and so do countries' forms:
 * "the best firms in Poland" (w Polsce) is a company's boast more often
 * than a work place.
 */
export const placeFormLines: string[] = [
  // ru: locative (в/во ...е, ...и)
  'Москве|Москва', 'Санкт-Петербурге|Санкт-Петербург', 'Петербурге|Санкт-Петербург', 'Новосибирске|Новосибирск',
  'Екатеринбурге|Екатеринбург', 'Казани|Казань', 'Нижнем Новгороде|Нижний Новгород', 'Самаре|Самара', 'Ростове-на-Дону|Ростов-на-Дону',
  'Краснодаре|Краснодар', 'Перми|Пермь', 'Воронеже|Воронеж', 'Челябинске|Челябинск', 'Омске|Омск', 'Уфе|Уфа', 'Красноярске|Красноярск',
  'Ярославле|Ярославль', 'Томске|Томск', 'Киеве|Киев', 'Харькове|Харьков', 'Львове|Львов', 'Одессе|Одесса', 'Минске|Минск',
  // uk: locative (у/в ...і)
  'Києві|Київ', 'Львові|Львів', 'Харкові|Харків', 'Одесі|Одеса', 'Дніпрі|Дніпро',
  // pl: locative (w/we ...ie, ...u, ...ach)
  'Warszawie|Warszawa', 'Krakowie|Kraków', 'Wrocławiu|Wrocław', 'Wroclawiu|Wroclaw', 'Gdańsku|Gdańsk', 'Gdansku|Gdansk', 'Poznaniu|Poznań',
  'Łodzi|Łódź', 'Katowicach|Katowice', 'Lublinie|Lublin', 'Szczecinie|Szczecin', 'Bydgoszczy|Bydgoszcz', 'Białymstoku|Białystok',
  'Gdyni|Gdynia', 'Rzeszowie|Rzeszów', 'Toruniu|Toruń', 'Gliwicach|Gliwice', 'Sopocie|Sopot',
  // cs: locative (v/ve ...e, ...ě, ...i)
  'Praze|Praha', 'Brně|Brno', 'Ostravě|Ostrava', 'Plzni|Plzeň', 'Olomouci|Olomouc', 'Liberci|Liberec', 'Hradci Králové|Hradec Králové',
  'Pardubicích|Pardubice', 'Zlíně|Zlín',
  // sk: locative (v ...e, ...i, ...ach)
  'Bratislave|Bratislava', 'Košiciach|Košice', 'Žiline|Žilina', 'Nitre|Nitra', 'Trnave|Trnava', 'Banskej Bystrici|Banská Bystrica',
  'Prešove|Prešov',
  // et: inessive and illative (Tallinnas, Tallinnasse); fi: inessive, illative, adessive and genitive (Helsingissä, Helsinkiin,
  // Tampereella, "Helsingin toimisto"); lt, lv: locative (Vilniuje, Rīgā); hu: inessive and superessive, and the adjective
  // of a place ("budapesti iroda"); not a form that is a word or a name of its own (Tartus, a Syrian port; Kaune, a surname)
  'Tallinnas|Tallinn', 'Tallinnasse|Tallinn', 'Tartusse|Tartu',
  'Helsingissä|Helsinki', 'Helsinkiin|Helsinki', 'Helsingin|Helsinki', 'Espoossa|Espoo', 'Espooseen|Espoo', 'Espoon|Espoo',
  'Tampereella|Tampere', 'Tampereelle|Tampere', 'Tampereen|Tampere',
  'Vilniuje|Vilnius', 'Rīgā|Riga', 'Rīga|Riga',
  'Budapesten|Budapest', 'budapesti|Budapest', 'Debrecenben|Debrecen', 'debreceni|Debrecen', 'Szegeden|Szeged', 'szegedi|Szeged',
  // Cities in the scripts of their countries' postings (el, he, ar), with Hebrew's "in" (ב) written onto the name
  'Αθήνα|Athens', 'Αθήνας|Athens', 'Θεσσαλονίκη|Thessaloniki', 'Θεσσαλονίκης|Thessaloniki',
  'תל אביב|Tel Aviv', 'בתל אביב|Tel Aviv', 'ירושלים|Jerusalem', 'בירושלים|Jerusalem', 'חיפה|Haifa', 'בחיפה|Haifa', 'הרצליה|Herzliya', 'בהרצליה|Herzliya',
  'دبي|Dubai', 'أبوظبي|Abu Dhabi', 'أبو ظبي|Abu Dhabi', 'الرياض|Riyadh', 'جدة|Jeddah', 'القاهرة|Cairo', 'الدوحة|Doha', 'بيروت|Beirut',
  'الدار البيضاء|Casablanca', 'الشارقة|Sharjah',
  // Exonyms: a city's name in another language, as that language's postings write it ("Luogo: Berlino", "Londres",
  // "Monachium"); names that are also common words stay out (it Colonia, Lucerna; fr Vienne, Florence; de Rom, Posen).
  // it
  'Berlino|Berlin', 'Monaco di Baviera|Munich', 'Parigi|Paris', 'Londra|London', 'Zurigo|Zürich', 'Ginevra|Genève', 'Lisbona|Lisbon',
  'Varsavia|Warsaw', 'Mosca|Moscow', 'Atene|Athens', 'Francoforte|Frankfurt', 'Amburgo|Hamburg', 'Stoccarda|Stuttgart', 'Lione|Lyon',
  'Marsiglia|Marseille', 'Siviglia|Seville', 'Copenaghen|Copenhagen', 'Stoccolma|Stockholm', 'Edimburgo|Edinburgh', 'Barcellona|Barcelona',
  'Anversa|Antwerp', 'Basilea|Basel', 'Losanna|Lausanne', 'Dublino|Dublin', 'Praga|Prague',
  // es, fr, pt
  'Londres|London', 'Berlín|Berlin', 'Múnich|Munich', 'Nueva York|New York', 'Moscú|Moscow', 'Varsovia|Warsaw', 'Viena|Vienna',
  'Bruselas|Brussels', 'Ginebra|Geneva', 'Zúrich|Zürich', 'Ámsterdam|Amsterdam', 'Estocolmo|Stockholm', 'Copenhague|Copenhagen',
  'París|Paris', 'Milán|Milan', 'Fráncfort|Frankfurt', 'Hamburgo|Hamburg', 'Varsovie|Warsaw', 'Moscou|Moscow', 'Bâle|Basel',
  'Anvers|Antwerp', 'Lisbonne|Lisbon', 'Barcelone|Barcelona', 'Séville|Seville', 'Gênes|Genoa', 'Venise|Venice', 'Francfort|Frankfurt',
  'Hambourg|Hamburg', 'Édimbourg|Edinburgh', 'Pékin|Beijing', 'Berlim|Berlin', 'Munique|Munich', 'Varsóvia|Warsaw', 'Moscovo|Moscow',
  'Genebra|Geneva', 'Zurique|Zürich', 'Bruxelas|Brussels', 'Milão|Milan', 'Nova Iorque|New York', 'Nova York|New York',
  'Amesterdão|Amsterdam', 'Copenhaga|Copenhagen',
  // de, nl
  'Mailand|Milan', 'Warschau|Warsaw', 'Prag|Prague', 'Moskau|Moscow', 'Brüssel|Brussels', 'Kopenhagen|Copenhagen', 'Lissabon|Lisbon',
  'Genf|Geneva', 'Neapel|Naples', 'Venedig|Venice', 'Florenz|Firenze', 'Peking|Beijing', 'Athen|Athens', 'Krakau|Kraków', 'Danzig|Gdańsk',
  'Breslau|Wrocław', 'Londen|London', 'Parijs|Paris', 'Berlijn|Berlin', 'Keulen|Köln', 'Praag|Prague', 'Wenen|Vienna', 'Moskou|Moscow',
  'Luik|Liège', 'Aken|Aachen',
  // pl, cs
  'Londyn|London', 'Paryż|Paris', 'Monachium|Munich', 'Wiedeń|Vienna', 'Moskwa|Moscow', 'Kijów|Kyiv', 'Zurych|Zürich', 'Genewa|Geneva',
  'Drezno|Dresden', 'Lipsk|Leipzig', 'Rzym|Rome', 'Mediolan|Milan', 'Sztokholm|Stockholm', 'Bruksela|Brussels', 'Lizbona|Lisbon',
  'Madryt|Madrid', 'Wilno|Vilnius', 'Lwów|Lviv', 'Vídeň|Vienna', 'Mnichov|Munich', 'Drážďany|Dresden', 'Londýn|London', 'Paříž|Paris',
  'Varšava|Warsaw', 'Moskva|Moscow', 'Řím|Rome',
];
