/** The Arabic language layer shared by browser and server: one normaliser, tokeniser, stemmer and query parser. */
export { normalizeArabic } from './normalize.ts';
export { tokenize, tokenizeNormalized } from './tokenize.ts';
export { stripClitics, lightStem, stripCliticsNormalized, lightStemNormalized } from './stem.ts';
export { searchIndexText, parseSearchQuery, MAX_CLAUSES } from './search.ts';
export type { SearchQuery, SearchClause, NamedTag, NameLookup } from './search.ts';
export { isStopword } from './stopwords.ts';
