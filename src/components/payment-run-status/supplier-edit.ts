import type { ReactiveElement } from 'lit';
import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { isPaymentChangeable } from './actions.js';
import type { Dialog, DialogController } from './dialogs.js';
import { readSupplierForm, supplierForm } from './supplier-form.js';

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
 * Confirmation-of-Payee badge's suggested name; the form is checked before it is saved, and its
 * first invalid field focused.
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
    this.#dialogs.show({ kind: 'edit', form: supplierForm(payment, name) });
  }

  readonly onEdit = (event: Event) => {
    this.open((event.currentTarget as HTMLElement).dataset.id);
  };

  readonly onUseName = (event: CustomEvent<CopUseSuggestedNameDetail>) => {
    this.open(event.detail.paymentId, event.detail.accountName);
  };

  readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialogs = this.#dialogs;
    const dialog = dialogs.current;
    if (dialog?.kind !== 'edit') return;
    const form = event.currentTarget as HTMLFormElement;
    const read = readSupplierForm(dialog.form, new FormData(form), this.#options.locale());
    dialogs.show({
      kind: 'edit',
      form: { ...dialog.form, values: read.values, errors: read.errors },
    });
    if (!read.supplier) {
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus();
      return;
    }
    const saved = await this.#options.save(dialog.form.payment.id, read.supplier);
    const shown: Dialog | undefined = dialogs.current;
    const failure = this.#options.failure();
    if (saved) dialogs.close();
    else if (failure && shown?.kind === 'edit') dialogs.show({ ...shown, error: failure.error });
  };
}
