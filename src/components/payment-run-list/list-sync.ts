import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { isAbort, RunPoller, type PollOutcome } from '../shared/run-poller.js';
import type { ListState } from './list-state.js';
import type { ListProvider, ListRow } from './provider.types.js';

/** The page shown: the state it was read for, and its rows in the API's order. */
export interface ShownPage {
  state: ListState;
  total: number;
  rows: ListRow[];
}

export interface ListSyncOptions {
  /** The view to read now, and a key that changes whenever it or the client does. */
  state: () => ListState;
  key: () => readonly unknown[];
  provider: () => ListProvider;
  roles: () => readonly string[] | undefined;
  /** Whether a client can be had (polling waits until then). */
  configured: () => boolean;
  interval: () => number;
  maxInterval: () => number;
  /** A read finished (`changed`: the rows differ from those shown before). */
  loaded: (page: ShownPage) => void;
  failed: (error: unknown) => void;
}

/** What a row shows; two rows with the same summary render the same. */
const summary = (r: ListRow) =>
  `${r.id}|${r.name}|${r.tag}|${r.status}|${r.needs}|${r.count}|${r.totals.map((m) => m.currency + m.minor).join()}`;

/**
 * Keeps the shown page current: reads it when the view or the client changes (aborting a read no
 * longer wanted), polls it while any shown run can still change (the shared poller: backoff,
 * paused while the page is hidden), and takes runs the host pushes unless they are older than the
 * ones shown (the shared staleness rule). A failed read keeps the page shown before.
 */
export class ListSync implements ReactiveController {
  shown?: ShownPage;
  readonly #host: ReactiveElement;
  readonly #options: ListSyncOptions;
  readonly #reader: Task<readonly unknown[], ShownPage>;
  readonly #poller: RunPoller;
  #polls?: AbortController;

  constructor(host: ReactiveElement, options: ListSyncOptions) {
    this.#host = host;
    this.#options = options;
    this.#reader = new Task(host, {
      args: () => options.key(),
      task: async (_args, { signal }) => {
        this.#polls?.abort();
        const state = options.state();
        return this.#take(state, await options.provider().load(state, signal));
      },
      onError: (error) => {
        if (!isAbort(error)) options.failed(error);
      },
    });
    this.#poller = new RunPoller(host, {
      interval: options.interval,
      maxInterval: () => Math.max(options.interval(), options.maxInterval()),
      active: () =>
        this.#reader.status === TaskStatus.COMPLETE &&
        !!this.shown?.rows.some((r) => r.live) &&
        options.configured(),
      poll: () => this.#poll(),
    });
    host.addController(this);
  }

  get status(): TaskStatus {
    return this.#reader.status;
  }

  /** Why the last read failed (not an abort), while it is the last word. */
  get error(): unknown {
    const { status, error } = this.#reader;
    return status === TaskStatus.ERROR && !isAbort(error) ? error : undefined;
  }

  /** Reads the view again now. */
  async refresh(): Promise<void> {
    await this.#reader.run();
  }

  /** Rows again from the runs shown (the user's roles changed). */
  rebuild(): void {
    const shown = this.shown;
    if (!shown) return;
    const { provider, roles } = this.#options;
    this.shown = { ...shown, rows: shown.rows.map((r) => provider().toRow(r.run, roles())) };
  }

  /** Shows a run the host pushed if it is on the page and not older than the one shown. */
  push(run: unknown): boolean {
    const shown = this.shown;
    const provider = this.#options.provider();
    const id = provider.idOf(run);
    const index = shown?.rows.findIndex((r) => r.id === id) ?? -1;
    if (!shown || index < 0 || provider.isStale(shown.rows[index].run, run)) return false;
    const rows = [...shown.rows];
    rows[index] = provider.toRow(run, this.#options.roles());
    this.shown = { ...shown, rows };
    this.#options.loaded(this.shown);
    this.#poller.reset();
    return true;
  }

  resetPolling(): void {
    this.#poller.reset();
  }

  hostDisconnected(): void {
    this.#reader.abort();
    this.#polls?.abort();
  }

  #take(state: ListState, page: { total: number; runs: unknown[] }): ShownPage {
    const { provider, roles } = this.#options;
    const rows = page.runs.map((run) => provider().toRow(run, roles()));
    this.shown = { state, total: page.total, rows };
    this.#options.loaded(this.shown);
    return this.shown;
  }

  async #poll(): Promise<PollOutcome> {
    const before = this.shown;
    if (!before || this.#reader.status !== TaskStatus.COMPLETE) return 'same';
    const key = this.#options.key();
    const polls = (this.#polls = new AbortController());
    const state = this.#options.state();
    const page = await this.#options.provider().load(state, polls.signal);
    // The view changed while the poll was out: its answer is for a page no longer shown.
    const now = this.#options.key();
    if (polls.signal.aborted || now.some((v, i) => v !== key[i])) return 'same';
    const provider = this.#options.provider();
    const old = new Map(before.rows.map((r) => [r.id, r]));
    // A run older than the one shown (a poll that crossed a pushed update) keeps the shown one.
    const runs = page.runs.map((run) => {
      const shown = old.get(provider.idOf(run));
      return shown && provider.isStale(shown.run, run) ? shown.run : run;
    });
    const same =
      page.total === before.total &&
      runs.length === before.rows.length &&
      runs.every(
        (run, i) => summary(provider.toRow(run, this.#options.roles())) === summary(before.rows[i]),
      );
    if (same) return 'same';
    this.#take(state, { total: page.total, runs });
    this.#host.requestUpdate();
    return 'changed';
  }
}
