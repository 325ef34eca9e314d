import { nothing, type ReactiveElement } from 'lit';
import type { InvalidField } from '../../api/errors/validation-error.js';
import type { Translate } from '../../i18n/translate.js';
import type * as FeedbackModule from './feedback.js';
import type { Row, RowStore } from './rows.js';
import type { RunFields } from './run-fields.js';
import { ROW_FIELDS, type FieldError, type RowField } from './validators.js';

/** What the problems need from their builder. */
export interface ProblemsHost {
  store: RowStore;
  run: RunFields;
  /** The builder's texts: those shown after a submit are added to them when they load. */
  texts: Record<string, string>;
  t: Translate;
  locale: () => string;
  message: (error: FieldError) => string;
  announce: (text: string) => void;
  /** Every row has to render again: what they show changed. */
  rowsChanged: () => void;
  focusField: (row: Row, field: RowField) => Promise<void>;
  /** Loads `feedback.ts`; `undefined` when it could not be loaded (the builder says so). */
  loadFeedback: () => Promise<typeof FeedbackModule | undefined>;
  /** Focuses the element matching `selector` once rendered. */
  focusOn: (selector: string) => Promise<void>;
}

/** What the functions that show the problems (`feedback.ts`) read. */
export interface Problems extends ProblemsHost {
  element: ReactiveElement;
  attempted: boolean;
  /** Problems of the last submit that name no field the builder shows. */
  unplaced: readonly InvalidField[];
  /** The rows of the last request sent: `payments[i]` of an API error is `sent[i]`. */
  sent: readonly Row[];
}

/**
 * What a submit attempt shows: every field's problem, the list of them with a way to each, and
 * the API's answer placed on the rows and fields that were sent (or a banner when no field can
 * hold it). Only the state is here; the code and texts that show it (`feedback.ts`) load with the
 * first submit, not at first paint.
 */
export class ProblemsController {
  /** A submit was tried: every problem shows, typed or not. */
  attempted = false;
  /** What follows a submit, once loaded. */
  feedback?: typeof FeedbackModule;
  #unplaced: InvalidField[] = [];
  #sent: Row[] = [];
  readonly #element: ReactiveElement;
  readonly #host: ProblemsHost;

  constructor(element: ReactiveElement, host: ProblemsHost) {
    this.#element = element;
    this.#host = host;
  }

  /** Loads what is shown after a submit; `false` when it could not be loaded. */
  async load(): Promise<boolean> {
    if (!this.feedback) {
      const feedback = await this.#host.loadFeedback();
      if (!feedback || this.feedback) return !!this.feedback;
      this.feedback = feedback;
      const { apiStrings, builderFeedbackStrings, feedbackStyles } = feedback;
      Object.assign(this.#host.texts, apiStrings, builderFeedbackStrings);
      const root = this.#element.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, feedbackStyles.styleSheet!];
    }
    return true;
  }

  /** Shows every problem, as a submit attempt does; `false` when the run cannot be sent. */
  check(): boolean {
    const { store, run } = this.#host;
    this.attempted = true;
    for (const row of store.rows) row.touched = new Set(ROW_FIELDS);
    this.#host.rowsChanged();
    return !store.invalid && !run.errors().length;
  }

  /** Forgets the API's problems with the last request: the rows now are being sent. */
  sending(): void {
    const { store, run, announce, t } = this.#host;
    store.clearServerErrors();
    run.server = {};
    this.#update([], [...store.rows]);
    announce(t('builder.submitting'));
  }

  /** Places the API's 400 on the rows and fields sent, else focuses the banner. */
  async failed(error: unknown): Promise<void> {
    if (!(await this.load())) return;
    const unplaced = this.feedback!.placeServerErrors(this.#state(), error);
    if (unplaced) {
      this.#update(unplaced);
      await this.focusFirst();
    } else await this.#host.focusOn('.banner');
  }

  /** Announces how many problems there are and focuses the first (or the list of them). */
  async focusFirst(): Promise<void> {
    if (await this.load()) await this.feedback!.focusFirstProblem(this.#state());
  }

  reset(): void {
    this.attempted = false;
    this.#update([]);
  }

  /** The banner of a failure no field can show, and the list of problems after an attempt. */
  render(failure: unknown, onRetry: () => unknown) {
    return this.feedback?.renderProblems(this.#state(), failure, onRetry) ?? nothing;
  }

  #state(): Problems {
    const { attempted } = this;
    return {
      ...this.#host,
      element: this.#element,
      attempted,
      unplaced: this.#unplaced,
      sent: this.#sent,
    };
  }

  #update(unplaced: InvalidField[], sent = this.#sent): void {
    this.#unplaced = unplaced;
    this.#sent = sent;
    this.#element.requestUpdate();
  }
}
