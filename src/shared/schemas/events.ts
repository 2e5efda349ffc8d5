import { z } from 'zod';
import { ACTIONS, ITEM_STATUSES, type WorkflowAction } from '../workflow.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { ItemSchema } from './items.ts';

/** Event types besides the workflow actions, which are written as `item.<action>`. */
export const EVENT_TYPES = [
  'item.ingested',
  'item.reingested',
  /** An agency sent a new copy of an item someone already works on: kept, flagged, not applied. */
  'item.wire_updated',
  /** A story written by the desk (from scratch or from reports). */
  'item.created',
  'item.edited',
  /** Someone started or stopped editing, was taken over, or their lease lapsed. */
  'item.lease',
  'item.retagged',
  ...ACTIONS.map((action) => `item.${action}` as const),
  'comment.added',
  'user.created',
  /** Roles, desks or whether the account is enabled changed. */
  'user.updated',
  /** A new display name: rows, comments and the item pane show it to everyone (not the people page alone). */
  'user.renamed',
  /** An admin gave a user a new one-time password (their sessions ended). */
  'user.password_reset',
  /** A user chose their own password. */
  'user.password_changed',
  'user.token_created',
  'user.token_rotated',
  'user.token_revoked',
  'feed.created',
  'feed.updated',
  'feed.deleted',
  /** A poll changed a feed's health: it started or stopped failing, failed differently, or brought items. */
  'feed.health',
  /** A sign-in was refused (wrong password, unknown or disabled account, throttled): the audit trail. */
  'auth.failed',
  'auth.signed_in',
  /** A user signed out: their open streams end (on every server instance, through the event log). */
  'auth.signed_out',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function actionEventType<A extends WorkflowAction>(action: A): `item.${A}` {
  return `item.${action}`;
}

export const ActorSchema = z.object({
  kind: z.enum(['user', 'token', 'system']),
  id: IdSchema.nullable(),
  name: z.string(),
});
export type EventActor = z.infer<typeof ActorSchema>;

const TagChangeSchema = z.object({ from: z.array(z.string()), to: z.array(z.string()) });

/**
 * What each event type carries. The server writes these (the type checker holds every `emit` to them) and the
 * client reads them; stored events are never rewritten, so a field added later is optional.
 */
export const EVENT_PAYLOADS = {
  'item.ingested': z.object({ source: z.string(), guid: z.string(), feedId: IdSchema.nullable().optional() }),
  'item.reingested': z.object({
    source: z.string(),
    guid: z.string(),
    version: z.number().int(),
    /** The report's urgency before this copy, when the copy changed it (an upgrade to a flash, say). */
    urgencyFrom: z.number().int().optional(),
  }),
  'item.wire_updated': z.object({
    source: z.string(),
    guid: z.string(),
    copy: z.number().int(),
    /** Who the report was assigned to when the copy came (notified); absent in events from before 5 December. */
    assigneeId: z.number().int().nullable().optional(),
  }),
  'item.created': z.object({ sourceIds: z.array(IdSchema) }),
  'item.edited': z.object({
    fields: z.array(z.string()),
    /** The version this edit saved (absent in events written before versions were kept). */
    version: z.number().int().optional(),
    kind: z.enum(['edit', 'restore', 'wire']).optional(),
    restoredFrom: z.number().int().optional(),
    words: z.number().int().optional(),
    /** Events before versions: old and new value per short field; for the body, only its lengths. */
    changes: z.record(z.string(), z.unknown()).optional(),
  }),
  'item.lease': z.object({
    change: z.enum(['acquired', 'released', 'taken_over', 'expired']),
    userId: IdSchema,
    userName: z.string(),
    /** With taken_over: whose lease it was. */
    previousUserId: IdSchema.optional(),
  }),
  /** Per tag kind that the re-run tagger changed. */
  'item.retagged': z.record(z.string(), TagChangeSchema),
  'comment.added': z.object({ commentId: IdSchema, body: z.string() }),
  'user.created': z.object({ userId: IdSchema, username: z.string(), roles: z.array(z.string()) }),
  'user.updated': z.object({
    userId: IdSchema,
    fields: z.array(z.string()).optional(),
    /** The new values of what changed (roles, desks, disabled); never a password. */
    roles: z.array(z.string()).optional(),
    deskIds: z.array(IdSchema).optional(),
    disabled: z.boolean().optional(),
  }),
  'user.renamed': z.object({ userId: IdSchema, displayName: z.string() }),
  'user.password_reset': z.object({ userId: IdSchema }),
  'user.password_changed': z.object({ userId: IdSchema }),
  'user.token_created': z.object({ tokenId: IdSchema, name: z.string() }),
  'user.token_rotated': z.object({ tokenId: IdSchema, name: z.string() }),
  'user.token_revoked': z.object({ tokenId: IdSchema, name: z.string() }),
  'feed.created': z.object({ feedId: IdSchema, name: z.string(), url: z.string() }),
  'feed.updated': z.object({ feedId: IdSchema, fields: z.array(z.string()) }),
  'feed.deleted': z.object({ feedId: IdSchema, name: z.string() }),
  'feed.health': z.object({ feedId: IdSchema, change: z.enum(['failing', 'recovered', 'items']) }),
  'auth.failed': z.object({ username: z.string(), address: z.string(), reason: z.string() }),
  'auth.signed_in': z.object({ userId: IdSchema, address: z.string() }),
  'auth.signed_out': z.object({ userId: IdSchema }),
} as const;

/** A workflow action's event (`item.accept`, `item.assign`, …). */
export const ActionPayloadSchema = z.object({
  action: z.enum(ACTIONS),
  from: z.enum(ITEM_STATUSES),
  to: z.enum(ITEM_STATUSES),
  /** The item's assignee after the action. */
  assigneeId: IdSchema.nullable().optional(),
  assigneeName: z.string().optional(),
  previousAssigneeId: IdSchema.nullable().optional(),
  comment: z.string().optional(),
  commentId: IdSchema.optional(),
  reason: z.string().optional(),
  /** With publish and kill: the publication's number (1 first, then updates and the withdrawal). */
  publication: z.number().int().optional(),
  /** With publish: the correction note readers see. */
  note: z.string().optional(),
});

type ActionEventType = `item.${WorkflowAction}`;
type PlainEventType = keyof typeof EVENT_PAYLOADS;

/** The payload of an event type. */
export type EventPayload<T extends EventType> = T extends ActionEventType
  ? z.infer<typeof ActionPayloadSchema>
  : T extends PlainEventType
    ? z.infer<(typeof EVENT_PAYLOADS)[T]>
    : never;

const eventBase = {
  seq: z.number().int().positive(),
  itemId: IdSchema.nullable(),
  actor: ActorSchema,
  at: TimestampSchema,
};

/** One row of the append-only events table: the audit trail and the live stream at once. */
export const EventSchema = z.discriminatedUnion('type', [
  ...(Object.entries(EVENT_PAYLOADS) as Array<[PlainEventType, z.ZodType]>).map(([type, payload]) =>
    z.object({ ...eventBase, type: z.literal(type), payload }),
  ),
  z.object({ ...eventBase, type: z.enum(ACTIONS.map(actionEventType)), payload: ActionPayloadSchema }),
] as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<MirsadEvent>;

/** A workflow action's event. */
export type ActionEvent = Extract<MirsadEvent, { type: ActionEventType }>;

const ACTION_EVENT_TYPES: ReadonlySet<string> = new Set(ACTIONS.map((action) => `item.${action}`));

/** Whether the event is a workflow action's (its payload then says from, to, assignee, comment…). */
export function isActionEvent(event: MirsadEvent): event is ActionEvent {
  return ACTION_EVENT_TYPES.has(event.type);
}

/** An event, its payload typed by its type. */
export type MirsadEvent = {
  [T in EventType]: {
    seq: number;
    type: T;
    itemId: number | null;
    actor: EventActor;
    payload: EventPayload<T>;
    at: string;
  };
}[EventType];

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
