import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { addRoute, type Access, type AnyRoute, type RouteServices, type RouteSpec } from './route.ts';

/** What each module's `registerXRoutes` receives. */
export interface RouteContext {
  app: FastifyInstance;
  ctx: AppContext;
  route<P, Q, B, const A extends Access>(spec: RouteSpec<P, Q, B, A>): void;
  /** The same registrar inside an encapsulated plugin (its own content-type parsers, say). */
  within(scope: FastifyInstance): RouteContext;
}

/** A route registrar that also collects every route for the OpenAPI document. */
export function routeContext(
  app: FastifyInstance,
  services: RouteServices,
  registry: AnyRoute[],
): RouteContext {
  return {
    app,
    ctx: services.ctx,
    route: (spec) => addRoute(app, services, registry, spec),
    within: (scope) => routeContext(scope, services, registry),
  };
}
