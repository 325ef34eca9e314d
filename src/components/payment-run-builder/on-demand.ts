/**
 * The code of `<payment-run-builder>` that loads on demand (`OnDemand`), and what the builder does
 * when a load fails: an alert with Retry where the form is, `payment-run-error` with the action,
 * and the element left as it was (never busy, rows untouched).
 */
import { html, nothing, type ReactiveElement } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import { emit } from '../shared/emit.js';
import { OnDemand } from '../shared/on-demand.js';

/** The loaders; a test swaps one for a loader that fails, to see the failure shown with Retry. */
export const builderLoaders = {
  /** What follows a submit: the problems, the API's errors, the created run. */
  feedback: () => import('./feedback.js'),
  /** The paste/import panel. */
  importFlow: () => import('./import-flow.js'),
  /** CSV export. */
  csv: () => import('./csv.js'),
  /** The draft in `sessionStorage`, when `draft-key` is set. */
  draft: () => import('./draft.js'),
};

interface Failure {
  part: OnDemand<unknown>;
  /** Does again what needed the part. */
  retry: () => unknown;
}

/** The builder's parts loaded on demand, and the last one that could not be loaded. */
export class BuilderParts {
  readonly feedback: OnDemand<Awaited<ReturnType<typeof builderLoaders.feedback>>>;
  readonly importFlow: OnDemand<Awaited<ReturnType<typeof builderLoaders.importFlow>>>;
  readonly csv: OnDemand<Awaited<ReturnType<typeof builderLoaders.csv>>>;
  readonly draft: OnDemand<Awaited<ReturnType<typeof builderLoaders.draft>>>;
  #failure?: Failure;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    this.feedback = new OnDemand(host, () => builderLoaders.feedback());
    this.importFlow = new OnDemand(host, () => builderLoaders.importFlow());
    this.csv = new OnDemand(host, () => builderLoaders.csv());
    this.draft = new OnDemand(host, () => builderLoaders.draft());
  }

  /**
   * The module of `part` for `action` (`submit`, `import`, `export`, `restore`). If it cannot be
   * loaded: fires `payment-run-error` with the action, shows the alert whose Retry calls `retry`,
   * and resolves to `undefined`.
   */
  async use<M>(part: OnDemand<M>, action: string, retry: () => unknown): Promise<M | undefined> {
    try {
      const module = await part.load();
      if (this.#failure?.part === part) this.#failure = undefined;
      return module;
    } catch (error) {
      this.#failure = { part, retry };
      this.#host.requestUpdate();
      emit(this.#host, 'payment-run-error', { error, action });
      return undefined;
    }
  }

  /** The alert of the part that could not be loaded, with Retry; "Loading…" while it retries. */
  render(t: Translate) {
    const failure = this.#failure;
    if (!failure) return nothing;
    const alert = (pending: boolean) =>
      html`<div class="load-error" role="alert">
        <p>${t(pending ? 'builder.load-pending' : 'builder.load-failed')}</p>
        <button
          type="button"
          class="button"
          aria-disabled=${pending ? 'true' : 'false'}
          @click=${() => !pending && failure.retry()}
        >
          ${t('builder.retry')}
        </button>
      </div>`;
    return failure.part.render({
      pending: () => alert(true),
      error: () => alert(false),
      complete: () => nothing,
    });
  }
}
