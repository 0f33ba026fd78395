/**
 * Gazetteer: countries (ISO 3166-1 alpha-2) with their names in the
 * languages postings use, and cities with their country. A new place is one
 * line. Names are matched case-sensitively as whole words, so "Nice" the
 * word is not Nice the city; ambiguous names stay out of the table.
 */
export const countryLines: string[] = [
  'US|United States|United States of America|USA|U.S.|U.S.A.|US|Estados Unidos|États-Unis|Vereinigte Staaten|Verenigde Staten',
  'CA|Canada|Kanada|Canadá',
  'MX|Mexico|México|Mexiko|Mexique',
  'BR|Brazil|Brasil|Brasilien|Brésil',
  'AR|Argentina|Argentinien|Argentine',
  'CO|Colombia|Kolumbien|Colombie',
  'CL|Chile',
  'PE|Peru|Perú',
  'UY|Uruguay',
  'GB|United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Royaume-Uni|Reino Unido|Großbritannien|Vereinigtes Königreich',
  'IE|Ireland|Irland|Irlande|Irlanda',
  'DE|Germany|Deutschland|Allemagne|Alemania|Alemanha|Duitsland|Nemecko|ドイツ',
  'AT|Austria|Österreich|Autriche|Oostenrijk|Rakúsko',
  'CH|Switzerland|Schweiz|Suisse|Svizzera|Suiza|Zwitserland|Švajčiarsko',
  'FR|France|Frankreich|Francia|França|Frankrijk|Francúzsko',
  'BE|Belgium|Belgien|Belgique|België|Bélgica',
  'NL|Netherlands|The Netherlands|Nederland|Niederlande|Pays-Bas|Países Bajos|Holanda|Holandsko',
  'LU|Luxembourg|Luxemburg',
  'ES|Spain|España|Spanien|Espagne|Espanha|Spanje|Španielsko',
  'PT|Portugal',
  'IT|Italy|Italia|Italien|Italie|Itália',
  'DK|Denmark|Danmark|Dänemark',
  'SE|Sweden|Sverige|Schweden|Suède',
  'NO|Norway|Norge|Norwegen|Norvège',
  'FI|Finland|Suomi|Finnland|Finlande',
  'IS|Iceland',
  'EE|Estonia|Eesti|Estland|Estonie',
  'LV|Latvia|Lettland',
  'LT|Lithuania|Litauen',
  'PL|Poland|Polska|Polen|Pologne|Poľsko',
  'CZ|Czech Republic|Czechia|Česko|Tschechien|Česká republika',
  'SK|Slovakia|Slovensko|Slowakei|Slovaquie|Slovenská republika|Slovenskej republiky|Slovensku',
  'HU|Hungary|Magyarország|Ungarn|Maďarsko',
  'RO|Romania|România|Rumänien',
  'BG|Bulgaria|Bulgarien',
  'GR|Greece|Griechenland|Grèce',
  'HR|Croatia|Hrvatska|Kroatien',
  'SI|Slovenia|Slowenien',
  'RS|Serbia|Serbien',
  'UA|Ukraine|Україна|Ucrania|Ukrajina',
  'RU|Russia|Россия|Russland',
  'TR|Turkey|Türkiye|Türkei',
  'IL|Israel',
  'AE|United Arab Emirates|UAE',
  'SA|Saudi Arabia',
  'EG|Egypt',
  'ZA|South Africa',
  'NG|Nigeria',
  'KE|Kenya',
  'IN|India|Indien|Inde',
  'PK|Pakistan',
  'BD|Bangladesh',
  'LK|Sri Lanka',
  'CN|China|中国',
  'HK|Hong Kong',
  'TW|Taiwan',
  'JP|Japan|Japon|Japón|日本',
  'KR|South Korea|Korea|대한민국',
  'SG|Singapore|Singapur|Singapour',
  'MY|Malaysia',
  'TH|Thailand',
  'VN|Vietnam|Viet Nam',
  'PH|Philippines',
  'ID|Indonesia',
  'AU|Australia|Australien|Australie',
  'NZ|New Zealand|Neuseeland',
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
  'Sydney|AU', 'Melbourne|AU', 'Brisbane|AU', 'Perth|AU', 'Adelaide|AU', 'Canberra|AU', 'Auckland|NZ', 'Wellington|NZ',
];

/** A gazetteer entry. */
export interface Place {
  name: string;
  country: string;
  city?: string;
  region?: string;
}

/** Every place name, longest first, with what it means. */
export const places: Place[] = [
  ...countryLines.flatMap((line) => {
    const [code, ...names] = line.split('|');
    return names.map((name) => ({ name, country: code! }));
  }),
  ...cityLines.map((line) => {
    const [name, country, region] = line.split('|');
    return { name: name!, country: country!, city: name!, ...(region ? { region } : {}) };
  }),
].sort((a, b) => b.name.length - a.name.length);

/**
 * Legal and hiring boilerplate that names a country without saying where the
 * work is ("E-Verify for U.S. Employees", "authorized to work in the US"):
 * (nor "team members in Italy"): a body sentence with one of these phrases names no work location.
 */
export const notWorkplacePhrases: string[] = [
  'E-Verify', 'equal opportunity', 'equal employment', 'EEO', 'EEOC', 'affirmative action', 'authorized to work', 'authorised to work',
  'authorization to work', 'authorisation to work', 'work authorization', 'work authorisation', 'eligible to work', 'eligibility to work',
  'employment eligibility', 'right to work', 'legally work', 'visa', 'visas', 'sponsorship', 'immigration', 'reasonable accommodation',
  'reasonable accommodations', 'applicable law', 'applicable laws', 'federal law', 'export control', 'export controls', 'background check',
  // Where the team, customers or users are is not where this job is.
  'team members in', 'teammates in', 'colleagues in', 'customers in', 'clients in', 'users in',
];
