import { z } from 'zod';
import { ACTIONS, type WorkflowAction } from '../workflow.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { ItemSchema } from './items.ts';

/** Event types besides the workflow actions, which are written as `item.<action>`. */
export const EVENT_TYPES = [
  'item.ingested',
  'item.reingested',
  'item.edited',
  'item.retagged',
  ...ACTIONS.map((action) => `item.${action}` as const),
  'comment.added',
  'user.created',
  'user.updated',
  'feed.created',
  'feed.updated',
  'feed.deleted',
  /** A poll changed a feed's health: it started or stopped failing, failed differently, or brought items. */
  'feed.health',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function actionEventType(action: WorkflowAction): EventType {
  return `item.${action}`;
}

export const ActorSchema = z.object({
  kind: z.enum(['user', 'token', 'system']),
  id: IdSchema.nullable(),
  name: z.string(),
});
export type EventActor = z.infer<typeof ActorSchema>;

/** One row of the append-only events table: the audit trail and the live stream at once. */
export const EventSchema = z.object({
  seq: z.number().int().positive(),
  type: z.enum(EVENT_TYPES),
  itemId: IdSchema.nullable(),
  actor: ActorSchema,
  payload: z.record(z.string(), z.unknown()),
  at: TimestampSchema,
});
export type MirsadEvent = z.infer<typeof EventSchema>;

/**
 * The item as the live stream carries it: everything a queue row or a cache patch needs, without the body,
 * which can be large and which only an open item pane shows (it refetches GET /api/items/:id on an event).
 */
export const LiveItemSchema = ItemSchema.omit({ body: true });
export type LiveItem = z.infer<typeof LiveItemSchema>;

/** What the live stream sends for each event: the event and, for item events, the item as it now is. */
export const LiveMessageSchema = z.object({ event: EventSchema, item: LiveItemSchema.nullable() });
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

export const HistoryResponseSchema = z.object({ events: z.array(EventSchema) });
