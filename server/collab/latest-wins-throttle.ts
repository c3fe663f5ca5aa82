/**
 * Passes values on at most once per interval; a value arriving sooner waits, and a newer one replaces it.
 * For presence: each awareness update of a connection carries its whole state, so the latest supersedes
 * the ones before, and throttling never loses where a cursor finally is.
 */
export class LatestWinsThrottle<T> {
  private last = Number.NEGATIVE_INFINITY;
  private waiting: T | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly deliver: (value: T) => void,
  ) {}

  push(value: T): void {
    const now = performance.now();
    if (!this.timer && now - this.last >= this.intervalMs) {
      this.last = now;
      this.deliver(value);
      return;
    }
    this.waiting = value;
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.intervalMs - (now - this.last)));
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
  }

  private flush(): void {
    this.timer = null;
    const value = this.waiting;
    this.waiting = null;
    if (value === null) return;
    this.last = performance.now();
    this.deliver(value);
  }
}
