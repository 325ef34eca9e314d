import type { ReactiveElement } from 'lit';
import type { Dialog, DialogController } from './dialogs.js';
import type { SupplierEditOptions } from './supplier-edit.js';
import { readSupplierForm } from './supplier-form.js';

/**
 * The edit dialog's submit (loaded with the dialogs, see `supplier-edit.ts`): checks the form,
 * showing its errors with the first invalid field focused; else saves the supplier, then closes
 * the dialog, or keeps it open with why saving failed, focused.
 */
export async function submitSupplier(
  form: HTMLFormElement,
  host: ReactiveElement,
  dialogs: DialogController,
  options: SupplierEditOptions,
): Promise<void> {
  const dialog = dialogs.current;
  if (dialog?.kind !== 'edit') return;
  const { payment } = dialog;
  const read = readSupplierForm(payment, new FormData(form), options.locale());
  dialogs.show({ kind: 'edit', payment, form: { values: read.values, errors: read.errors } });
  if (!read.supplier) {
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus();
    return;
  }
  const saved = await options.save(payment.id, read.supplier);
  const shown: Dialog | undefined = dialogs.current;
  const failure = options.failure();
  if (saved) return dialogs.close();
  if (!failure || shown?.kind !== 'edit') return;
  dialogs.show({ ...shown, error: failure.error });
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#edit-error')?.focus();
}
