import { tokenize } from '#shared/text/index.ts';

/** The exact-match key for near-duplicate detection: the headline's normalised tokens. */
export function titleKey(headline: string): string {
  return tokenize(headline).join(' ').slice(0, 500);
}
