/**
 * The sandbox clock: time moves only when told to, so every test sees the same sequence of events.
 * Work that is due later (validation, SCA expiry, execution) is scheduled on it and runs, in time
 * order, when the clock passes its time.
 */

interface Task {
  at: number;
  seq: number;
  run: () => void;
}

export class Clock {
  #now: number;
  #tasks: Task[] = [];
  // Ties are broken by scheduling order, so two tasks due at once run as they were planned.
  #seq = 0;

  constructor(start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  iso(at: number = this.#now): string {
    return new Date(at).toISOString();
  }

  /** Run `run` when the clock reaches `at`; returns a function that cancels it. */
  schedule(at: number, run: () => void): () => void {
    const task: Task = { at, seq: this.#seq++, run };
    this.#tasks.push(task);
    return () => {
      this.#tasks = this.#tasks.filter((t) => t !== task);
    };
  }

  /** Move to `target`, running every task due on the way (tasks may schedule more tasks). */
  runUntil(target: number): void {
    for (;;) {
      const next = this.#nextDue(target);
      if (!next) break;
      this.#tasks = this.#tasks.filter((t) => t !== next);
      this.#now = Math.max(this.#now, next.at);
      next.run();
    }
    this.#now = Math.max(this.#now, target);
  }

  #nextDue(target: number): Task | undefined {
    let best: Task | undefined;
    for (const task of this.#tasks) {
      if (task.at > target) continue;
      if (!best || task.at < best.at || (task.at === best.at && task.seq < best.seq)) best = task;
    }
    return best;
  }
}
