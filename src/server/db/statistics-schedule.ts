/**
 * When the server refreshes SQLite's planner statistics after other processes wrote (the CLI loading a file):
 * at the first change, then at most once per interval while changes keep coming, and once more after the last of
 * them. Without that trailing refresh, a bulk load that began just after a refresh left the statistics of its
 * first few rows in place until someone else wrote again, and the planner chose whole-table walks meanwhile.
 */
export class StatisticsSchedule {
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private pending = false;

  constructor(private readonly intervalMs: number) {}

  /** Another process committed. */
  noteChange(): void {
    this.pending = true;
  }

  /** Whether to refresh now (asked on every poll); a yes counts as done. */
  due(now: number): boolean {
    if (!this.pending || now - this.refreshedAt < this.intervalMs) return false;
    this.pending = false;
    this.refreshedAt = now;
    return true;
  }
}
