import { z } from 'zod';
import { IdSchema, textLine, TimestampSchema } from './common.ts';
import { ItemFiltersSchema, ItemStatusSchema, LIMITS } from './items.ts';
import { EventSchema } from './events.ts';

/** A named queue view: the filters as they appear in the URL. */
export const SavedViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  filters: ItemFiltersSchema,
  createdAt: TimestampSchema,
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewCreateSchema = z.strictObject({
  name: textLine(LIMITS.viewName),
  filters: ItemFiltersSchema,
});
export type SavedViewCreate = z.infer<typeof SavedViewCreateSchema>;

export const NOTIFICATION_KINDS = [
  'assigned',
  'returned',
  'review',
  'published',
  'agencyUpdate',
  'correction',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NotificationSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  event: EventSchema,
  /** The item as it is now (headline and status for the list), or null if it no longer exists. */
  item: z.object({ id: IdSchema, headline: z.string(), status: ItemStatusSchema }).nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;
