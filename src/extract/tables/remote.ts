/**
 * Remote work, per language: phrases that state a policy (remote, hybrid,
 * onsite) with their weight, and the regions where remote work may be
 * allowed. A new language is a few more strings here. Phrases match
 * case-insensitively as whole words; a phrase with a Japanese or Chinese
 * character matches anywhere (those scripts put no spaces between words).
 */

/** Phrases that state a remote policy outright, with their weight (3 strong, 1 weak). */
export const remotePhrases: Record<'remote' | 'hybrid' | 'onsite', Array<[phrase: string, weight: number]>> = {
  remote: [
    ['fully remote', 3], ['full remote', 3], ['100% remote', 3], ['100 % remote', 3], ['remote-first', 3], ['remote first', 3],
    ['all-remote', 3], ['all remote', 3], ['remote position', 3], ['remote role', 3], ['remote job', 3], ['remote-only', 3],
    ['remote only', 3], ['work from anywhere', 3], ['work remotely from anywhere', 3], ['anywhere in the world', 3],
    ['distributed company', 2], ['telecommute', 2], ['telecommuting', 2], ['remote', 1], ['remotely', 1],
    // de
    ['vollständig remote', 3], ['komplett remote', 3], ['100% homeoffice', 3], ['100 % homeoffice', 3], ['ortsunabhängig', 3],
    // fr
    ['100% télétravail', 3], ['télétravail complet', 3], ['télétravail total', 3], ['full télétravail', 3], ['entièrement à distance', 3],
    ['intégralement à distance', 3], ['100% à distance', 3], ['en télétravail', 2],
    // es
    ['100% remoto', 3], ['remoto', 3], ['en remoto', 3], ['teletrabajo', 2], ['trabajo remoto', 3], ['desde donde quieras', 2],
    // pt
    ['100% remota', 3], ['de forma remota', 3], ['trabalho remoto', 3], ['home office integral', 3],
    // nl
    ['volledig remote', 3], ['thuiswerken', 2], ['op afstand', 2],
    // sk / cz
    ['plne remote', 3], ['práca z domu', 2], ['na diaľku', 2],
    // ja
    ['フルリモート', 3], ['完全リモート', 3], ['リモートワーク', 2], ['リモート勤務', 2], ['テレワーク', 2], ['在宅勤務', 2],
  ],
  hybrid: [
    ['hybrid', 3], ['hybride', 3], ['híbrido', 3], ['hibrido', 3], ['partially remote', 3], ['partial remote', 3], ['partly remote', 3],
    ['remote: partial', 3], ['flexible working location', 2], ['teilweise remote', 3], ['teilweise homeoffice', 3],
    ['télétravail possible', 3], ['télétravail partiel', 3], ['teletrabajo parcial', 3], ['gedeeltelijk thuiswerken', 3],
    ['možný občasný home-office', 3], ['občasný home office', 3], ['home office možný', 3], ['home office möglich', 2],
    ['homeoffice möglich', 2], ['remote arbeiten ist möglich', 2], ['ハイブリッド', 3],
    // ja: "remote possible", "working from home possible" (as télétravail possible)
    ['リモート可', 3], ['リモート可能', 3], ['在宅勤務可', 3], ['在宅勤務可能', 3], ['リモート勤務可', 3], ['リモート勤務可能', 3],
    ['テレワーク可', 3], ['テレワーク可能', 3],
  ],
  onsite: [
    ['on-site', 3], ['onsite', 3], ['on site', 3], ['in-office', 3], ['in office', 2], ['office-based', 3], ['office based', 3],
    ['no telecommuting', 3], ['no remote', 3], ['not remote', 3], ['not a remote', 3], ['remote: no', 3], ['vor ort', 2],
    ['präsenz', 2], ['sur site', 3], ['en présentiel', 3], ['presencial', 3], ['presencialmente', 3], ['op kantoor', 2], ['出社', 2],
  ],
};

/** Regions where remote work may be allowed, as written in the record. */
export const regionLines: string[] = [
  'Worldwide|Worldwide|worldwide|anywhere in the world|anywhere on the globe|anywhere|work from anywhere|weltweit|partout dans le monde|desde cualquier lugar|de qualquer lugar',
  'EU|Europe|European|EU|E.U.|Europa|EMEA|European Union',
  'Americas|Americas|the Americas|North America|South America|Latin America|LATAM|LatAm',
  'North America|North America',
  'South America|South America',
  'APAC|APAC|Asia-Pacific|Asia Pacific',
  'US|US|USA|U.S.|United States',
  'Canada|Canada',
  'UK|UK|United Kingdom',
];
