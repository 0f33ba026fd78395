/**
 * How a page split into postings is read for what carries over to them (carry*.ts): each reading runs only the
 * extractors of the fields its carry reads (extract/index.ts fieldReader), about half of them; or whole, the
 * plain version that tests/extract-field-reader.test.ts holds them to.
 */
import { extractFields, fieldReader, type ExtractInput, type FieldsReading } from '../extract/index.js';

export type PageReading = FieldsReading<'company' | 'datePosted' | 'apply' | 'language'>;
export type OwnPartReading = FieldsReading<'apply' | 'locations' | 'remote' | 'employmentType' | 'salary' | 'equity'>;
export type ForAllReading = FieldsReading<'locations' | 'remote' | 'employmentType'>;
/** A data split's page in its own words: its company, its one place and its one address to apply to (carry-employer.ts, carry-page-place.ts, carry-page-apply.ts). */
export type PageWordsReading = FieldsReading<'company' | 'locations' | 'remote' | 'apply'>;

export interface CarryReaders {
  /** The page read whole: its company, date, address to apply to and language (carryOver, carry-list.ts, carry-language.ts). */
  page: (input: ExtractInput) => PageReading;
  /** The page's own part (intro, closing lines): address to apply to, place, remote policy, contract, pay, equity (carryApply, carry-list.ts, carry-page-place.ts). */
  ownPart: (input: ExtractInput) => OwnPartReading;
  /** The sentences that speak for every posting: place, remote policy, contract (carryPlace). */
  forAll: (input: ExtractInput) => ForAllReading;
  /** A data split's page, for its company, its one place and its one address (carry-employer.ts pageOwnWords). */
  pageWords: (input: ExtractInput) => PageWordsReading;
}

/** Each reading for its fields alone. */
export const fieldReaders: CarryReaders = Object.freeze({
  page: fieldReader(['company', 'datePosted', 'apply', 'language']),
  ownPart: fieldReader(['apply', 'locations', 'remote', 'employmentType', 'salary', 'equity']),
  forAll: fieldReader(['locations', 'remote', 'employmentType']),
  pageWords: fieldReader(['company', 'locations', 'remote', 'apply']),
});

/** Every reading whole (every extractor, and the posting kind): the plain version. */
export const wholeReaders: CarryReaders = Object.freeze({ page: extractFields, ownPart: extractFields, forAll: extractFields, pageWords: extractFields });
