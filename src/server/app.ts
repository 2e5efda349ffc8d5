/** Builds the Fastify instance: plugins, then routes. Tests call this and use app.inject(). */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { sql } from 'kysely';
import { listPageQuery } from '#shared/queue-page.ts';
import type { Config } from './config.ts';
import { createContext, type AppContext } from './context.ts';
import { FeedPoller, pollerOptionsFrom, type PollerOptions } from './ingest/poller.ts';
import { openDatabase, type Database } from './db/index.ts';
import { migrateToLatest, migrationsAreCurrent } from './db/migrate.ts';
import { clientErrorHandler, errorHandler, notFound, sendError } from './http/errors.ts';
import { MAINTENANCE_INTERVAL_MS, runMaintenance } from './maintenance.ts';
import { buildOpenApi } from './http/openapi.ts';
import { routeContext } from './http/register.ts';
import { ConcurrencyGate, RateLimiter } from './http/rate-limit.ts';
import { registerJsonParser } from './http/json-body.ts';
import { addSecurityHeaders } from './http/security-headers.ts';
import { queueViewOf, registerFirstGlance, SERVER_RENDER_DIR } from './http/first-glance.ts';
import type { AnyRoute } from './http/route.ts';
import { registerAlertSettingsRoutes } from './modules/alert-settings/routes.ts';
import { registerAuthRoutes } from './modules/auth/routes.ts';
import { SESSION_COOKIE } from './modules/auth/sessions.ts';
import { registerDeskOverviewRoutes } from './modules/desk-overview/routes.ts';
import {
  DEFAULT_STREAM_SETTINGS,
  registerEventRoutes,
  type StreamSettings,
} from './modules/events/routes.ts';
import { registerImageRoutes } from './modules/images/routes.ts';
import { registerItemRoutes } from './modules/items/routes.ts';
import { registerPublishRoutes } from './modules/publish/routes.ts';
import { expireLeases } from './modules/stories/leases.ts';
import { registerStoryRoutes } from './modules/stories/routes.ts';
import { registerFeedRoutes } from './modules/feeds/routes.ts';
import { registerUserRoutes } from './modules/users/routes.ts';
import { registerViewRoutes } from './modules/views/routes.ts';
import { registerNotificationRoutes } from './modules/notifications/routes.ts';
import { registerWorkflowRoutes } from './modules/workflow/routes.ts';

export interface BuildOptions {
  config: Config;
  /** An already open database (tests); otherwise config.databaseUrl is opened and closed with the app. */
  database?: Database;
  stream?: Partial<StreamSettings>;
  poller?: PollerOptions;
  /** Pino logger options; tests pass false. */
  logger?: boolean | Record<string, unknown>;
  /** The clock (tests move one to expire leases); Date.now otherwise. */
  now?: () => number;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** Polls the configured feeds; started by main.ts (POLLERS=1), idle in tests unless they start it. */
  poller: FeedPoller;
}

/** How often lapsed leases are looked for (a lease lasts LEASE_MS without renewal). */
const LEASE_SWEEP_MS = 5_000;

export async function buildApp(options: BuildOptions): Promise<BuiltApp> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Trust exactly the configured number of proxy hops: the address one hop further is the client's, whatever
    // X-Forwarded-For a client sends itself.
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler,
  });
  const database =
    options.database ?? (await openDatabase(config.databaseUrl, { queryTimeoutMs: config.queryTimeoutMs }));
  const ownsDatabase = !options.database;
  await migrateToLatest(database);
  await database.optimize();
  const ctx = createContext(config, database, app.log, options.now);
  const poller = new FeedPoller(ctx, options.poller ?? pollerOptionsFrom(config));
  const { bus } = ctx;

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(cookie);
  addSecurityHeaders(app, { secureCookies: config.cookieSecure });
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only: a text/plain body is a 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');
  registerJsonParser(app, config.jsonMaxDepth);

  const registry: AnyRoute[] = [];
  const gate = new ConcurrencyGate(config.heavyReadsPerUser);
  const limiter = new RateLimiter(config.rateLimits, ctx.now);
  const routes = routeContext(
    app,
    {
      ctx,
      limiter,
      gate,
    },
    registry,
  );
  registerAuthRoutes(routes);
  registerUserRoutes(routes);
  registerItemRoutes(routes);
  registerDeskOverviewRoutes(routes);
  registerStoryRoutes(routes);
  registerImageRoutes(routes);
  registerWorkflowRoutes(routes);
  registerEventRoutes(routes, {
    ...DEFAULT_STREAM_SETTINGS,
    maxBacklog: config.liveReplayMaxEvents,
    ...options.stream,
  });
  registerPublishRoutes(routes);
  registerViewRoutes(routes);
  registerNotificationRoutes(routes);
  registerAlertSettingsRoutes(routes);
  await registerFeedRoutes(routes, poller);

  // Built on first request, not at start: JSON Schema for every route costs ~100 ms and megabytes of garbage
  // that every start-up would pay for a document few ever ask for.
  let openApi: Record<string, unknown> | undefined;
  app.get('/api/openapi.json', async () => (openApi ??= buildOpenApi(registry)));
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(database.db);
      if (!(await migrationsAreCurrent(database))) return reply.code(503).send({ status: 'migrating' });
      return { status: 'ready', database: database.dialect, liveSeq: bus.latest };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  await serveClient(app, config, { ctx, gate, limiter });

  await bus.start();
  const maintenance = setInterval(() => void runMaintenance(ctx), MAINTENANCE_INTERVAL_MS);
  maintenance.unref();
  // Lapsed leases are announced within seconds, so every screen stops showing "… is editing".
  const leaseSweep = setInterval(
    () =>
      void expireLeases(ctx).catch((error: unknown) => app.log.warn({ err: error }, 'lease sweep failed')),
    LEASE_SWEEP_MS,
  );
  leaseSweep.unref();
  // Before the server stops accepting and waits for open connections: a live stream never ends by itself.
  app.addHook('preClose', async () => bus.closeAll());
  app.addHook('onClose', async () => {
    clearInterval(maintenance);
    clearInterval(leaseSweep);
    await poller.stop();
    await bus.stop();
    if (ownsDatabase) await database.close();
  });
  return { app, ctx, poller };
}

/** The page as built (the single-page app's index.html), revalidated at every load. */
const builtPage = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');

/** Serves the built single-page app; any other GET that wants HTML gets index.html (client-side routes). */
async function serveClient(
  app: FastifyInstance,
  config: Config,
  services: { ctx: AppContext; gate: ConcurrencyGate; limiter: RateLimiter },
): Promise<void> {
  const root = resolve(config.staticDir);
  const hasClient = existsSync(resolve(root, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root,
      // Look files up per request, so a rebuild is served without a restart; unknown paths fall through to
      // the not-found handler below (the SPA fallback).
      wildcard: true,
      // `/` is the app: a directory request would otherwise be refused (403) by clients that send no
      // Accept-Encoding, before the SPA fallback below could answer.
      index: 'index.html',
      // The build writes .br/.gz beside each asset; send those to browsers that accept them.
      preCompressed: true,
      // The first glance's renderer is the server's to run (http/first-glance.ts), not the browser's to fetch.
      allowedPath: (path) => !path.startsWith(`/${SERVER_RENDER_DIR}/`),
      setHeaders: (response, path) => {
        response.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  if (hasClient) {
    // A signed-in browser opening the queue asks for its first page as soon as the script runs; this header
    // lets it ask while the script is still loading (the script's request then takes that response).
    app.addHook('onSend', async (request, reply) => {
      if (request.method !== 'GET' || !request.cookies[SESSION_COOKIE]) return;
      const view = queueViewOf(request.url);
      if (view)
        reply.header('link', `</api/items?${listPageQuery(view, null)}>; rel=preload; as=fetch; crossorigin`);
    });
  }
  if (hasClient)
    registerFirstGlance(
      app,
      { ...services, staticDir: root, budgetMs: config.firstGlanceBudgetMs },
      builtPage,
    );
  app.setNotFoundHandler((request, reply) => {
    const wantsHtml = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/feeds/');
    if (hasClient && wantsHtml && !isApi) {
      return builtPage(reply);
    }
    return sendError(reply, notFound(`${request.method} ${request.url.split('?')[0]}`));
  });
}
