import type { ReactiveElement } from 'lit';
import { errorText } from '../../i18n/api-errors.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import {
  ActionFocus,
  FOCUS_FALLBACK,
  focusAfterFailure,
  focusAfterSuccess,
} from './action-focus.js';
import type { ActionOutcome } from './action-views.js';
import type { RunAction } from './actions.js';
import type { DialogController } from './dialogs.js';
import type { Intent } from './intents.js';
import type { RunActions } from './run-actions.js';

/** How the last action went, as shown. */
export interface OutcomeView {
  /** Under the actions: what it did, or why it failed. */
  outcome?: ActionOutcome;
  /** In the SCA box: why an SCA step failed while the run still awaits the challenge. */
  scaError?: string;
}

/**
 * The outcome of the user's last action on a run: reported under the actions (or, for an SCA
 * step, in the SCA box) until the run's status changes or the next action starts, with focus
 * moved where `action-focus.ts` says.
 */
export class RunOutcome {
  /** The last action that succeeded, while it is reported. */
  #done?: RunAction;
  readonly #host: ReactiveElement;
  readonly #actions: RunActions;
  readonly #dialogs: DialogController;
  readonly #focus: ActionFocus;

  constructor(host: ReactiveElement, actions: RunActions, dialogs: DialogController) {
    this.#host = host;
    this.#actions = actions;
    this.#dialogs = dialogs;
    this.#focus = new ActionFocus(host, dialogs);
  }

  /** Stops reporting the last success: the run's status changed, or another action starts. */
  forget(): void {
    this.#done = undefined;
    this.#host.requestUpdate();
  }

  /** `intent` succeeded, the run being `status` now (not awaited: a dialog may close first). */
  succeeded(intent: Intent, status: string | undefined): void {
    if (intent.action !== 'sca' || intent.step !== 'issue') this.#done = intent.action;
    this.#host.requestUpdate();
    void this.#focus.to(focusAfterSuccess(intent, status));
  }

  /** `intent` failed, the run being `status` now (read again after a conflict). */
  async failed(intent: Intent, status: string | undefined): Promise<void> {
    await this.#focus.to(focusAfterFailure(intent, status));
  }

  /** The Dismiss of a failure's message: hides it, focus moves on rather than to `<body>`. */
  readonly onDismiss = () => {
    this.#actions.dismiss();
    void this.#focus.to(FOCUS_FALLBACK);
  };

  /** What to show for a run in `status`. */
  view(i18n: I18nController, status: string): OutcomeView {
    const { t, locale } = i18n;
    const failure = this.#actions.error;
    if (this.#done) return { outcome: { done: t(`done.${this.#done}`) } };
    // The edit dialog shows its failure itself.
    if (!failure || this.#dialogs.current?.kind === 'edit') return {};
    const text = errorText(t, failure.error, locale);
    if (failure.action === 'sca' && status === 'PENDING_CHALLENGE') return { scaError: text };
    return { outcome: { failed: text } };
  }
}
