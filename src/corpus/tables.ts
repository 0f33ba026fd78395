/**
 * Vocabulary for comparing postings: what a tracking link carries, and the
 * legal suffixes a company name may or may not be written with.
 */

/** Query parameters that only track where a click came from; dropped before comparing text. */
export const TRACKING_PARAMS: readonly string[] = [
  'gclid', 'gclsrc', 'dclid', 'fbclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'trk', 'trkid', 'ref', 'ref_src', 'refid', 'referrer',
  'source', 'src', 'campaign', 'gh_src', 'lever-source', 'lever-origin', 'cid', 'sc_cid', 'spm', 'vero_id',
];

/** Query parameter prefixes that track (utm_source, utm_medium, pk_campaign, ...). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

/** Words a company name may end with that do not change which company it is. */
export const LEGAL_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'ag', 'kg', 'ug', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'kk',
  'pty', 'pte', 'sro', 'sp', 'zoo',
];
