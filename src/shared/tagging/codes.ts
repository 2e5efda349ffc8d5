/**
 * The tag vocabularies: topic, region and organisation ids as stored on items and used in filters.
 * Countries are ISO 3166-1 alpha-2 codes and need no list here; display names come from Intl.DisplayNames.
 */

/**
 * The desk's topics, each mapped to an IPTC Media Topic (https://cv.iptc.org/newscodes/mediatopic/).
 * diplomacy is "international relations" (20000638, which also covers sanctions, foreign aid and international
 * organisations, as our topic does) rather than its narrower child "diplomacy" (20000639); defense is
 * "defence" (20000598, under government); energy, tourism and transport are the "products and services"
 * sectors "energy and resource" (20000256), "tourism and leisure" (20000331) and "transport" (20000337).
 */
export const TOPICS = {
  politics: 'medtop:11000000',
  diplomacy: 'medtop:20000638',
  defense: 'medtop:20000598',
  economy: 'medtop:04000000',
  energy: 'medtop:20000256',
  transport: 'medtop:20000337',
  tourism: 'medtop:20000331',
  climate: 'medtop:06000000',
  health: 'medtop:07000000',
  sport: 'medtop:15000000',
  technology: 'medtop:13000000',
  disaster: 'medtop:03000000',
  society: 'medtop:14000000',
  culture: 'medtop:01000000',
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as Topic[];

/** Regions, in the order the country filter groups them. */
export const REGION_IDS = [
  'central-asia',
  'south-caucasus',
  'gulf',
  'levant',
  'maghreb',
  'nile-valley',
  'middle-east',
  'east-asia',
  'south-asia',
  'southeast-asia',
  'europe',
  'eastern-europe',
  'north-america',
  'latin-america',
  'africa',
  'oceania',
] as const;
export type Region = (typeof REGION_IDS)[number];

/**
 * Organisations that matter to this desk, in the order the tag editor lists them (the filter groups them in
 * src/client/lib/organisations.ts). The ids are stored on items and in saved views and links: never rename one.
 */
export const ORGANISATION_IDS = [
  'opec',
  'csto',
  'sco',
  'cis',
  'brics',
  'gcc',
  'un',
  // UN agencies and world bodies: an item naming an agency of the UN system also carries 'un' (not 'wto').
  'who',
  'iaea',
  'unhcr',
  'unicef',
  'wfp',
  'unesco',
  'unrwa',
  'wto',
  // International courts, and the Red Cross and Red Crescent movement.
  'icc',
  'icj',
  'icrc',
  'eu',
  'nato',
  'arab-league',
  'eaeu',
  'ots',
  'oic',
  'g7',
  'g20',
  'imf',
  'world-bank',
  'african-union',
  'asean',
  // Armed movements regional copy names daily.
  'hamas',
  'hezbollah',
  'houthis',
  'taliban',
  'isis',
  'pkk',
] as const;
export type Organisation = (typeof ORGANISATION_IDS)[number];

/** Urgency: 1 flash, 2 urgent, 3 normal (the IPTC ninjs scale folded to three steps). */
export const URGENCIES = [1, 2, 3] as const;
export type Urgency = (typeof URGENCIES)[number];
