import type { ReactiveElement } from 'lit';
import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import { emit } from '../shared/emit.js';
import type { OfferedAction, RunAction } from './actions.js';
import type { DialogController } from './dialogs.js';
import type { Intent } from './intents.js';
import type { RunActions } from './run-actions.js';

export interface RunCommandsOptions {
  /** The run acted on. */
  run(): PaymentRun | undefined;
  /** How the run's status and the user's roles offer `action`. */
  offered(action: RunAction): OfferedAction | undefined;
  /** The payments selected in the table. */
  selection(): ReadonlySet<string>;
  /** An intent is about to be sent. */
  starting(): void;
}

/** Whether to ask the user in a dialog before cancelling. */
export interface CancelOptions {
  skipConfirmation?: boolean;
}

/**
 * What the user (or the host, through the element's methods) asks of the run: each fires its
 * cancelable event first, then asks in a dialog where a cancel needs it, then runs the intent.
 * Nothing happens while another action is in progress.
 */
export class RunCommands {
  readonly #host: ReactiveElement;
  readonly #actions: RunActions;
  readonly #dialogs: DialogController;
  readonly #options: RunCommandsOptions;

  constructor(
    host: ReactiveElement,
    actions: RunActions,
    dialogs: DialogController,
    options: RunCommandsOptions,
  ) {
    this.#host = host;
    this.#actions = actions;
    this.#dialogs = dialogs;
    this.#options = options;
  }

  async confirm(): Promise<void> {
    const paymentRun = this.#ready();
    if (!paymentRun) return;
    if (!emit(this.#host, 'payment-run-confirm', { paymentRun }, { cancelable: true })) return;
    await this.run({ action: 'confirm' });
  }

  async cancel(options: CancelOptions): Promise<void> {
    const paymentRun = this.#ready();
    if (!paymentRun) return;
    if (!emit(this.#host, 'payment-run-cancel', { paymentRun }, { cancelable: true })) return;
    if (options.skipConfirmation) return void (await this.run({ action: 'cancel' }));
    await this.#dialogs.ask({ kind: 'cancel' });
  }

  async cancelPayments(paymentIds: string[], options: CancelOptions): Promise<void> {
    const paymentRun = this.#ready();
    if (!paymentRun || !paymentIds.length) return;
    const detail = { paymentRun, paymentIds: [...paymentIds] };
    if (!emit(this.#host, 'payment-cancel', detail, { cancelable: true })) return;
    if (options.skipConfirmation) {
      return void (await this.run({ action: 'cancel-payments', paymentIds }));
    }
    await this.#dialogs.ask({ kind: 'cancel-payments', paymentIds });
  }

  async restart(): Promise<void> {
    const paymentRun = this.#ready();
    if (!paymentRun) return;
    if (!emit(this.#host, 'payment-run-restart', { paymentRun }, { cancelable: true })) return;
    await this.run({ action: 'restart' });
  }

  async updateSupplier(paymentId: string, supplier: SupplierInput): Promise<boolean> {
    const paymentRun = this.#ready();
    if (!paymentRun) return false;
    const detail = { paymentRun, payments: [{ paymentId, supplier }] };
    if (!emit(this.#host, 'payment-update', detail, { cancelable: true })) return false;
    return this.run({ action: 'update-payment', paymentId, supplier });
  }

  /** Runs one intent; a second one while busy is ignored (a double click sends one request). */
  async run(intent: Intent): Promise<boolean> {
    if (this.#actions.busy || !this.#options.run()) return false;
    this.#options.starting();
    return this.#actions.run(intent);
  }

  /** The cancel dialog's confirm button: runs the cancel it asked about, then resolves `ask()`. */
  readonly onConfirmCancel = async () => {
    const dialog = this.#dialogs.current;
    if (!dialog || dialog.kind === 'edit') return;
    const done = this.#dialogs.detach();
    this.#dialogs.close();
    await this.run(
      dialog.kind === 'cancel'
        ? { action: 'cancel' }
        : { action: 'cancel-payments', paymentIds: dialog.paymentIds },
    );
    done?.();
  };

  /** The action buttons. */
  readonly onAction = (event: Event) => {
    const action = (event.currentTarget as HTMLElement).dataset.action as RunAction;
    const selection = this.#options.selection();
    if (!this.#options.offered(action)?.allowed || this.#actions.busy) return;
    if (action === 'confirm') void this.confirm();
    else if (action === 'cancel') void this.cancel({});
    else if (action === 'restart') void this.restart();
    else if (action === 'cancel-payments' && selection.size) {
      void this.cancelPayments([...selection], {});
    }
  };

  /** The run to act on, unless there is none or an action is in progress. */
  #ready(): PaymentRun | undefined {
    return this.#actions.busy ? undefined : this.#options.run();
  }
}
