import type Database from 'better-sqlite3';

interface Job {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes asked for while the event loop turns once share one transaction, and so one fsync.
 * Each write runs in a savepoint of its own, so a write that throws (a join code already taken) is undone alone
 * and rejects alone; the others commit. Every promise settles only after the COMMIT: a write is durable when its
 * promise resolves, as the SessionStore contract asks. Twenty sessions whose students decide at once then cost
 * a handful of fsyncs rather than a hundred.
 */
export class GroupCommit {
  private jobs: Job[] = [];
  private due = false;

  constructor(private readonly db: Database.Database) {}

  /** Runs `write` inside the next group's transaction; resolves with its result once the group is committed. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (this.due) return;
      this.due = true;
      setImmediate(() => this.flush());
    });
  }

  /** Commits whatever is waiting now (also called before the database closes). */
  flush(): void {
    this.due = false;
    const jobs = this.jobs;
    this.jobs = [];
    if (jobs.length === 0) return;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const job of jobs) {
          try {
            // A transaction function called inside a transaction is a savepoint (better-sqlite3).
            outcomes.push({ ok: true, value: this.db.transaction(job.write)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The COMMIT itself failed (a full disk, a closed database): nothing of the group was written.
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
