/**
 * Arabic numeral–noun agreement (تمييز العدد), for copy the program writes itself with a count in it (demo
 * wire copy today). i18next's plural categories choose among whole UI sentences; this writes "N + noun" inside
 * generated text, where the form of the noun depends on the number:
 *
 * - 1: the singular followed by "one" agreeing with it, no digit (دولة واحدة);
 * - 2: the dual alone, no digit (دولتان in the nominative, دولتين in the accusative and genitive);
 * - 3–10: the plural, in the genitive (3 دول, 10 دول);
 * - 11–99: the singular, in the accusative (11 دولةً, 99 دولةً; a masculine noun shows its tanween alef,
 *   11 عسكرياً, so the form is given with the noun);
 * - 100, 200 … 1000, 1,000,000 (whole hundreds, thousands, millions): the singular, in the genitive (100 دولة);
 * - above 100 otherwise, the noun follows the last part of the number, as it would written out in words
 *   (مئة ودولة, مئة ودولتان, مئة وثلاث دول, مئة وإحدى عشرة دولة): 101 دولة, 102 دولتان, 103 دول, 111 دولة.
 */

export interface CountedNoun {
  /** Singular, nominative/genitive, without tanween: دولة, اتفاقية. */
  singular: string;
  /** Singular in the accusative of 11–99: دولة (its tanween is not written), عسكريا. */
  accusative: string;
  /** Dual, nominative then accusative/genitive: [دولتان, دولتين]. */
  dual: readonly [nominative: string, oblique: string];
  /** Plural of 3–10: دول, اتفاقيات. */
  plural: string;
  /** "one", agreeing with the noun's gender: واحدة, واحد. */
  one: string;
}

/** Which form of the noun a count takes (see the module comment). */
export type CountForm = 'one' | 'dual' | 'plural' | 'accusative' | 'genitive';

/** The noun's form after the whole number `n` (≥ 1). */
export function countForm(n: number): CountForm {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a count: ${n}`);
  const last = n % 100;
  if (n >= 100 && last === 0) return 'genitive';
  if (last === 1) return 'one';
  if (last === 2) return 'dual';
  if (last >= 3 && last <= 10) return 'plural';
  return 'accusative';
}

/** The grammatical case of the counted phrase in its sentence; only the dual shows it. */
export type NounCase = 'nominative' | 'oblique';

/**
 * "N + noun" with the noun in the form the number takes: countedNoun(10, COUNTRY) = "10 دول",
 * countedNoun(11, COUNTRY) = "11 دولة", countedNoun(2, COUNTRY, 'nominative') = "دولتان". `digits` writes the
 * number (Latin digits by default, as the wires write them).
 */
export function countedNoun(
  n: number,
  noun: CountedNoun,
  nounCase: NounCase = 'oblique',
  digits: (n: number) => string = String,
): string {
  const dual = noun.dual[nounCase === 'nominative' ? 0 : 1];
  switch (countForm(n)) {
    case 'one':
      return n === 1 ? `${noun.singular} ${noun.one}` : `${digits(n)} ${noun.singular}`;
    case 'dual':
      return n === 2 ? dual : `${digits(n)} ${dual}`;
    case 'plural':
      return `${digits(n)} ${noun.plural}`;
    case 'accusative':
      return `${digits(n)} ${noun.accusative}`;
    case 'genitive':
      return `${digits(n)} ${noun.singular}`;
  }
}
