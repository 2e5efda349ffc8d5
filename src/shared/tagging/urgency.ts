import type { Urgency } from './codes.ts';

/**
 * Urgency, 1 flash, 2 urgent, 3 normal.
 * Headline markers, read at the very start of the normalised headline (after any emoji or punctuation) or in
 * brackets anywhere, because "عاجل" elsewhere is just a word ("دعوات لتحرك عاجل"):
 * - flash (1): "عاجل جدا", "flash", "bulletin", "فلاش" (the top of the wire agencies' scales);
 * - urgent (2): "عاجل", "خبر عاجل", "breaking", "breaking news", "urgent".
 * Agency urgency is the IPTC/ninjs 1–9 scale (1 most urgent, 5 "normal"): 1 → flash, 2–3 → urgent,
 * 4–9 → normal; anything else is ignored. The item gets the more urgent of the two; default 3.
 */

const FLASH_START = /^[^\p{L}\p{N}]*(?:عاجل جدا|عاجل عاجل|flash|bulletin|فلاش)(?![\p{L}\p{N}])/u;
const URGENT_START = /^[^\p{L}\p{N}]*(?:خبر عاجل|عاجل|breaking news|breaking|urgent)(?![\p{L}\p{N}])/u;
const URGENT_BRACKETED = /[([]\s*(?:عاجل|urgent|breaking)\s*[)\]]/u;
const FLASH_BRACKETED = /[([]\s*(?:flash|عاجل جدا)\s*[)\]]/u;

/** Urgency from markers in a normalised headline (3 when there are none). */
export function headlineUrgency(normalizedHeadline: string): Urgency {
  if (FLASH_START.test(normalizedHeadline) || FLASH_BRACKETED.test(normalizedHeadline)) return 1;
  if (URGENT_START.test(normalizedHeadline) || URGENT_BRACKETED.test(normalizedHeadline)) return 2;
  return 3;
}

/** Folds an agency's IPTC/ninjs urgency (1–9, 1 most urgent) to our three steps; null when absent or invalid. */
export function agencyUrgencyOf(value: number | null | undefined): Urgency | null {
  if (value === null || value === undefined || !Number.isInteger(value) || value < 1 || value > 9)
    return null;
  if (value === 1) return 1;
  if (value <= 3) return 2;
  return 3;
}

/**
 * Our three steps on the agency scale that agencyUrgencyOf reads (1 flash, 2 urgent, 5 normal): an item pushed
 * with Mirsad's own urgency (1–3) is stored with that urgency, not read as an IPTC value (3 there is urgent).
 */
export function asAgencyUrgency(urgency: Urgency): number {
  return urgency === 3 ? 5 : urgency;
}

/** The item's urgency: the more urgent of headline markers and agency urgency. */
export function urgencyOf(normalizedHeadline: string, agencyUrgency?: number | null): Urgency {
  const fromHeadline = headlineUrgency(normalizedHeadline);
  const fromAgency = agencyUrgencyOf(agencyUrgency);
  return fromAgency === null ? fromHeadline : (Math.min(fromHeadline, fromAgency) as Urgency);
}
