import { apiRequest, type RequestOptions } from '#client/lib/api-client.ts';
import { readLiveSeq, type Counted } from './sync.ts';

/**
 * GET of counts (facets, the desk overview) stamped with the live sequence they were counted at (X-Live-Seq):
 * counts that land older than what the tab has heard are re-asked (sync.ts), since events move them in ways a
 * screen cannot patch.
 */
export async function getCounted<T extends object>(
  path: string,
  options: Pick<RequestOptions, 'query' | 'signal'>,
): Promise<Counted<T>> {
  let liveSeq: number | undefined;
  const counts = await apiRequest<T>(path, {
    ...options,
    onHeaders: (headers) => (liveSeq = readLiveSeq(headers)),
  });
  return liveSeq === undefined ? counts : { ...counts, liveSeq };
}
