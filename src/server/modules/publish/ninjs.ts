/** The published output as IPTC ninjs 2.x objects (https://iptc.org/standards/ninjs/). */
import type { Item } from '#shared/schemas/items.ts';
import { TOPICS, type Topic } from '#shared/tagging/codes.ts';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

// ninjs urgency runs 1 (most urgent) to 9; ours is 1 flash, 2 urgent, 3 normal.
const NINJS_URGENCY: Record<number, number> = { 1: 1, 2: 3, 3: 5 };

/** One item as a ninjs 2.x news object. */
export function toNinjs(item: Item, origin: string): Record<string, unknown> {
  return {
    uri: `${origin}/api/published/${item.id}`,
    type: 'text',
    version: String(item.version),
    firstcreated: item.receivedAt,
    versioncreated: item.publishedAt ?? item.updatedAt,
    pubstatus: 'usable',
    language: item.language,
    urgency: NINJS_URGENCY[item.urgency] ?? 5,
    headlines: [{ role: 'main', value: item.headline }],
    ...(item.summary ? { descriptions: [{ role: 'summary', value: item.summary }] } : {}),
    bodies: [{ role: 'main', contenttype: 'text/html', value: item.body, charcount: item.body.length }],
    ...(item.author ? { by: item.author } : {}),
    subjects: item.topics.map((topic) => ({
      name: topic,
      uri: `http://cv.iptc.org/newscodes/mediatopic/${(TOPICS[topic as Topic] ?? '').replace('medtop:', '')}`,
    })),
    places: item.countries.map((code) => ({
      name: countryNames.of(code) ?? code,
      uri: `urn:iso:std:iso:3166:-1:${code}`,
    })),
    organisations: item.organisations.map((organisation) => ({
      name: organisation,
      uri: `urn:mirsad:organisation:${organisation}`,
    })),
    ...(item.url ? { links: [{ rel: 'related', href: item.url }] } : {}),
    infosources: [{ name: item.source, role: 'originfeed' }],
  };
}
