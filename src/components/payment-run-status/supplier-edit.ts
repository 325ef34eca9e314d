import type { ReactiveElement } from 'lit';
import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { isPaymentChangeable } from './actions.js';
import type { DialogController } from './dialogs.js';

export interface SupplierEditOptions {
  /** The run whose payments are edited. */
  run(): PaymentRun | undefined;
  /** The user may edit a payment's supplier now (allowed, and no action in progress). */
  allowed(): boolean;
  locale(): string;
  /** Saves the supplier as `updateSupplier()` does; resolves `true` when saved. */
  save(paymentId: string, supplier: SupplierInput): Promise<boolean>;
  /** The last action that failed, if any. */
  failure(): { error: unknown } | undefined;
}

/**
 * Editing a payment's supplier in the dialog: opened from a row's Edit button or from a
 * Confirmation-of-Payee badge's suggested name. The form, its checks and its submit
 * (`supplier-submit.ts`) come with the dialogs' code, loaded before the form can show.
 */
export class SupplierEdit {
  readonly #host: ReactiveElement;
  readonly #dialogs: DialogController;
  readonly #options: SupplierEditOptions;

  constructor(host: ReactiveElement, dialogs: DialogController, options: SupplierEditOptions) {
    this.#host = host;
    this.#dialogs = dialogs;
    this.#options = options;
  }

  /** Opens the form for `paymentId`, with `name` as the supplier's name when given. */
  open(paymentId: string | undefined, name?: string): void {
    const payment = this.#options.run()?.payments.find((p) => p.id === paymentId);
    if (!payment || !isPaymentChangeable(payment.status) || !this.#options.allowed()) return;
    this.#dialogs.show({ kind: 'edit', payment, name });
  }

  readonly onEdit = (event: Event) => {
    this.open((event.currentTarget as HTMLElement).dataset.id);
  };

  readonly onUseName = (event: CustomEvent<CopUseSuggestedNameDetail>) => {
    this.open(event.detail.paymentId, event.detail.accountName);
  };

  readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const content = this.#dialogs.content.module;
    await content?.submitSupplier(form, this.#host, this.#dialogs, this.#options);
  };
}
