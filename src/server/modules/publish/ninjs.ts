/** What goes out, as IPTC ninjs 2.x objects (https://iptc.org/standards/ninjs/). */
import { TOPICS, type Topic } from '#shared/tagging/codes.ts';
import type { Publication } from './repository.ts';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

// ninjs urgency runs 1 (most urgent) to 9; ours is 1 flash, 2 urgent, 3 normal.
const NINJS_URGENCY: Record<number, number> = { 1: 1, 2: 3, 3: 5 };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One publication as a ninjs news object. `version` is the publication's number, so an update after a correction
 * moves it; a withdrawn story says `pubstatus: "canceled"` with the reason and no body.
 */
export function toNinjs(publication: Publication, origin: string): Record<string, unknown> {
  const canceled = publication.status === 'canceled';
  return {
    uri: `${origin}/api/published/${publication.itemId}`,
    type: 'text',
    version: String(publication.number),
    firstcreated: iso(publication.receivedAt),
    firstpublished: iso(publication.firstPublishedAt),
    versioncreated: iso(publication.publishedAt),
    pubstatus: canceled ? 'canceled' : 'usable',
    language: publication.language,
    urgency: NINJS_URGENCY[publication.urgency] ?? 5,
    headlines: [{ role: 'main', value: publication.headline }],
    ...(publication.note ? { ednote: publication.note } : {}),
    ...(publication.slug ? { slugline: publication.slug } : {}),
    ...(publication.summary && !canceled
      ? { descriptions: [{ role: 'summary', value: publication.summary }] }
      : {}),
    bodies: canceled
      ? []
      : [
          {
            role: 'main',
            contenttype: 'text/html',
            value: publication.body,
            charcount: publication.body.length,
          },
        ],
    ...(publication.byline || publication.author ? { by: publication.byline ?? publication.author } : {}),
    ...(publication.dateline ? { located: publication.dateline } : {}),
    ...(publication.keywords.length > 0 ? { keywords: publication.keywords } : {}),
    subjects: publication.tags.topics.map((topic) => ({
      name: topic,
      uri: `http://cv.iptc.org/newscodes/mediatopic/${(TOPICS[topic as Topic] ?? '').replace('medtop:', '')}`,
    })),
    places: publication.tags.countries.map((code) => ({
      name: countryNames.of(code) ?? code,
      uri: `urn:iso:std:iso:3166:-1:${code}`,
    })),
    organisations: publication.tags.organisations.map((organisation) => ({
      name: organisation,
      uri: `urn:mirsad:organisation:${organisation}`,
    })),
    ...(publication.url ? { links: [{ rel: 'related', href: publication.url }] } : {}),
    infosources: [{ name: publication.source, role: 'originfeed' }],
  };
}
