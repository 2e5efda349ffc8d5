/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII: what an Arabic keyboard, or a phone's numeric pad in
 * Arabic, types into a number field. (Search text goes through normalizeArabic, which does the same and more.)
 */
export function latinDigits(text: string): string {
  // U+0660 and U+06F0 are both zero: the low four bits are the digit.
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}
