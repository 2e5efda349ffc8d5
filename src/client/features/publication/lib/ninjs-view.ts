/**
 * The ninjs object a publication sends out, read for showing it to a reviewer: the API types it as an open
 * record (it is the wire format, not ours), so it is read defensively here, and a field it lacks is simply
 * not shown.
 */
import { z } from 'zod';
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';

const Text = z.object({ role: z.string().optional(), value: z.string() });
const Named = z.object({ name: z.string(), uri: z.string().optional() });

const NinjsSchema = z.object({
  version: z.string().optional(),
  pubstatus: z.string().optional(),
  language: z.string().optional(),
  urgency: z.number().optional(),
  headlines: z.array(Text).catch([]),
  descriptions: z.array(Text).catch([]),
  bodies: z.array(Text.extend({ contenttype: z.string().optional() })).catch([]),
  by: z.string().optional().catch(undefined),
  located: z.string().optional().catch(undefined),
  slugline: z.string().optional().catch(undefined),
  ednote: z.string().optional().catch(undefined),
  keywords: z.array(z.string()).catch([]),
  subjects: z.array(Named).catch([]),
  places: z.array(Named).catch([]),
  organisations: z.array(Named).catch([]),
});

export interface NinjsView {
  /** The publication's number: 1 the first time, then each update. */
  publication: number | null;
  status: string | null;
  language: string | null;
  headline: string;
  summary: string;
  /** HTML, to be sanitised before it becomes DOM. */
  bodyHtml: string;
  byline: string | null;
  dateline: string | null;
  slug: string | null;
  note: string | null;
  keywords: string[];
  subjects: string[];
  /** Places by name as sent, with their ISO country code when the uri gives one (to show in the UI language). */
  places: Array<{ name: string; code: string | null }>;
  organisations: string[];
}

const main = (texts: ReadonlyArray<z.infer<typeof Text>>, role: string) =>
  (texts.find((text) => text.role === role) ?? texts[0])?.value ?? '';

/** Reads a ninjs object (see module comment). */
export function readNinjs(ninjs: Record<string, unknown>): NinjsView {
  const parsed = NinjsSchema.safeParse(ninjs);
  const data = parsed.success ? parsed.data : NinjsSchema.parse({});
  const number = Number(data.version);
  return {
    publication: Number.isInteger(number) && number > 0 ? number : null,
    status: data.pubstatus ?? null,
    language: data.language ?? null,
    headline: main(data.headlines, 'main'),
    summary: main(data.descriptions, 'summary'),
    bodyHtml: main(data.bodies, 'main'),
    byline: data.by ?? null,
    dateline: data.located ?? null,
    slug: data.slugline ?? null,
    note: data.ednote ?? null,
    keywords: data.keywords,
    subjects: data.subjects.map((subject) => subject.name),
    places: data.places.map((place) => ({
      name: place.name,
      code: /^urn:iso:std:iso:3166:-1:([A-Z]{2})$/.exec(place.uri ?? '')?.[1] ?? null,
    })),
    organisations: data.organisations.map((organisation) => organisation.name),
  };
}

/** Who is shown the preview: reviewers, desk chiefs and admins, while the story is in review or approved. */
export function seesPublicationPreview(user: Pick<User, 'roles'>, item: Pick<Item, 'status'>): boolean {
  return (
    (item.status === 'in_review' || item.status === 'approved') &&
    user.roles.some((role) => role === 'reviewer' || role === 'chief' || role === 'admin')
  );
}
