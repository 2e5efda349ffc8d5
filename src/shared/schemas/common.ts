import { z } from 'zod';
import { cleanNameLine, trimInvisible, withoutBidiControls } from '../text/control-characters.ts';

/** The largest id either database stores (PostgreSQL's serial is a 32-bit integer). */
export const MAX_ID = 2_147_483_647;

/**
 * A positive database id, accepted as a number or a decimal string (path and query parameters). Beyond MAX_ID
 * it is refused here, alike on both databases, instead of reaching PostgreSQL as an out-of-range integer.
 */
export const IdSchema = z.preprocess(
  // Decimal digits only: Number() would also read "0x10" as 16, "1e3" as 1000 and " 1" as 1.
  (value) => (typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value),
  z.number({ error: 'must be a positive integer id' }).int().positive().max(MAX_ID),
);

/** ISO 8601 timestamp as sent over the wire. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** The one error body every API failure answers with. `code` doubles as the i18n key `errors.<code>`. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

/** Accepts one value or many for a repeatable query parameter (`?country=KZ&country=UZ`). */
export function repeatable<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Array.isArray(value) ? value : [value]),
    z.array(schema).max(50).optional(),
  );
}

/**
 * A trimmed, non-empty, length-capped line of user text: without bidi controls, and trimmed of invisible marks
 * too, so a name of only zero-width or direction marks is refused as empty (cleanNameLine).
 */
export function textLine(max: number) {
  return z.string().overwrite(cleanNameLine).min(1).max(max);
}

/**
 * The source an agency names its items by (a push, an ingest): items are matched on source and guid, so it is
 * kept as sent, trimmed, less only the bidi controls that could reverse it for every reader ("321 PFA"). Marks
 * at its ends stay: stripped, an agency that always sent one would find its earlier items no longer matched.
 */
export function sourceLine(max: number) {
  return z.string().trim().overwrite(withoutBidiControls).min(1).max(max);
}

/** A trimmed, non-empty, length-capped text of several lines (a comment): one of only invisible marks is empty. */
export function textBlock(max: number) {
  return z.string().overwrite(trimInvisible).min(1).max(max);
}
