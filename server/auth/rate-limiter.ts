/**
 * Counts attempts per key in a fixed window and says when a key has had too many. In memory: the limits
 * protect one server process, and a restart forgetting them is acceptable. Keys are sessions and codes,
 * never IP addresses: a whole congress sits behind one venue NAT.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const window = this.current(key);
    if (!window || window.count < this.limit) return 0;
    return Math.max(1, Math.ceil((window.resetsAt - this.now()) / 1000));
  }

  /** Counts one (failed) attempt. */
  hit(key: string): void {
    const window = this.current(key) ?? { count: 0, resetsAt: this.now() + this.windowMs };
    window.count++;
    this.windows.set(key, window);
    if (this.windows.size > 100_000) this.sweep();
  }

  private current(key: string) {
    const window = this.windows.get(key);
    if (window && window.resetsAt <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}
