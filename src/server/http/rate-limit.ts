/**
 * Limits on how much one user, token or address may ask of the server, so that nobody — careless or hostile —
 * can take the desk's capacity: requests per minute for the kinds that cost (search, facets, ingest, and
 * anything from someone not signed in), answered 429 with Retry-After; and a cap on the heavy reads one
 * caller may have running at once (a fifth parallel facet request waits, it does not join the other four).
 * Kept in memory per instance: with several instances behind a balancer each allows the configured rate.
 */
import { ApiError } from '#shared/errors.ts';
import type { RateLimits } from '../config.ts';

export type RateKind = keyof RateLimits;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Token buckets: a burst of up to a minute's allowance, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the caller's allowance, or throws 429 with the seconds until the next one. */
  take(kind: RateKind, caller: string): void {
    const perMinute = this.limits[kind];
    if (perMinute <= 0) return;
    const key = `${kind}|${caller}`;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, updatedAt: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.updatedAt) * perMinute) / 60_000);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.ceil(((1 - bucket.tokens) * 60_000) / perMinute / 1000);
      throw new ApiError(429, 'rate_limited', 'Too many requests; slow down.', { retryAfter, kind });
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.forgetFull(now);
  }

  /** Drops buckets that have refilled: they hold nothing a fresh one would not. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const kind = key.slice(0, key.indexOf('|')) as RateKind;
      if (bucket.tokens + ((now - bucket.updatedAt) * this.limits[kind]) / 60_000 >= this.limits[kind])
        this.buckets.delete(key);
    }
  }
}

/**
 * At most `limit` heavy reads running per caller; the rest queue in arrival order. A slow filter set hurts only
 * the one who asked for it, and the queue cannot grow without bound: past a few waiting, the caller gets 429.
 */
export class ConcurrencyGate {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly limit: number,
    private readonly maxWaiting = 16,
  ) {}

  /** Runs `work` once a slot for the caller is free. */
  async run<T>(caller: string, work: () => Promise<T>): Promise<T> {
    if ((this.running.get(caller) ?? 0) >= this.limit) {
      const queue = this.waiting.get(caller) ?? [];
      if (queue.length >= this.maxWaiting)
        throw new ApiError(429, 'rate_limited', 'Too many requests at once; slow down.', { retryAfter: 1 });
      await new Promise<void>((resolve) => {
        queue.push(resolve);
        this.waiting.set(caller, queue);
      });
    }
    this.running.set(caller, (this.running.get(caller) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(caller) ?? 1) - 1;
      if (left === 0) this.running.delete(caller);
      else this.running.set(caller, left);
      const next = this.waiting.get(caller)?.shift();
      if (this.waiting.get(caller)?.length === 0) this.waiting.delete(caller);
      next?.();
    }
  }
}
