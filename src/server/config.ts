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
    /**
     * How many reverse proxies sit in front (0: none). The client's address is read that many hops from the
     * right of X-Forwarded-For, so a client cannot choose its own address by sending the header itself.
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
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
    /**
     * Longest one poll's fetch may take, connect, headers and whole body together: a server that dribbles a
     * byte every few seconds never trips the idle read timeout, and would hold a poller slot for ever.
     */
    FEED_POLL_DEADLINE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
    /** Polls of one host (host:port) at once, so many feeds on one slow server cannot take every slot. */
    FEED_POLLS_PER_HOST: z.coerce.number().int().min(1).max(64).default(2),
    /** Requests a minute per user (or token, or address when signed out), by kind; 0 turns a limit off. */
    RATE_SEARCH_PER_MINUTE: z.coerce.number().int().min(0).default(120),
    RATE_FACETS_PER_MINUTE: z.coerce.number().int().min(0).default(240),
    RATE_INGEST_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    RATE_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
    /** Heavy reads (lists, facets, search) one user may have running at once; more wait their turn. */
    HEAVY_READS_PER_USER: z.coerce.number().int().min(1).max(64).default(2),
    /** Longest the page for the queue waits for its first rows (the first glance) before it goes without. */
    FIRST_GLANCE_BUDGET_MS: z.coerce.number().int().min(0).max(60_000).default(250),
    /** Longest a request's database work may take before it is stopped (a 503 the client may retry). */
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    /** log2 of scrypt's N for new password hashes (OWASP: 17). Lower only for tests. */
    PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
    /** Deepest nesting of arrays and objects a JSON request body may have. */
    JSON_MAX_DEPTH: z.coerce.number().int().min(2).max(1_000).default(32),
    /** Most events a reconnecting screen is sent again; further behind, it is told to reload (`reset`). */
    LIVE_REPLAY_MAX_EVENTS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
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
    // Without it the public outputs (the Atom feed's permanent ids and links, ninjs URIs) would name whatever
    // host a request said it was for, and a cache in front would keep the forged ones.
    if (env.NODE_ENV === 'production' && !env.PUBLIC_ORIGIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_ORIGIN'],
        message: 'is required when NODE_ENV=production (the address readers reach the app at)',
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
  /** Reverse proxies in front (hops to trust in X-Forwarded-For). */
  trustProxy: number;
  cookieSecure: boolean;
  logLevel: string;
  staticDir: string;
  bodyLimitBytes: number;
  feedBodyLimitBytes: number;
  pollers: boolean;
  feedPollDeadlineMs: number;
  feedPollsPerHost: number;
  feedAllowPrivate: boolean;
  rateLimits: RateLimits;
  heavyReadsPerUser: number;
  firstGlanceBudgetMs: number;
  queryTimeoutMs: number;
  jsonMaxDepth: number;
  liveReplayMaxEvents: number;
  passwordHashCost: number;
}

/** Requests per minute by kind of request; 0 means no limit. */
export interface RateLimits {
  search: number;
  facets: number;
  ingest: number;
  anonymous: number;
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
    trustProxy: e.TRUST_PROXY,
    cookieSecure: isOn(e.COOKIE_SECURE, production),
    logLevel: e.LOG_LEVEL,
    staticDir: e.STATIC_DIR,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    feedBodyLimitBytes: e.FEED_BODY_LIMIT_BYTES,
    pollers: isOn(e.POLLERS, true),
    feedPollDeadlineMs: e.FEED_POLL_DEADLINE_MS,
    feedPollsPerHost: e.FEED_POLLS_PER_HOST,
    feedAllowPrivate: isOn(e.FEED_ALLOW_PRIVATE, !production),
    rateLimits: {
      search: e.RATE_SEARCH_PER_MINUTE,
      facets: e.RATE_FACETS_PER_MINUTE,
      ingest: e.RATE_INGEST_PER_MINUTE,
      anonymous: e.RATE_ANONYMOUS_PER_MINUTE,
    },
    heavyReadsPerUser: e.HEAVY_READS_PER_USER,
    firstGlanceBudgetMs: e.FIRST_GLANCE_BUDGET_MS,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    jsonMaxDepth: e.JSON_MAX_DEPTH,
    liveReplayMaxEvents: e.LIVE_REPLAY_MAX_EVENTS,
    passwordHashCost: e.PASSWORD_HASH_COST,
  };
}
