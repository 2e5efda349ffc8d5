/** API errors: one class, one body shape `{error: {code, message, details}}`, codes that double as i18n keys. */
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from '#shared/errors.ts';
import { QueryTimeoutError } from '../db/sqlite-readers.ts';
import { isRetryableConflict, isUniqueViolation } from '../db/write-conflicts.ts';

export { ApiError };

export const badRequest = (message: string, details?: unknown) =>
  new ApiError(400, 'validation_failed', message, details);
export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'Sign in to continue.');
export const forbidden = (message = 'You do not have permission to do this.') =>
  new ApiError(403, 'forbidden', message);
export const notFound = (what = 'Resource') => new ApiError(404, 'not_found', `${what} not found.`);
export const conflict = (code: string, message: string, details?: unknown) =>
  new ApiError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new ApiError(422, code, message, details);

/** Turns a zod failure into a 400 that names each bad field. */
export function validationError(error: z.ZodError, where: string): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.code,
    // A rule of ours names its own translatable code and parameters (`story.too_long`, field, limit).
    ...('params' in issue && issue.params ? { params: issue.params } : {}),
  }));
  const first = issues[0];
  const summary = first ? `${where}: ${first.path || '(root)'} ${first.message}` : `${where} is invalid`;
  return new ApiError(400, 'validation_failed', summary, { issues });
}

export function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  const retryAfter = (error.details as { retryAfter?: unknown } | undefined)?.retryAfter;
  if ((error.status === 429 || error.status === 503) && typeof retryAfter === 'number')
    reply.header('retry-after', String(retryAfter));
  return reply.code(error.status).send({
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  });
}

/**
 * For a body refused before it was read (too large for its route, or not JSON): lets Node read it and drop it, as it
 * does with any unread body on a keep-alive connection, instead of closing the connection. Why: Fastify answers such
 * a request at once with `Connection: close`, and closing a socket the client is still writing to makes the kernel
 * reset it; the reset can overtake the answer, and the client (a browser too) sees a broken connection (EPIPE,
 * ECONNRESET) instead of the 413. Only a body no bigger than the server's general limit, which any JSON route reads
 * anyway, is read this way; a bigger or unannounced (chunked) one is still cut off.
 */
function keepConnectionToDrop(request: FastifyRequest, reply: FastifyReply): void {
  const declared = Number(request.headers['content-length']);
  const limit = request.server.initialConfig.bodyLimit ?? 0;
  if (Number.isSafeInteger(declared) && declared <= limit) reply.removeHeader('connection');
}

/**
 * A request Node could not parse or finish, before Fastify sees it: answered in the one error shape too, not
 * Fastify's own `{error, statusCode}`, with Fastify's statuses (408 a request too slow to arrive, 431 a request
 * line or headers past Node's 16 KB, 400 anything else), and closed. A reset connection has no one to answer.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'The request took too long to arrive.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request line or its headers are too large.']
        : [400, 'Bad Request', 'The request was not understood.'];
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const body = JSON.stringify({ error: { code: 'bad_request', message } });
  // end(), not write() and destroy(): the answer is sent before the connection closes, not dropped with it.
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** Maps everything that can be thrown in a request onto the one error shape; 5xx are logged, never leaked. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) return sendError(reply, error);
  // A read ran past its budget (SQLite reader thread stopped, or PostgreSQL's statement_timeout): 503, retry.
  if (error instanceof QueryTimeoutError || (error as { code?: string }).code === '57014') {
    return sendError(
      reply,
      new ApiError(
        503,
        'query_timeout',
        'That took the server too long and was stopped; try again or narrow it.',
        {
          retryAfter: 1,
        },
      ),
    );
  }
  if (error instanceof z.ZodError) return sendError(reply, validationError(error, 'request'));
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      keepConnectionToDrop(request, reply);
      return sendError(reply, new ApiError(413, 'payload_too_large', 'The request body is too large.'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      keepConnectionToDrop(request, reply);
      return sendError(reply, new ApiError(415, 'unsupported_media_type', 'Send JSON (application/json).'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendError(reply, new ApiError(400, 'malformed_json', 'The request body is not valid JSON.'));
  }
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
    return sendError(reply, new ApiError(400, 'malformed_json', 'The request body is not valid JSON.'));
  }
  if (fastifyError.statusCode === 429) {
    return sendError(reply, new ApiError(429, 'rate_limited', 'Too many requests; slow down.'));
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return sendError(reply, new ApiError(fastifyError.statusCode, 'bad_request', error.message));
  }
  // Two requests made the same change at the same moment and a key of the database refused the second (a name
  // taken between the check and the insert): a clear refusal, not a 500. Logged: each is a race worth knowing of.
  if (isUniqueViolation(error)) {
    request.log.warn({ err: error }, 'a concurrent change was refused by a unique key');
    return sendError(
      reply,
      new ApiError(
        409,
        'concurrent_change',
        'Someone else made the same change at the same moment; reload and try again.',
      ),
    );
  }
  if (isRetryableConflict(error)) {
    request.log.warn({ err: error }, 'a transaction was ended by PostgreSQL (deadlock or serialisation)');
    return sendError(
      reply,
      new ApiError(
        503,
        'write_conflict',
        'The server was busy with another change and saved nothing; try again.',
        {
          retryAfter: 1,
        },
      ),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(
    reply,
    new ApiError(500, 'internal', 'Something went wrong on the server; it has been logged.'),
  );
}
