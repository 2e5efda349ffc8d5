/**
 * Function words that make a search clause useless on their own (nearly every item contains them). Only the
 * query parser uses this list: the index keeps every word so that quoted phrases still match exactly.
 * Entries are in normalised form (no hamza on alef, ى → ي, ة → ه).
 */
// prettier-ignore
const STOPWORDS = new Set([
  // Arabic
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ثم', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي',
  'الذين', 'هو', 'هي', 'هم', 'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'بين', 'عند', 'حتي', 'كل', 'بعد',
  'قبل', 'منذ', 'خلال', 'حول', 'لدي', 'اي', 'وفي', 'ومن', 'وعلي', 'الا', 'اذا', 'فيه', 'فيها', 'به', 'بها',
  'له', 'لها', 'وقد', 'كما', 'ايضا',
  // English
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'is', 'are',
  'was', 'were', 'be', 'as', 'that', 'this', 'it', 'its',
]);

/** True when a normalised token is a function word the query parser may ignore. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
