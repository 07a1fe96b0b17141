// The WhatsApp send limit: a token bucket refilled continuously, in messages or requests per
// second. A request that does not fit is refused whole (429) and nothing of it is sent.

export class TokenBucket {
  private tokens = 0;
  private updatedAt: number | undefined;

  /** Takes `cost` tokens; 0 when allowed, else the milliseconds until it would be. */
  take(cost: number, perSecond: number, burst: number, now = Date.now()): number {
    if (perSecond <= 0) return 0;
    const capacity = burst > 0 ? burst : perSecond;
    this.tokens =
      this.updatedAt === undefined
        ? capacity
        : Math.min(capacity, this.tokens + ((now - this.updatedAt) * perSecond) / 1000);
    this.updatedAt = now;
    // A request bigger than the bucket passes once the bucket is full, leaving a debt.
    const needed = Math.min(cost, capacity);
    if (this.tokens >= needed) {
      this.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil(((needed - this.tokens) * 1000) / perSecond));
  }

  clear(): void {
    this.updatedAt = undefined;
  }
}
