/** Every environment variable the server reads, parsed once. A bad value stops start-up naming the variable. */
import { z } from 'zod';

/** A 1/0 switch; left unset it takes a default that may depend on NODE_ENV, resolved in loadConfig. */
const flag = z.enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be 1 or 0' }).optional();
const isOn = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : ['1', 'true', 'yes'].includes(value);

const DEV_SESSION_SECRET = 'mirsad-development-secret-not-for-production';

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .default('sqlite:./data/mirsad.db')
      .refine((url) => /^(sqlite:|postgres(ql)?:\/\/)/.test(url), 'must start with sqlite: or postgres://'),
    DEMO: flag,
    DEMO_WIRE: flag,
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('mirsad-demo'),
    DEMO_WIRE_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(6_000),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    /** The app's public origin (https://mirsad.example); when unset, the request's own Host is the origin. */
    PUBLIC_ORIGIN: z.url().optional(),
    /** Set when a TLS-terminating proxy sits in front, so cookies get `Secure` and X-Forwarded-* is trusted. */
    TRUST_PROXY: flag,
    COOKIE_SECURE: flag,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STATIC_DIR: z.string().default('dist'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    FEED_BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1_048_576),
    POLLERS: flag,
    /** Let feeds live on loopback/private networks (an intranet wire). Off in production unless set. */
    FEED_ALLOW_PRIVATE: flag,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when NODE_ENV=production',
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  demo: boolean;
  demoWire: boolean;
  demoPassword: string;
  demoWireIntervalMs: number;
  sessionSecret: string;
  sessionTtlMs: number;
  publicOrigin: string | null;
  trustProxy: boolean;
  cookieSecure: boolean;
  logLevel: string;
  staticDir: string;
  bodyLimitBytes: number;
  feedBodyLimitBytes: number;
  pollers: boolean;
  feedAllowPrivate: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment into a Config, or throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demo = isOn(e.DEMO, !production);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    demo,
    demoWire: demo && isOn(e.DEMO_WIRE, !production),
    demoPassword: e.DEMO_PASSWORD,
    demoWireIntervalMs: e.DEMO_WIRE_INTERVAL_MS,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    publicOrigin: e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).origin : null,
    trustProxy: isOn(e.TRUST_PROXY, false),
    cookieSecure: isOn(e.COOKIE_SECURE, production),
    logLevel: e.LOG_LEVEL,
    staticDir: e.STATIC_DIR,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    feedBodyLimitBytes: e.FEED_BODY_LIMIT_BYTES,
    pollers: isOn(e.POLLERS, true),
    feedAllowPrivate: isOn(e.FEED_ALLOW_PRIVATE, !production),
  };
}
