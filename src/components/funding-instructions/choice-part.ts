/**
 * The "choose" stage of `<funding-instructions>`, loaded on demand once the run awaits funding
 * (see `parts.ts`): the accounts of each currency, and "Start funding".
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { emit } from '../shared/emit.js';
import { startChoiceView } from './account-views.js';
import { choiceStyles } from './choice-part.styles.js';
import { adoptPartStyles } from './parts.js';
import { runTotals } from './run-state.js';
import { StartAction, type StartActionOptions } from './start-action.js';
import type { View } from './views.js';

export { fundingChoiceStrings as strings } from './strings-choice.js';

export class ChoicePart {
  /** Starts funding with the chosen accounts. */
  readonly start: StartAction;
  readonly #host: ReactiveElement;
  readonly #options: StartActionOptions;

  constructor(host: ReactiveElement, options: StartActionOptions) {
    this.#host = host;
    this.#options = options;
    this.start = new StartAction(host, options);
    adoptPartStyles(host, choiceStyles);
  }

  get busy(): boolean {
    return this.start.busy;
  }

  /** The accounts of each currency of `run` (read by then), the last start's error, and Start. */
  render(v: View, run: PaymentRun): TemplateResult {
    const { data } = this.#options;
    const { choice } = data;
    const start = this.start;
    return startChoiceView(v, {
      accounts: data.accounts ?? [],
      totals: runTotals(run),
      selection: choice.selection,
      linkUnhandled: choice.linkUnhandled,
      disabled: start.busy,
      startError: start.error,
      onSelect: (currency, id) => {
        choice.select(currency, id);
        start.clearError();
      },
      onLink: (currency) => {
        if (emit(this.#host, 'funding-link-account', { currency }, { cancelable: true })) {
          choice.linkNotHandled(currency);
        }
      },
      onStart: () => void start.start(run),
    });
  }
}
