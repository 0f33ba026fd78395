/**
 * Gazetteer: countries (ISO 3166-1 alpha-2) with their names in the
 * languages postings use, and cities with their country. A new place is one
 * line. Names are matched case-sensitively as whole words, so "Nice" the
 * word is not Nice the city; ambiguous names stay out of the table.
 */
import { countryNameLines } from './country-names.js';
import { placeFormLines } from './place-forms.js';

export const countryLines: string[] = [
  'US|United States|United States of America|USA|U.S.|U.S.A.|US|Estados Unidos|États-Unis|Vereinigte Staaten|Verenigde Staten|Stati Uniti|Stany Zjednoczone',
  'CA|Canada|Kanada|Canadá',
  'MX|Mexico|México|Mexiko|Mexique|Messico|Meksyk',
  'BR|Brazil|Brasil|Brasilien|Brésil|Brasile|Brazylia',
  'AR|Argentina|Argentinien|Argentine|Argentyna',
  'CO|Colombia|Kolumbien|Colombie',
  'CL|Chile',
  'PE|Peru|Perú',
  'UY|Uruguay',
  'GB|United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Royaume-Uni|Reino Unido|Großbritannien|Vereinigtes Königreich|Regno Unito|Wielka Brytania|Inghilterra|Anglia',
  'IE|Ireland|Irland|Irlande|Irlanda|Irlandia',
  'DE|Germany|Deutschland|Allemagne|Alemania|Alemanha|Duitsland|Nemecko|ドイツ|Germania|Niemcy|Německo',
  'AT|Austria|Österreich|Autriche|Oostenrijk|Rakúsko',
  'CH|Switzerland|Schweiz|Suisse|Svizzera|Suiza|Zwitserland|Švajčiarsko|Szwajcaria|Švýcarsko',
  'FR|France|Frankreich|Francia|França|Frankrijk|Francúzsko|Francja|Francie',
  'BE|Belgium|Belgien|Belgique|België|Bélgica|Belgio|Belgia',
  'NL|Netherlands|The Netherlands|Nederland|Niederlande|Pays-Bas|Países Bajos|Holanda|Holandsko|Paesi Bassi|Olanda|Holandia|Nizozemsko',
  'LU|Luxembourg|Luxemburg',
  'ES|Spain|España|Spanien|Espagne|Espanha|Spanje|Španielsko|Spagna|Hiszpania|Španělsko',
  'PT|Portugal|Portogallo|Portugalia',
  'IT|Italy|Italia|Italien|Italie|Itália|Włochy|Itálie',
  'DK|Denmark|Danmark|Dänemark',
  'SE|Sweden|Sverige|Schweden|Suède|Svezia|Szwecja|Švédsko',
  'NO|Norway|Norge|Norwegen|Norvège|Norvegia|Norwegia|Norsko',
  'FI|Finland|Suomi|Finnland|Finlande|Finlandia|Finsko',
  'IS|Iceland|Ísland',
  'EE|Estonia|Eesti|Estland|Estonie',
  'LV|Latvia|Lettland|Latvija',
  'LT|Lithuania|Litauen|Lietuva',
  'PL|Poland|Polska|Polen|Pologne|Poľsko|Polonia|Polsko',
  'CZ|Czech Republic|Czechia|Česko|Tschechien|Česká republika|Repubblica Ceca|Czechy|República Checa|République tchèque',
  'SK|Slovakia|Slovensko|Slowakei|Slovaquie|Slovenská republika|Slovenskej republiky|Slovensku',
  'HU|Hungary|Magyarország|Ungarn|Maďarsko|Ungheria|Węgry|Hungría',
  'RO|Romania|România|Rumänien|Rumunia|Rumunsko',
  'BG|Bulgaria|Bulgarien|България|Bułgaria',
  'GR|Greece|Griechenland|Grèce|Grecia|Grecja|Ελλάδα|Ελλάς',
  'HR|Croatia|Hrvatska|Kroatien',
  'SI|Slovenia|Slowenien|Slovenija',
  'RS|Serbia|Serbien|Srbija|Србија',
  'UA|Ukraine|Україна|Ucrania|Ukrajina|Ucraina|Ukraina',
  'RU|Russia|Россия|Russland',
  'BY|Belarus|Беларусь',
  'TR|Turkey|Türkiye|Türkei',
  'IL|Israel|ישראל',
  'AE|United Arab Emirates|UAE|الإمارات العربية المتحدة|الإمارات',
  'SA|Saudi Arabia|المملكة العربية السعودية|السعودية',
  'EG|Egypt|مصر',
  'ZA|South Africa',
  'NG|Nigeria',
  'KE|Kenya',
  'IN|India|Indien|Inde',
  'PK|Pakistan',
  'BD|Bangladesh',
  'LK|Sri Lanka',
  'CN|China|中国|中國|Cina|Chiny|Čína',
  'HK|Hong Kong',
  'TW|Taiwan|台灣|臺灣',
  'JP|Japan|Japon|Japón|日本|Giappone|Japonia|Japonsko',
  'KR|South Korea|Korea|대한민국|한국',
  'SG|Singapore|Singapur|Singapour',
  'MY|Malaysia',
  'TH|Thailand',
  'VN|Vietnam|Viet Nam|Việt Nam',
  'PH|Philippines',
  'ID|Indonesia',
  'AU|Australia|Australien|Australie',
  'NZ|New Zealand|Neuseeland',
  // (Above: the names in Italian, Polish and Czech too, as their postings write them: "Luogo: Berlino, Germania", "praca: Niemcy".)
  // More countries postings name as work places ("Georgia" and "Jordan" are also a US state and a name: left out).
  'CR|Costa Rica', 'EC|Ecuador', 'VE|Venezuela', 'GT|Guatemala', 'PA|Panama|Panamá', 'BO|Bolivia', 'PY|Paraguay', 'CY|Cyprus|Zypern',
  'MT|Malta', 'AM|Armenia', 'KZ|Kazakhstan|Казахстан', 'UZ|Uzbekistan', 'AZ|Azerbaijan', 'MD|Moldova', 'BA|Bosnia and Herzegovina',
  'MK|North Macedonia', 'AL|Albania', 'ME|Montenegro', 'LB|Lebanon', 'QA|Qatar', 'MA|Morocco|Maroc|Marokko', 'TN|Tunisia|Tunisie',
  'GH|Ghana', 'RW|Rwanda', 'NP|Nepal',
  // Countries as more languages name them: tables/country-names.ts.
  ...countryNameLines,
];

/** city|country|region? ; the first name is the canonical one. */
export const cityLines: string[] = [
  'New York|US|NY', 'New York City|US|NY', 'NYC|US|NY', 'San Francisco|US|CA', 'Los Angeles|US|CA', 'Seattle|US|WA', 'Boston|US|MA',
  'Chicago|US|IL', 'Austin|US|TX', 'Denver|US|CO', 'Washington, DC|US|DC', 'Washington DC|US|DC', 'Atlanta|US|GA', 'Miami|US|FL',
  'Portland|US|OR', 'San Diego|US|CA', 'San Jose|US|CA', 'Palo Alto|US|CA', 'Mountain View|US|CA', 'Oakland|US|CA', 'Berkeley|US|CA',
  'Philadelphia|US|PA', 'Pittsburgh|US|PA', 'Dallas|US|TX', 'Houston|US|TX', 'Minneapolis|US|MN', 'Detroit|US|MI', 'Iowa City|US|IA',
  'Cedar Rapids|US|IA', 'Des Moines|US|IA', 'Salt Lake City|US|UT', 'Raleigh|US|NC', 'Nashville|US|TN',
  'Toronto|CA|ON', 'Montreal|CA|QC', 'Montréal|CA|QC', 'Vancouver|CA|BC', 'Ottawa|CA|ON', 'Calgary|CA|AB', 'Québec|CA|QC',
  'Mexico City|MX', 'Ciudad de México|MX', 'Monterrey|MX', 'Guadalajara|MX', 'São Paulo|BR', 'Sao Paulo|BR', 'Rio de Janeiro|BR',
  'Florianópolis|BR', 'Belo Horizonte|BR', 'Buenos Aires|AR', 'Bogotá|CO', 'Bogota|CO', 'Medellín|CO', 'Lima|PE',
  'London|GB', 'Manchester|GB', 'Edinburgh|GB', 'Bristol|GB', 'Cambridge|GB', 'Oxford|GB', 'Glasgow|GB', 'Leeds|GB', 'Birmingham|GB',
  'Dublin|IE', 'Cork|IE', 'Galway|IE',
  'Berlin|DE', 'München|DE', 'Munich|DE', 'Muenchen|DE', 'Hamburg|DE', 'Köln|DE', 'Cologne|DE', 'Frankfurt|DE', 'Stuttgart|DE',
  'Düsseldorf|DE', 'Leipzig|DE', 'Dresden|DE', 'Hannover|DE', 'Bremen|DE', 'Nürnberg|DE', 'Karlsruhe|DE', 'Heidelberg|DE', 'Potsdam|DE',
  'Wien|AT', 'Vienna|AT', 'Graz|AT', 'Linz|AT', 'Salzburg|AT', 'Innsbruck|AT',
  'Zürich|CH', 'Zurich|CH', 'Bern|CH', 'Berne|CH', 'Basel|CH', 'Genève|CH', 'Geneva|CH', 'Lausanne|CH', 'Luzern|CH', 'Lucerne|CH',
  'Paris|FR', 'Lyon|FR', 'Marseille|FR', 'Toulouse|FR', 'Bordeaux|FR', 'Lille|FR', 'Nantes|FR', 'Strasbourg|FR', 'Montpellier|FR', 'Rennes|FR', 'Grenoble|FR',
  'Bruxelles|BE', 'Brussels|BE', 'Brussel|BE', 'Antwerpen|BE', 'Antwerp|BE', 'Gent|BE', 'Ghent|BE', 'Liège|BE',
  'Amsterdam|NL', 'Rotterdam|NL', 'Utrecht|NL', 'Den Haag|NL', 'The Hague|NL', 'Eindhoven|NL', 'Groningen|NL', 'Leiden|NL', 'Delft|NL', 'Zwolle|NL',
  'Madrid|ES', 'Barcelona|ES', 'Valencia|ES', 'Sevilla|ES', 'Seville|ES', 'Málaga|ES', 'Bilbao|ES', 'Zaragoza|ES',
  'Lisbon|PT', 'Lisboa|PT', 'Porto|PT', 'Braga|PT', 'Coimbra|PT',
  'Milan|IT', 'Milano|IT', 'Rome|IT', 'Roma|IT', 'Turin|IT', 'Torino|IT', 'Bologna|IT',
  'Copenhagen|DK', 'København|DK', 'Aarhus|DK', 'Stockholm|SE', 'Gothenburg|SE', 'Göteborg|SE', 'Malmö|SE', 'Oslo|NO', 'Bergen|NO',
  'Helsinki|FI', 'Tampere|FI', 'Espoo|FI', 'Tallinn|EE', 'Tartu|EE', 'Riga|LV', 'Vilnius|LT', 'Kaunas|LT',
  'Warsaw|PL', 'Warszawa|PL', 'Kraków|PL', 'Krakow|PL', 'Wrocław|PL', 'Wroclaw|PL', 'Gdańsk|PL', 'Gdansk|PL', 'Poznań|PL', 'Łódź|PL',
  'Prague|CZ', 'Praha|CZ', 'Brno|CZ', 'Ostrava|CZ',
  'Bratislava|SK', 'Košice|SK', 'Kosice|SK', 'Žilina|SK', 'Nitra|SK', 'Trnava|SK', 'Banská Bystrica|SK', 'Senec|SK', 'Prešov|SK',
  'Budapest|HU', 'Bucharest|RO', 'București|RO', 'Cluj-Napoca|RO', 'Athens|GR', 'Zagreb|HR', 'Ljubljana|SI', 'Belgrade|RS',
  'Kyiv|UA', 'Kiev|UA', 'Lviv|UA', 'Kharkiv|UA', 'Odesa|UA', 'Dnipro|UA',
  'Istanbul|TR', 'Ankara|TR', 'Tel Aviv|IL', 'Tel Aviv-Yafo|IL', 'Jerusalem|IL', 'Haifa|IL', 'Dubai|AE', 'Abu Dhabi|AE',
  'Cairo|EG', 'Lagos|NG', 'Nairobi|KE', 'Cape Town|ZA', 'Johannesburg|ZA',
  'Bangalore|IN', 'Bengaluru|IN', 'Mumbai|IN', 'Pune|IN', 'Hyderabad|IN', 'Chennai|IN', 'New Delhi|IN', 'Delhi|IN', 'Gurgaon|IN', 'Noida|IN', 'Ahmedabad|IN',
  'Tokyo|JP', '東京|JP', '東京都|JP', 'Osaka|JP', '大阪|JP', 'Kyoto|JP', 'Fukuoka|JP',
  'Seoul|KR', 'Beijing|CN', 'Shanghai|CN', 'Shenzhen|CN', 'Taipei|TW', 'Singapore|SG', 'Kuala Lumpur|MY', 'Bangkok|TH', 'Jakarta|ID',
  'Manila|PH', 'Ho Chi Minh City|VN', 'Hanoi|VN',
  // Chinese, Japanese, Korean and Cyrillic names of big cities (CJK names match inside a run of text).
  '北京|CN', '上海|CN', '深圳|CN', '广州|CN', '廣州|CN', '杭州|CN', '成都|CN', '南京|CN', '武汉|CN', '香港|HK',
  '台北|TW', '臺北|TW', '新北|TW', '台中|TW', '臺中|TW', '高雄|TW', '台南|TW', '臺南|TW', '桃園|TW', '新竹|TW',
  '横浜|JP', '名古屋|JP', '札幌|JP', '福岡|JP', '서울|KR', '부산|KR',
  'Москва|RU', 'Санкт-Петербург|RU', 'Новосибирск|RU', 'Екатеринбург|RU', 'Казань|RU', 'Київ|UA', 'Киев|UA', 'Львів|UA', 'Харків|UA', 'Минск|BY',
  // German cities over 150,000 people not above (Essen, Halle and Hagen are also words or names: left out).
  'Dortmund|DE', 'Duisburg|DE', 'Bochum|DE', 'Wuppertal|DE', 'Bielefeld|DE', 'Bonn|DE', 'Münster|DE', 'Mannheim|DE', 'Augsburg|DE',
  'Wiesbaden|DE', 'Mönchengladbach|DE', 'Gelsenkirchen|DE', 'Aachen|DE', 'Braunschweig|DE', 'Kiel|DE', 'Chemnitz|DE', 'Magdeburg|DE',
  'Freiburg|DE', 'Krefeld|DE', 'Mainz|DE', 'Lübeck|DE', 'Erfurt|DE', 'Oberhausen|DE', 'Rostock|DE', 'Kassel|DE',
  'Saarbrücken|DE', 'Hamm|DE', 'Ludwigshafen|DE', 'Oldenburg|DE', 'Osnabrück|DE', 'Leverkusen|DE',
  // Italian cities over 200,000 people not above (Florence is also a name: left out).
  'Napoli|IT', 'Naples|IT', 'Palermo|IT', 'Genova|IT', 'Genoa|IT', 'Firenze|IT', 'Bari|IT', 'Catania|IT', 'Verona|IT',
  'Venezia|IT', 'Venice|IT', 'Messina|IT', 'Padova|IT', 'Padua|IT', 'Trieste|IT',
  'Sydney|AU', 'Melbourne|AU', 'Brisbane|AU', 'Perth|AU', 'Adelaide|AU', 'Canberra|AU', 'Auckland|NZ', 'Wellington|NZ',
  // The largest cities of more countries, and more of the countries above (names that are also common words or first
  // names, such as Sofia, Split, Zug, Salvador or Phoenix, are left out; so are names two countries share, such as Córdoba).
  'İstanbul|TR', 'İzmir|TR', 'Izmir|TR', 'Bursa|TR', 'Antalya|TR', 'Adana|TR', 'Konya|TR', 'Gaziantep|TR', 'Mersin|TR', 'Kayseri|TR',
  'Eskişehir|TR', 'Eskisehir|TR', 'Denizli|TR', 'Samsun|TR', 'Kocaeli|TR', 'Trabzon|TR', 'Diyarbakır|TR', 'Malatya|TR', 'Sakarya|TR', 'Surabaya|ID', 'Bandung|ID', 'Medan|ID', 'Semarang|ID', 'Yogyakarta|ID',
  'Taichung|TW', 'Kaohsiung|TW', 'Tainan|TW', 'Hsinchu|TW', 'Taoyuan|TW', 'Guangzhou|CN', 'Hangzhou|CN', 'Chengdu|CN', 'Nanjing|CN',
  'Wuhan|CN', 'Suzhou|CN', 'Tianjin|CN', 'Chongqing|CN', '天津|CN', '重庆|CN', '西安|CN', '苏州|CN', '厦门|CN', '长沙|CN', '郑州|CN', '青岛|CN',
  '大连|CN', '宁波|CN', '合肥|CN', '珠海|CN', '东莞|CN', 'Yokohama|JP', 'Nagoya|JP', 'Sapporo|JP', 'Kobe|JP', 'Sendai|JP', '神戸|JP', '京都|JP',
  '仙台|JP', '川崎|JP', '渋谷|JP', '新宿|JP', '品川|JP', 'Busan|KR', 'Incheon|KR', '인천|KR', '판교|KR', '성남|KR', '대전|KR', '대구|KR',
  'Kolkata|IN', 'Jaipur|IN', 'Kochi|IN', 'Chandigarh|IN', 'Indore|IN', 'Coimbatore|IN', 'Lucknow|IN', 'Thiruvananthapuram|IN',
  'Karachi|PK', 'Lahore|PK', 'Islamabad|PK', 'Dhaka|BD', 'Colombo|LK', 'Kathmandu|NP', 'Da Nang|VN', 'Hà Nội|VN', 'Cebu|PH', 'Makati|PH',
  'Chiang Mai|TH', 'Penang|MY', 'Moscow|RU', 'Saint Petersburg|RU', 'St. Petersburg|RU', 'Novosibirsk|RU', 'Yekaterinburg|RU', 'Kazan|RU',
  'Нижний Новгород|RU', 'Самара|RU', 'Ростов-на-Дону|RU', 'Краснодар|RU', 'Пермь|RU', 'Воронеж|RU', 'Челябинск|RU', 'Омск|RU', 'Уфа|RU',
  'Красноярск|RU', 'Ярославль|RU', 'Томск|RU', 'Одеса|UA', 'Одесса|UA', 'Дніпро|UA', 'Харьков|UA', 'Львов|UA', 'Minsk|BY', 'Almaty|KZ',
  'Astana|KZ', 'Tashkent|UZ', 'Baku|AZ', 'Yerevan|AM', 'Chișinău|MD', 'Sarajevo|BA', 'Skopje|MK', 'Tirana|AL', 'Beirut|LB', 'Doha|QA',
  'Casablanca|MA', 'Tunis|TN', 'Accra|GH', 'Kigali|RW', 'Abuja|NG', 'Riyadh|SA', 'Jeddah|SA', 'Sharjah|AE', 'Herzliya|IL', 'Ramat Gan|IL',
  'Puebla|MX', 'Tijuana|MX', 'Querétaro|MX', 'Saltillo|MX', 'Curitiba|BR', 'Porto Alegre|BR', 'Recife|BR', 'Fortaleza|BR', 'Brasília|BR',
  'Campinas|BR', 'Goiânia|BR', 'Manaus|BR', 'Maceió|BR', 'Barranquilla|CO', 'Valparaíso|CL', 'Arequipa|PE', 'Montevideo|UY',
  'Aveiro|PT', 'Funchal|PT', 'Alicante|ES', 'Valladolid|ES', 'Vigo|ES', 'Gijón|ES', 'Palma de Mallorca|ES', 'Murcia|ES', 'San Sebastián|ES',
  'Donostia|ES', 'A Coruña|ES', 'Pamplona|ES', 'Oviedo|ES', 'Toulon|FR', 'Reims|FR', 'Saint-Étienne|FR', 'Le Havre|FR', 'Dijon|FR',
  'Angers|FR', 'Clermont-Ferrand|FR', 'Aix-en-Provence|FR', 'Sophia Antipolis|FR', 'Metz|FR', 'Rouen|FR', 'Caen|FR', 'Orléans|FR', 'Annecy|FR',
  'Arnhem|NL', 'Nijmegen|NL', 'Tilburg|NL', 'Breda|NL', 'Haarlem|NL', 'Almere|NL', 'Enschede|NL', 'Apeldoorn|NL', 'Maastricht|NL',
  "'s-Hertogenbosch|NL", 'Den Bosch|NL', 'Amersfoort|NL', 'Hilversum|NL', 'Leuven|BE', 'Mechelen|BE', 'Namur|BE', 'Charleroi|BE',
  'Brugge|BE', 'Bruges|BE', 'Hasselt|BE', 'Würzburg|DE', 'Regensburg|DE', 'Ulm|DE', 'Darmstadt|DE', 'Jena|DE', 'Göttingen|DE',
  'Erlangen|DE', 'Ingolstadt|DE', 'Wolfsburg|DE', 'Paderborn|DE', 'Heilbronn|DE', 'Tübingen|DE', 'Konstanz|DE', 'Koblenz|DE', 'Trier|DE',
  'Bamberg|DE', 'Bayreuth|DE', 'Passau|DE', 'Lüneburg|DE', 'Flensburg|DE', 'Schwerin|DE', 'Klagenfurt|AT', 'Villach|AT', 'St. Pölten|AT',
  'Dornbirn|AT', 'Bregenz|AT', 'Winterthur|CH', 'St. Gallen|CH', 'Lugano|CH', 'Thun|CH', 'Olten|CH', 'Aarau|CH', 'Schaffhausen|CH',
  'Chur|CH', 'Fribourg|CH', 'Neuchâtel|CH', 'Brescia|IT', 'Parma|IT', 'Modena|IT', 'Reggio Emilia|IT', 'Perugia|IT', 'Cagliari|IT',
  'Pisa|IT', 'Bergamo|IT', 'Trento|IT', 'Bolzano|IT', 'Udine|IT', 'Ancona|IT', 'Lecce|IT', 'Salerno|IT', 'Katowice|PL', 'Lublin|PL',
  'Szczecin|PL', 'Bydgoszcz|PL', 'Białystok|PL', 'Gdynia|PL', 'Rzeszów|PL', 'Toruń|PL', 'Gliwice|PL', 'Sopot|PL', 'Plzeň|CZ', 'Olomouc|CZ',
  'Liberec|CZ', 'Hradec Králové|CZ', 'Pardubice|CZ', 'Zlín|CZ', 'Debrecen|HU', 'Szeged|HU', 'Pécs|HU', 'Győr|HU', 'Timișoara|RO',
  'Timisoara|RO', 'Iași|RO', 'Brașov|RO', 'Brasov|RO', 'Sibiu|RO', 'Plovdiv|BG', 'Varna|BG', 'София|BG', 'Thessaloniki|GR', 'Rijeka|HR',
  'Maribor|SI', 'Novi Sad|RS', 'Beograd|RS', 'Uppsala|SE', 'Linköping|SE', 'Västerås|SE', 'Örebro|SE', 'Norrköping|SE', 'Helsingborg|SE',
  'Jönköping|SE', 'Umeå|SE', 'Trondheim|NO', 'Stavanger|NO', 'Kristiansand|NO', 'Tromsø|NO', 'Drammen|NO', 'Odense|DK', 'Aalborg|DK',
  'Oulu|FI', 'Turku|FI', 'Jyväskylä|FI', 'Vantaa|FI', 'Liverpool|GB', 'Newcastle|GB', 'Sheffield|GB', 'Nottingham|GB', 'Leicester|GB',
  'Belfast|GB', 'Cardiff|GB', 'Brighton|GB', 'Southampton|GB', 'Aberdeen|GB', 'Coventry|GB', 'Milton Keynes|GB', 'Norwich|GB',
  'Limerick|IE', 'Indianapolis|US|IN', 'San Antonio|US|TX', 'Baltimore|US|MD', 'Milwaukee|US|WI', 'Sacramento|US|CA', 'Las Vegas|US|NV',
  'Tampa|US|FL', 'St. Louis|US|MO', 'Cincinnati|US|OH', 'Boulder|US|CO', 'Santa Monica|US|CA', 'Irvine|US|CA', 'Sunnyvale|US|CA',
  'Cupertino|US|CA', 'Redmond|US|WA', 'Menlo Park|US|CA', 'Brooklyn|US|NY', 'Edmonton|CA|AB', 'Winnipeg|CA|MB', 'Halifax|CA|NS',
  'Christchurch|NZ', 'Hobart|AU',
  // Brazil's state capitals and large cities not above (Salvador, Natal, Vitória, Palmas, Santos and Boa Vista are also words or names: left out)
  'São Luís|BR', 'Belém|BR', 'Teresina|BR', 'João Pessoa|BR', 'Aracaju|BR', 'Cuiabá|BR', 'Campo Grande|BR', 'Porto Velho|BR', 'Macapá|BR',
  'Rio Branco|BR', 'Guarulhos|BR', 'São Bernardo do Campo|BR', 'Santo André|BR', 'Osasco|BR', 'Ribeirão Preto|BR', 'Sorocaba|BR',
  'Uberlândia|BR', 'Joinville|BR', 'Londrina|BR', 'Juiz de Fora|BR', 'Niterói|BR', 'São José dos Campos|BR', 'Feira de Santana|BR',
  'Blumenau|BR', 'Campina Grande|BR',
];

/** A gazetteer entry. */
export interface Place {
  name: string;
  country: string;
  city?: string;
  region?: string;
}

const namedPlaces: Place[] = [
  ...countryLines.flatMap((line) => {
    const [code, ...names] = line.split('|');
    return names.map((name) => ({ name, country: code! }));
  }),
  ...cityLines.map((line) => {
    const [name, country, region] = line.split('|');
    return { name: name!, country: country!, city: name!, ...(region ? { region } : {}) };
  }),
];

/** Every place name, longest first, with what it means; an inflected form ("Warszawie") means what its name does. */
export const places: Place[] = [
  ...namedPlaces,
  ...placeFormLines.flatMap((line) => {
    const [form, name] = line.split('|');
    const place = namedPlaces.find((p) => p.name === name);
    return place ? [{ ...place, name: form! }] : [];
  }),
].sort((a, b) => b.name.length - a.name.length);

/**
 * Location labels that also end a title's noun ("Head of Back Office", "Agente Local", "Techniker vor Ort", "Responsabile di Sede"):
 * after a title they start a location field only after a separator (" - ", "|", ","), not after a space alone.
 */
export const locationLabelsEndingTitles: string[] = ['office', 'local', 'sede', 'ort'];

/**
 * The work-mode labels among locationLabels (their value is a policy word or a known place, never a name the gazetteer
 * does not know: "Arbeitsmodell: Schichtarbeit", "Modalidad: Por turnos"), one a line.
 */
export const workModeLabels: string[] = [
  'work mode',
  'work model',
  'workplace type',
  'work arrangement',
  'modalidade',
  'modalidad',
  'modalità di lavoro',
  'tryb pracy',
  'формат работы',
  'формат роботи',
  'çalışma modeli',
  'werkvorm',
  'työskentelymalli',
  'arbeitsmodell',
  'mode de travail',
  'modalité de travail',
  'modalidad de trabajo',
  'modelo de trabajo',
  // en the job boards' "Location type: Remote" (LinkedIn, Workable), fr "Modalité : Télétravail", sv "Arbetsform: På plats", fi "Työskentelytapa: Etätyö"
  'location type',
  'modalité',
  'arbetsform',
  'työskentelytapa',
];

/**
 * Labels of a work-location field, per language: "Location: Berlin",
 * "勤務地：東京", "地點: 台北市", or a heading "Job Location" with the place
 * on the next line. Matched case-insensitively, the whole label.
 */
export const locationLabels: string[] = [
  'location', 'locations', 'based in', 'office', 'work location', 'job location', 'work place', 'workplace',
  'standort', 'standorte', 'arbeitsort', 'einsatzort', 'dienstort', 'lieu', 'lieu de travail', 'localisation', 'ubicación', 'localización', 'localização',
  'local', 'local de trabalho', 'locatie', 'standplaats', 'werklocatie', 'miesto', 'miesto práce', 'místo výkonu práce', 'lokalizacja',
  'miejsce pracy', 'sede', 'luogo di lavoro', 'местоположение', 'место работы', 'локация', 'город', 'arbetsort', 'arbeidssted',
  'arbejdssted', 'konum', 'çalışma yeri', 'sijainti', 'työpaikka', 'asukoht', 'lokasi', 'địa điểm', '勤務地', '勤務場所', '地點', '地点',
  '工作地點', '工作地点', '上班地點', '工作地址',
  // it "place of work", "locality"; de/sv "place"; es "place of work"; cs "place of work"; pl "town"; fi "town"; uk "place of work", "city"
  'sede di lavoro', 'località', 'ort', 'lugar de trabajo', 'místo práce', 'miejscowość', 'paikkakunta', 'місце роботи', 'місто',
  // the address, and the work mode ("Modalidade: 100% Remoto", "工作方式：远程"), per language
  'address', 'office address', 'büroadresse', 'anschrift', 'adresse', 'adres', 'dirección', 'endereço', 'indirizzo', 'adresa', 'адрес', '住所', '地址', 'work mode', 'work model',
  'workplace type', 'work arrangement', 'modalidade', 'modalidad', 'modalità di lavoro', 'tryb pracy', 'формат работы', 'формат роботи',
  'çalışma modeli', 'werkvorm', 'työskentelymalli', '工作方式', '办公方式', '工作模式', '勤務形態', '働き方', '근무형태', '근무 형태',
  // the work mode's label as de, fr and es write it in full ("Arbeitsmodell: Hybrid", "Mode de travail : Télétravail")
  'arbeitsmodell', 'mode de travail', 'modalité de travail', 'modalidad de trabajo', 'modelo de trabajo',
  // pt, pl, cs, it, nl the work mode's label in full ("Modelo de trabalho: Home office", "Forma pracy: zdalna", "Forma práce: hybridní")
  'modelo de trabalho', 'modalidade de trabalho', 'regime de trabalho', 'forma pracy', 'model pracy', 'forma práce', 'modalità lavorativa', 'werkmodel',
  // en, fr, sv, fi the work mode's label ("Location type: Remote", "Modalité : Télétravail", "Arbetsform: På plats", "Työskentelytapa: Etätyö")
  'location type', 'modalité', 'arbetsform', 'työskentelytapa',
  // Language facts (issue #13 audit): the labels each language puts before the work place
  // Not "where" nor "job site": "Where: Google Meet", "Job site: Indeed" name no work place (review of session 11).
  'city', 'country', 'place of work', 'office location', 'work site', 'worksite', // en
  'arbeitsplatz', 'dienstsitz', 'arbeitsstätte', 'stadt', // de
  'ville', 'localisation du poste', 'lieu du poste', 'emplacement', 'pays', // fr
  'ciudad', 'localidad', 'ubicación del puesto', 'país', 'cidade', 'localidade', // es, pt
  'città', 'luogo', 'plaats', 'werkplek', 'vestiging', 'miasto', 'siedziba', // it, nl, pl
  'lokalita', 'město', 'mesto', 'pracoviště', 'pracovisko', 'офис', 'локація', 'офіс', 'адреса', // cs, sk, ru, uk
  'lokasyon', 'şehir', 'placering', 'placeringsort', 'arbetsplats', 'lokation', 'lokasjon', 'kontorsted', // tr, sv, da, no
  'toimipaikka', 'työskentelypaikka', 'kaupunki', 'töökoht', 'linn', 'tööasukoht', // fi, et
  'penempatan', 'kota', 'lokasi kerja', 'alamat', 'nơi làm việc', 'địa chỉ', 'thành phố', 'địa điểm làm việc', // id, vi
  'الموقع', 'مكان العمل', 'المدينة', 'العنوان', 'מיקום', 'מיקום המשרה', 'עיר', // ar, he
  // ar "job region", "job location", "place of the job"; fi "location of the workplace", "location of the work"
  'منطقة الوظيفة', 'موقع الوظيفة', 'مكان الوظيفة', 'موقع العمل', 'työpaikan sijainti', 'työn sijainti',
  'munkavégzés helye', 'helyszín', 'munkahely', 'város', 'locație', 'locatie', 'oraș', 'locul de muncă', 'adresă', // hu, ro
  'τοποθεσία', 'πόλη', 'διεύθυνση', '所在地', '就業場所', '勤務先', '办公地点', '辦公地點', '工作城市', '근무지', '근무 위치', '근무 장소', '근무지역', '주소', // el, ja, zh, ko
];

export { notPlaceValues, notWorkplacePhrases, streetSuffixes, streetPrefixes, streetAfterNumber, streetWordsAfterName } from './place-values.js';
