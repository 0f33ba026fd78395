/**
 * Where a posting states its work place as a field rather than in prose:
 * front matter location keys, "Location:" / "Standort:" / "勤務地：" label
 * lines and aggregator badges ("🌎 Remote (EU)"). Read by the places and
 * by the remote policy alike.
 */

/** Front matter keys (their last part) that hold a work location. */
export const LOCATION_KEYS = /^(?:location|locations|job_location|joblocation|city|place|office|address|addressLocality|addressRegion|addressCountry|country|region|ort|standort|lieu|ubicacion|ubicación|localização|plaats|miesto|jobLocation\..*|location\..*)$/i;
const LOCATION_LABEL = /^(?:location|locations|based in|office|work location|job location|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|localización|localização|local|locatie|standplaats|miesto|miesto práce|勤務地)\s{0,2}:\s{0,2}(.{2,160})$/iu;
const BADGE = /🌎\s{0,2}([^`]{2,80})/u;

/** Does this front matter key (a dotted path) name a work location? */
export function isLocationKey(key: string): boolean {
  return LOCATION_KEYS.test(key.split('.').pop() ?? '') || LOCATION_KEYS.test(key);
}

// Every label has a colon and every badge a globe: most lines have neither and skip the patterns.

/** "Location: Berlin" -> the match, its value in [1]. */
export function locationLabel(plain: string): RegExpExecArray | null {
  return plain.includes(':') ? LOCATION_LABEL.exec(plain) : null;
}

/** "🌎 Remote (EU)" -> the match, its value in [1]. */
export function badgeOf(text: string): RegExpExecArray | null {
  return text.includes('🌎') ? BADGE.exec(text) : null;
}
