import { z } from 'zod';
import { IdSchema, textLine, TimestampSchema } from './common.ts';

export const ROLES = ['editor', 'chief', 'reviewer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LOCALES = ['ar', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** The digits of the Arabic interface: Latin (0-9, as most wire copy writes them) or Arabic-Indic (٠-٩). */
export const DIGITS = ['latn', 'arab'] as const;
export const DigitsSchema = z.enum(DIGITS);
export type Digits = z.infer<typeof DigitsSchema>;

/** How long an item may wait in review before the desk overview counts it as waiting too long, in minutes. */
export const REVIEW_AFTER_MINUTES = { min: 1, max: 10_080, default: 30 } as const;
export const ReviewAfterMinutesSchema = z
  .number()
  .int()
  .min(REVIEW_AFTER_MINUTES.min)
  .max(REVIEW_AFTER_MINUTES.max);

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
  digits: DigitsSchema,
  /** The desk overview's review threshold, as this user last set it. */
  reviewAfterMinutes: ReviewAfterMinutesSchema,
  disabled: z.boolean(),
  deskIds: z.array(IdSchema),
  /** Signed in with a one-time password: nothing but choosing their own is allowed until they do. */
  mustChangePassword: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

/** The short form of a user embedded in items, comments and events. */
export const UserRefSchema = z.object({ id: IdSchema, username: z.string(), displayName: z.string() });
export type UserRef = z.infer<typeof UserRefSchema>;

export const LoginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  /** The login page's language: it becomes the user's own at the first sign-in, never after. */
  locale: LocaleSchema.optional(),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionResponseSchema = z.object({ user: UserSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserPreferencesPatchSchema = z
  .strictObject({ locale: LocaleSchema, digits: DigitsSchema, reviewAfterMinutes: ReviewAfterMinutesSchema })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'at least one preference to change');
export type UserPreferencesPatch = z.infer<typeof UserPreferencesPatchSchema>;

/** The longest display name an account takes. */
export const DISPLAY_NAME_LIMIT = 120;

/**
 * A new account. The username and the password are checked by the service (src/shared/people/credentials.ts), so
 * a malformed name or a weak password is refused with its own translated code. Without a password (the admin
 * page) the server generates a one-time password, shown once, which must be replaced at first sign-in; with one
 * (scripted set-ups) the account is ready to use.
 */
export const UserCreateSchema = z.strictObject({
  username: z.string().trim().max(200),
  displayName: textLine(DISPLAY_NAME_LIMIT).optional(),
  roles: z.array(RoleSchema).min(1).max(4),
  deskIds: z.array(IdSchema).max(50).optional(),
  password: z.string().max(1000).optional(),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** An editor with the number of items currently on their plate (assignment picker). */
export const AssigneeCandidateSchema = UserRefSchema.extend({ load: z.number().int().nonnegative() });
export type AssigneeCandidate = z.infer<typeof AssigneeCandidateSchema>;

export const DeskSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** The English name, shown in the English interface; null when there is none (then `name` shows). */
  nameEn: z.string().nullable(),
  memberIds: z.array(IdSchema),
});
export type Desk = z.infer<typeof DeskSchema>;

/** A user as people administration lists them. */
export const AdminUserSchema = UserSchema.extend({ lastSignInAt: TimestampSchema.nullable() });
export type AdminUser = z.infer<typeof AdminUserSchema>;

/** A created account, and its one-time password when the server generated one (shown once, never again). */
export const UserCreatedSchema = AdminUserSchema.extend({ oneTimePassword: z.string().optional() });
export type UserCreated = z.infer<typeof UserCreatedSchema>;

/** An admin's change to an account's roles, desks or name. */
export const UserUpdateSchema = z
  .strictObject({
    displayName: textLine(DISPLAY_NAME_LIMIT).optional(),
    roles: z.array(RoleSchema).min(1).max(4).optional(),
    deskIds: z.array(IdSchema).max(50).optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'nothing to change');
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

/** A new one-time password after an admin's reset (shown once). */
export const PasswordResetResponseSchema = z.object({ user: AdminUserSchema, oneTimePassword: z.string() });

/** The signed-in user choosing their own password (after a one-time password, or any time). */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().max(1000),
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** A machine's credential for ingest; the secret itself is shown once, when created or rotated. */
export const ServiceTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type ServiceToken = z.infer<typeof ServiceTokenSchema>;
/** The longest name a service token takes. */
export const TOKEN_NAME_LIMIT = 100;
export const ServiceTokenCreateSchema = z.strictObject({ name: textLine(TOKEN_NAME_LIMIT) });
export const ServiceTokenSecretSchema = z.object({ token: ServiceTokenSchema, secret: z.string() });
export type ServiceTokenSecret = z.infer<typeof ServiceTokenSecretSchema>;
