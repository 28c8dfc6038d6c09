import { errors } from '../http/errors.ts';
import type { ThrottleRepository } from './throttle.repository.ts';

/** How a key's failures slow it down: some free attempts, then waits that double up to a cap. */
export interface BackoffPolicy {
  /** Attempts allowed in a row before the first wait. */
  freeAttempts: number;
  /** The first wait; each later one doubles. */
  baseSeconds: number;
  maxSeconds: number;
  /** A streak is forgotten this long after its next attempt became allowed. */
  forgetSeconds: number;
}

/**
 * Limits on how often a key (an address, an account) may do something, counted in the database so
 * every API process shares them, each count changed atomically (throttle.repository.ts).
 */
export class Throttle {
  constructor(private readonly repo: ThrottleRepository) {}

  /** Fixed window: counts one event for a key and answers whether the key is still under its limit. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    return (await this.repo.hitWindow(key, windowSeconds)) <= limit;
  }

  /** Gives back one event of a fixed window (an attempt that turned out well). */
  async refund(key: string): Promise<void> {
    await this.repo.refundWindow(key);
  }

  /** Counts without hitting: whether the key has already reached its limit. */
  async exceeded(key: string, limit: number): Promise<boolean> {
    return (await this.repo.windowCount(key)) >= limit;
  }

  /** Hits and throws 429 when over the limit. */
  async enforce(key: string, limit: number, windowSeconds: number): Promise<void> {
    if (!(await this.hit(key, limit, windowSeconds))) throw errors.rateLimited(windowSeconds);
  }

  async clear(key: string): Promise<void> {
    await this.repo.clearWindow(key);
  }

  /**
   * Backoff: claims one attempt for a key before the attempt is made. Answers 0 when granted, or
   * the seconds to wait. A refused claim changes nothing, so waiting is the only way forward.
   */
  async claim(key: string, p: BackoffPolicy): Promise<number> {
    const free = Math.max(1, Math.floor(p.freeAttempts));
    if (await this.repo.claimBackoff(key, { free, baseSeconds: p.baseSeconds, maxSeconds: p.maxSeconds, forgetSeconds: p.forgetSeconds })) return 0;
    return this.repo.backoffWait(key);
  }

  /** Ends a backoff streak (the right password was given). */
  async forget(key: string): Promise<void> {
    await this.repo.forgetBackoff(key);
  }

  // Counters that no longer count anything are deleted by the worker's housekeeping (housekeeping/).
}
