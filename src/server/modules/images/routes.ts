/**
 * Images in wire copy are loaded through the server, never by the browser from the agency's host: a tracking
 * pixel learns nothing about the desk, an internal address cannot be probed through a story (the same address
 * guard as feeds), and the Content-Security-Policy allows images from this origin only. Only signed-in users
 * may use it (it is not an open relay); only real image types pass; each image is cached a while.
 */
import { z } from 'zod';
import { ApiError } from '#shared/errors.ts';
import { LINK_SCHEMES } from '#shared/html-policy.ts';
import { fetchFeed } from '../../ingest/fetch.ts';
import { FeedError } from '../../ingest/wire-item.ts';
import type { RouteContext } from '../../http/register.ts';
import { ImageCache } from './image-cache.ts';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);
const MAX_IMAGE_BYTES = 5 * 1_048_576;
const CACHE_BYTES = 64 * 1_048_576;
const FRESH_MS = 3_600_000;

function isHttpAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && LINK_SCHEMES.has(protocol);
}

export function registerImageRoutes({ route, ctx }: RouteContext): void {
  const cache = new ImageCache(CACHE_BYTES);
  route({
    method: 'GET',
    url: '/api/images',
    summary: 'An image of wire copy, fetched by the server (address guard, image types only, cached)',
    tag: 'images',
    access: { kind: 'user' },
    query: z.strictObject({
      // One check that never throws: zod runs a refine after its own url() check failed, and `new URL` on what
      // it refused threw (a 500 for "?url=foo").
      url: z.string().max(2_000).refine(isHttpAddress, 'an http(s) address'),
    }),
    handler: async ({ query, reply }) => {
      const now = ctx.now();
      let image = cache.get(query.url);
      if (!image || now - image.fetchedAt > FRESH_MS) {
        let response;
        try {
          response = await fetchFeed(query.url, {
            maxBytes: MAX_IMAGE_BYTES,
            totalTimeoutMs: 15_000,
            readTimeoutMs: 10_000,
            connectTimeoutMs: 5_000,
            allowPrivateAddresses: ctx.config.feedAllowPrivate,
          });
        } catch (error) {
          const code = error instanceof FeedError ? error.code : 'feed.network';
          throw new ApiError(502, 'image.unavailable', 'The image could not be fetched.', { reason: code });
        }
        if (response.status !== 'ok')
          throw new ApiError(502, 'image.unavailable', 'The image could not be fetched.');
        const contentType = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
        if (!IMAGE_TYPES.has(contentType))
          throw new ApiError(415, 'image.not_an_image', 'That address does not serve an image.', {
            contentType,
          });
        image = { bytes: response.bytes, contentType, fetchedAt: now };
        cache.set(query.url, image);
      }
      reply
        .type(image.contentType)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        // An image is never a document: even opened directly it cannot run anything.
        .header('content-security-policy', "default-src 'none'; sandbox");
      return reply.send(Buffer.from(image.bytes));
    },
  });
}
