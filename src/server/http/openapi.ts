/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
import { z } from 'zod';
import { ApiErrorSchema } from '#shared/schemas/common.ts';
import type { AnyRoute } from './route.ts';

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}

function parametersOf(route: AnyRoute): unknown[] {
  const parameters: unknown[] = [];
  const add = (location: 'path' | 'query', schema: z.ZodType | undefined) => {
    if (!schema) return;
    const json = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  };
  add('path', route.params);
  add('query', route.query);
  for (const header of route.headers ?? [])
    parameters.push({ name: header, in: 'header', required: false, schema: { type: 'string' } });
  return parameters;
}

/** Builds the document for every registered route. */
export function buildOpenApi(routes: readonly AnyRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses ?? {})) {
      responses[status] = {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(schema) } },
      };
    }
    if (Object.keys(responses).length === 0) responses['204'] = { description: 'No content' };
    responses.default = {
      description: 'Error: {error: {code, message, details}}',
      content: { 'application/json': { schema: jsonSchema(ApiErrorSchema) } },
    };
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security:
        route.access.kind === 'public'
          ? []
          : route.access.kind === 'ingest'
            ? [{ bearer: [] }, { session: [] }]
            : [{ session: [] }],
      parameters: parametersOf(route),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mirsad API',
      version: '1',
      description:
        'State-changing requests made with the session cookie must send X-CSRF-Token (from GET /api/session). ' +
        'Mutable resources answer with ETag; PATCH needs If-Match.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'mirsad_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Service token from `cli token:create`' },
      },
    },
    paths,
  };
}
