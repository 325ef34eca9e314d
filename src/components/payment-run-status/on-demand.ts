/**
 * The code of `<payment-run-status>` that only some states need, loaded with `import()` when it is
 * about to show, so it is not part of the first paint. Each loader is a plain relative `import()`,
 * which bundlers split into a chunk of its own.
 */
import type { ReactiveControllerHost } from 'lit';
import type { StringTable } from '../../i18n/translate.js';
import { OnDemand } from '../shared/on-demand.js';

/** The loaders; a test swaps one for a loader that fails, to see the failure shown with Retry. */
export const onDemand = {
  /** The dialogs' content and the supplier form: when a dialog is about to open. */
  dialogs: () => import('./dialog-content.js'),
  /** The sandbox's one-time code step: on PENDING_CHALLENGE with `sandbox` set. */
  sandboxSca: () => import('./sca-panel.js'),
};

/**
 * One module loaded on demand (the shared `OnDemand`, on `@lit/task`). `load()` starts loading it,
 * unless it is loaded or loading; a failed load is kept in `error` (while it is tried again too,
 * so its alert stays) until one succeeds. The host renders again when a load settles.
 */
export class LazyPart<M> {
  readonly #host: ReactiveControllerHost;
  readonly #part: OnDemand<M>;
  #error: unknown;

  /**
   * `load` is called each time, so a loader swapped in `onDemand` is used. The module's English
   * `strings`, if it has any, are merged into `texts` (the element's table) once it is loaded.
   */
  constructor(
    host: ReactiveControllerHost,
    load: () => Promise<M>,
    texts?: Record<string, string>,
  ) {
    this.#host = host;
    // The module's English texts join the element's table as soon as it is loaded.
    const withTexts = async () => {
      const module = await load();
      const { strings } = module as { strings?: StringTable };
      if (texts && strings) Object.assign(texts, strings);
      return module;
    };
    this.#part = new OnDemand(host, withTexts);
  }

  /** The module, once loaded. */
  get module(): M | undefined {
    return this.#part.value;
  }

  /** Why loading failed, until a load succeeds. */
  get error(): unknown {
    return this.#part.value ? undefined : (this.#part.error ?? this.#error);
  }

  /** A load is under way. */
  get pending(): boolean {
    return this.#part.pending;
  }

  /** Settles (never rejects) when the load under way does; undefined when none is. */
  get loading(): Promise<unknown> | undefined {
    return this.pending ? this.#part.load().catch(() => undefined) : undefined;
  }

  load(): void {
    if (this.#part.value || this.pending) return;
    this.#part.load().catch((error: unknown) => (this.#error = error));
  }

  /**
   * The Retry of the failure's alert: loads again; once the module shows in place of the alert,
   * focus moves from the Retry button (gone) to `next()`.
   */
  async retry(next: () => HTMLElement | null | undefined): Promise<void> {
    this.load();
    await this.loading;
    await this.#host.updateComplete;
    if (this.module) next()?.focus();
  }
}

/**
 * The element's `updateComplete` (`update`) that also waits, update after update, for the code a
 * part about to show is loading (`loading()`), so whoever awaits it finds that part shown.
 */
export async function untilShown(
  update: () => Promise<boolean>,
  loading: () => Promise<unknown> | undefined,
): Promise<boolean> {
  let complete = await update();
  for (let part = loading(); part; part = loading()) {
    await part;
    complete = await update();
  }
  return complete;
}

/** Calls `callback` once the browser is idle (after a second where it cannot tell); cancelable. */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 1000);
  return () => clearTimeout(id);
}
