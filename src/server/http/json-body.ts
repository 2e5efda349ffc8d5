/**
 * JSON request bodies: size-limited by Fastify (BODY_LIMIT_BYTES, per route where a route says so), and
 * depth-limited here before parsing, so a megabyte of `[[[[…` cannot make the parser recurse through it.
 * Fastify's own parser (with its prototype-poisoning guards) does the parsing.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '#shared/errors.ts';

/** Whether arrays and objects nest deeper than `max` anywhere in the text (strings are skipped). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Replaces the JSON body parser with one that refuses bodies nested deeper than `maxDepth` (400). */
export function registerJsonParser(app: FastifyInstance, maxDepth: number): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepthExceeds(text, maxDepth)) {
      done(
        new ApiError(400, 'too_deep', `The request body nests deeper than ${maxDepth} levels.`),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
