// Exotel: "All Voice APIs are rate limited to 200 calls per minute" per account; beyond → 429.

export class RateLimiter {
  private hits = new Map<string, number[]>();

  /** Counts one request; false when it is over the limit (and then it is not counted). */
  allow(account: string, limit: number, windowMs: number, now = Date.now()): boolean {
    if (limit <= 0) return true;
    const recent = (this.hits.get(account) ?? []).filter((at) => at > now - windowMs);
    const allowed = recent.length < limit;
    if (allowed) recent.push(now);
    this.hits.set(account, recent);
    return allowed;
  }

  /** Milliseconds until the oldest counted request leaves the window. */
  retryAfterMs(account: string, windowMs: number, now = Date.now()): number {
    const oldest = this.hits.get(account)?.[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + windowMs - now);
  }

  clear(): void {
    this.hits.clear();
  }
}
