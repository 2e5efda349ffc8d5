/** Tagging shared by ingest (server) and filters (client): gazetteer, regions, topics, urgency. */
export { tagText } from './tagger.ts';
export type { TagInput, Tags } from './tagger.ts';
export { regionsOfCountry, REGION_COUNTRIES, COUNTRY_CODES } from './countries.ts';
export { headlineUrgency, agencyUrgencyOf } from './urgency.ts';
export { TOPICS, TOPIC_IDS, REGION_IDS, ORGANISATION_IDS, URGENCIES } from './codes.ts';
export type { Topic, Region, Organisation, Urgency } from './codes.ts';
