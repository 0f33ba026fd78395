/**
 * Equity: stock options, RSUs, equity, shares or tokens offered. "Diversity,
 * Equity & Inclusion" and "pay equity" are not an offer. Null when unsaid.
 */
import { cite, type ExtractContext } from './context.js';

const OFFER = /\b(?:equity|stock options?|stock option (?:plan|programme|program)|employee stock|rsus?|restricted stock units?|esop|vsop|share options?|virtual shares|tokens? (?:package|grant|allocation|options?|compensation)|mitarbeiterbeteiligung|aktienoptionen|unternehmensbeteiligung|bspce|stock-options|actions gratuites|participación accionarial|opciones sobre acciones|stock options|ストックオプション)\b/iu;
const NOT_AN_OFFER = /\b(?:diversity,?\s+equity|equity,?\s+(?:and\s+|&\s+)?inclusion|equity\s*&\s*inclusion|pay equity|health equity|racial equity|social equity|gender equity|equity in|private equity|equity research|equity capital|equity investors?|home equity|DEI)\b/iu;
const DENIED = /\b(?:no|without)\s+(?:equity|stock options)\b/iu;

export function extractEquity(ctx: ExtractContext): void {
  for (const line of ctx.text) {
    const text = line.plain;
    if (!OFFER.test(text)) continue;
    const cleaned = text.replace(new RegExp(NOT_AN_OFFER.source, 'giu'), ' ');
    if (!OFFER.test(cleaned)) continue;
    ctx.fields.equity = !DENIED.test(cleaned);
    cite(ctx, 'equity', line.line, 'text.equity-words', text, 0.8);
    return;
  }
}
