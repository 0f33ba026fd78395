/**
 * The page's one place, where no posting names a place of its own: a careers page's closing box ("회사 위치: 서울
 * 강남구", "Our office: Lisbon") beside roles that each say nothing of where they are is where they all are. Only
 * one place (a page that names two, "Berlin and London", says where its staff are, not where a role is), outside
 * every posting, never on a board's page (a thread's posts, dated entries, a list of links: each is another
 * company's), and only when no posting states a place or a remote policy: one that does is a page of postings
 * that each say where they are, and the page's place is its office, not theirs.
 */
import type { Fields } from '../extract/context.js';
import type { FieldsReading } from '../extract/index.js';
import type { Evidence } from '../schema/posting.js';
import { BOARD_RULES } from './carry-employer.js';

/** The page's place speaks for its postings less surely than a posting's own line. */
const PAGE_PLACE_CONFIDENCE = 0.6;

export interface PlaceHolder { fields: Fields; evidence: Record<string, Evidence> }

/**
 * Gives the page's one place to every posting that names none; in place. No remote policy: a place in a page's
 * text says where, not that the work is on site (as a posting's own prose place gives no policy).
 */
export function carryPagePlace(built: readonly PlaceHolder[], pageOwn: FieldsReading<'locations' | 'remote'> | undefined, rule: string | undefined): void {
  if (built.length < 2 || !pageOwn || (rule && BOARD_RULES.has(rule))) return;
  const places = pageOwn.fields.locations;
  if (places.length !== 1 || pageOwn.fields.remote.policy === 'remote' || pageOwn.fields.remote.policy === 'hybrid') return;
  if (built.some(({ fields }) => fields.remote.policy !== null || fields.locations.length > 0)) return;
  const at = pageOwn.evidence.locations;
  for (const { fields, evidence } of built) {
    fields.locations = structuredClone(places);
    if (at) evidence.locations = { ...at, rule: `page.${at.rule}`, confidence: Math.min(at.confidence, PAGE_PLACE_CONFIDENCE) };
  }
}
