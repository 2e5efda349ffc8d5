/** Optimistic concurrency over HTTP: `ETag: "<version>"` out, `If-Match` in (428 without, 412 when stale). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/** The version named by If-Match, or undefined when the header is absent. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match) throw stale('If-Match does not name a version of this item.');
  return Number(match[1]);
}

/** The If-Match version, required (428 when missing). */
export function requireIfMatch(request: FastifyRequest): number {
  const version = ifMatchVersion(request);
  if (version === undefined) {
    throw new ApiError(
      428,
      'precondition_required',
      'Send If-Match with the version you edited (the ETag you read).',
    );
  }
  return version;
}

export function stale(
  message = 'Someone else changed this item since you loaded it.',
  currentVersion?: number,
): ApiError {
  return new ApiError(
    412,
    'version_conflict',
    message,
    currentVersion === undefined ? undefined : { currentVersion },
  );
}
