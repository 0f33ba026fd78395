/**
 * A record's fingerprint: one hash of its canonical title, company and
 * description text (see canonical.ts). Two copies of one posting that differ
 * only in encoding, mojibake, line endings, template tags, tracking links or
 * whitespace get the same fingerprint; a different title, company or
 * description wording gives a different one.
 */
import { createHash } from 'node:crypto';
import { canonicalCompany, canonicalText } from './canonical.js';

/** Bumped whenever canonical text changes meaning, so old and new fingerprints never match by accident. */
const FINGERPRINT_VERSION = 'postings-fingerprint-1';

export interface FingerprintInput {
  title: string | null;
  company: { name: string } | null;
  /** The cleaned description as plain text (record.description.text). */
  text: string;
}

/** 32 hex digits (128 bits of SHA-256). */
export function postingFingerprint({ title, company, text }: FingerprintInput): string {
  const parts = [FINGERPRINT_VERSION, canonicalText(title ?? ''), canonicalCompany(company?.name ?? ''), canonicalText(text)];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}
