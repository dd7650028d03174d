/**
 * How long this worker has been beating without a miss. A worker may judge others dead only
 * after it has itself beaten for the whole stale window: back from a database outage, every live
 * worker then has had that long to beat again, so none is taken for dead merely because the
 * database could not hear it.
 */
export class BeatStreak {
  private since: number | null = null;

  constructor(private readonly windowMs: number) {}

  beat(nowMs: number): void {
    this.since ??= nowMs;
  }

  /** Records a missed beat; returns true when it ends a streak (the first miss of an outage). */
  missed(): boolean {
    const ended = this.since !== null;
    this.since = null;
    return ended;
  }

  mayReap(nowMs: number): boolean {
    return this.since !== null && nowMs - this.since >= this.windowMs;
  }
}
