/**
 * Second-level labels under which a country's registries sell names ("acme.co.uk", "acme.com.au",
 * "uni.ac.jp"): under a two-letter country domain, a registrable domain takes three labels with one of these.
 */
export const secondLevelLabels = ['co', 'com', 'ac', 'org', 'net', 'gov', 'edu', 'or', 'ne', 'go', 'gv', 'ltd', 'plc', 'nom'];
