import { z } from 'zod';
import { IdSchema, textLine } from './common.ts';

export const ROLES = ['editor', 'chief', 'reviewer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LOCALES = ['ar', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const UsernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, dot, dash and underscore only');

/** A user as the API shows it: never the password hash. */
export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  locale: LocaleSchema,
  disabled: z.boolean(),
  deskIds: z.array(IdSchema),
});
export type User = z.infer<typeof UserSchema>;

/** The short form of a user embedded in items, comments and events. */
export const UserRefSchema = z.object({ id: IdSchema, username: z.string(), displayName: z.string() });
export type UserRef = z.infer<typeof UserRefSchema>;

export const LoginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionResponseSchema = z.object({ user: UserSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserPreferencesPatchSchema = z.strictObject({ locale: LocaleSchema });

export const UserCreateSchema = z.strictObject({
  username: UsernameSchema,
  displayName: textLine(120).optional(),
  roles: z.array(RoleSchema).min(1).max(4),
  password: z.string().min(8).max(256),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** An editor with the number of items currently on their plate (assignment picker). */
export const AssigneeCandidateSchema = UserRefSchema.extend({ load: z.number().int().nonnegative() });
export type AssigneeCandidate = z.infer<typeof AssigneeCandidateSchema>;

export const DeskSchema = z.object({ id: IdSchema, name: z.string(), memberIds: z.array(IdSchema) });
export type Desk = z.infer<typeof DeskSchema>;
