/**
 * Remote work's places, per language, continued from remote.ts: the regions where remote work may be allowed, and the
 * places a team lives in, which are no such region. A new name is a line.
 */

/**
 * Regions where remote work may be allowed, as written in the record
 * (label|alias|alias...); a country is its ISO 3166 code. A country named
 * in a remote location field ("Location: España (100% teletrabajo)") is a
 * region too, read from the gazetteer.
 */
export const regionLines: string[] = [
  'Worldwide|Worldwide|worldwide|anywhere in the world|anywhere on the globe|anywhere|work from anywhere|weltweit|partout dans le monde|desde cualquier lugar|de qualquer lugar',
  'Europe|Europe|European|Europa',
  'EU|EU|E.U.|European Union',
  'EMEA|EMEA',
  'Americas|Americas|the Americas|North America|South America|Latin America|LATAM|LatAm',
  'North America|North America',
  'South America|South America',
  'APAC|APAC|Asia-Pacific|Asia Pacific',
  'US|US|USA|U.S.|United States',
  'CA|Canada',
  'GB|UK|United Kingdom',
];

/**
 * Remote work, then where it may be done ("remote within Germany", "Remote (innerhalb Deutschlands)", "remoto desde
 * España", "télétravail complet depuis la France"), per language: the words for remote work or anywhere, a word that
 * may follow them, and the prepositions before the place. The country the words after them name is a region; a city
 * there names an office, and gives none. Matched case-insensitively, as whole words.
 */
export const remoteWhereWords: string[] = [
  'remote', 'remotely', 'anywhere', // en
  'remote', 'homeoffice', 'home-office', 'überall', // de
  'remoto', 'remota', 'remotamente', 'teletrabajo', 'cualquier lugar', 'teletrabalho', 'qualquer lugar', // es, pt
  'télétravail', 'à distance', 'partout', 'da remoto', 'in remoto', 'ovunque', 'op afstand', 'overal', 'på distans', // fr, it, nl, sv
];
export const remoteWhereFillers: string[] = ['complet', 'complète', 'total', 'totale', 'completo', 'completa', 'komplett', 'vollständig', '100%', '100 %'];
export const remoteWherePrepositions: string[] = [
  'in', 'within', 'across', 'throughout', 'from', // en
  'innerhalb', 'aus', 'aus ganz', 'in ganz', 'von', // de ("in" above)
  'desde', 'en', 'dentro de', 'en todo', 'en toda', 'de', // es
  'depuis', 'dans', 'partout en', // fr ("en", "de" above)
  'em', 'no', 'na', 'do', 'da', 'dentro do', 'dentro da', 'a partir do', 'a partir da', // pt
  'dall’', "dall'", 'dalla', 'in tutta', 'in tutto', // it ("da", "in" above)
  'vanuit', 'binnen', 'inom', 'från', 'i', // nl, sv
];

/**
 * Where the team, customers or users are is not where remote work is
 * allowed: a sentence with one of these is not read for regions ("a remote
 * company with team members around the world").
 */
export const teamPlacePhrases: string[] = [
  'team members', 'teammates', 'team mates', 'colleagues', 'employees in', 'employees across', 'our team is', 'our team are', 'team is based',
  'team is spread', 'team is distributed', 'team spread', 'team distributed', 'we have people', 'customers in', 'customers across',
  'clients in', 'users in', 'users across', 'offices in', 'offices across',
  // staff and the company's legal seat ("domiciled in Belgium, with staff located in Europe, Canada, and the United States")
  'staff located', 'staff based', 'staff in', 'staff across', 'employees located', 'employees based', 'people located',
  'domiciled in', 'headquartered in', 'headquarters in', 'incorporated in', 'registered in',
];
