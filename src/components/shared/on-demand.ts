/**
 * Code an element loads with `import()` only when it is needed, so it is not part of the first
 * paint: one `@lit/task` per module, shown through `render({ pending, complete, error })`. A load
 * that fails (offline, a deploy that removed the chunk) is an error the element shows with Retry;
 * it is never awaited bare inside an action.
 */
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export class OnDemand<M> {
  readonly #task: Task<readonly [], M>;

  /**
   * `load` is called on each try (so a test can swap the loader it calls for one that fails).
   * The host renders again whenever a load starts or settles.
   */
  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#task = new Task(host, { autoRun: false, task: () => load() });
  }

  /** The module, once loaded. */
  get value(): M | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /** Why the last load failed, until one succeeds. */
  get error(): unknown {
    return this.#task.status === TaskStatus.ERROR ? this.#task.error : undefined;
  }

  /** A load is under way. */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /**
   * Loads the module unless it is loaded or loading: resolves with it, rejects with why it could
   * not be loaded (a later call tries again).
   */
  async load(): Promise<M> {
    const { status } = this.#task;
    if (status === TaskStatus.COMPLETE) return this.#task.value as M;
    if (status !== TaskStatus.PENDING) void this.#task.run();
    return this.#task.taskComplete;
  }

  /** What to show while it loads, once it is there, and when it could not be loaded. */
  render(renderers: StatusRenderer<M>): unknown {
    return this.#task.render(renderers);
  }
}
