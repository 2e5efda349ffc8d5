/** Leases: who is editing an item (one tab of one user), until when unless the open editor renews it. */
import { z } from 'zod';
import { TimestampSchema } from './common.ts';
import { UserRefSchema } from './users.ts';

/** A browser tab's id for leases: one user may have the story open in two tabs. */
export const TabIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a tab id');
export const LeaseRequestSchema = z.strictObject({ tabId: TabIdSchema });

/** Who is editing an item, since when, until when unless renewed. */
export const LeaseSchema = z.object({
  holder: UserRefSchema,
  since: TimestampSchema,
  expiresAt: TimestampSchema,
  /** The holder's tab: the holder's own other tabs see it is not them. */
  tabId: z.string(),
});
export type Lease = z.infer<typeof LeaseSchema>;

/** How long a lease lasts without renewal, and how often the open editor renews it. */
export const LEASE_MS = 60_000;
export const LEASE_RENEW_MS = 20_000;
