import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { FundingInstructions } from '../../api/schemas/funding.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { isConflict, leftThePage, reportFailure } from './funding-data.js';
import type { PartOptions } from './parts.js';
import { runCurrencies } from './run-state.js';

export interface StartActionOptions extends PartOptions {
  /** Loads the UI of the funding groups; resolves once it is in, or could not be loaded. */
  loadGroups(): Promise<unknown>;
}

/**
 * Starting funding with the chosen account of each currency, then showing the groups the API
 * made. Aborted when the host leaves the page.
 */
export class StartAction implements ReactiveController {
  /** Why the last start failed, until the user chooses again. */
  error?: unknown;
  readonly task: Task<readonly [string, string[]], FundingInstructions>;
  readonly #host: ReactiveElement;
  readonly #options: StartActionOptions;

  constructor(host: ReactiveElement, options: StartActionOptions) {
    this.#host = host;
    this.#options = options;
    this.task = new Task(host, {
      autoRun: false,
      task: ([id, ids]: readonly [string, string[]], { signal }) =>
        options.api().fundPaymentRun(id, ids, { signal }),
      onError: (error) => reportFailure(host, error, 'fund'),
    });
    host.addController(this);
  }

  /** Starting funding is under way. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  hostDisconnected(): void {
    this.task.abort(leftThePage());
  }

  /** The user chose another account: the last start's error no longer applies. */
  clearError(): void {
    this.error = undefined;
    this.#host.requestUpdate();
  }

  /** Starts funding `run` with the chosen account of each currency, then focuses its groups. */
  async start(run: PaymentRun): Promise<void> {
    const { data } = this.#options;
    if (this.busy || !this.#options.mayFund()) return;
    const ids = data.choice.chosen(runCurrencies(run));
    if (!ids) return;
    this.clearError();
    // The groups' UI loads while the API makes the groups.
    const groupsUi = this.#options.loadGroups();
    await this.task.run([run.id, ids]);
    if (this.task.status !== TaskStatus.COMPLETE) {
      this.error = this.task.error;
      // A 409 means the run, an account or a parallel request moved on: show what is true now.
      if (isConflict(this.error)) {
        data.forgetAccounts();
        void data.refresh();
      }
      this.#host.requestUpdate();
      // The button stayed focused while it was busy; the outcome is the message.
      await this.#options.focus('#start-error');
      return;
    }
    data.started(ids, this.task.value?.fundingInstructions ?? []);
    await groupsUi;
    const { t } = this.#options.i18n;
    this.#options.announce(t('funding.started', { count: data.groups.length }));
    // The groups, or the Retry of their UI if it could not be loaded.
    await this.#options.focus('#groups-title, #groups-error button');
    void data.runTask.run();
  }
}
