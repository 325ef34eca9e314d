/**
 * The "edit supplier" form of a payment (PUT, digest §3.4): only the supplier can change. It
 * reuses the builder's validators and their texts, so both elements accept and refuse the same.
 * Loaded on demand with the dialogs (`dialog-content.ts`), and its texts with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Payment, SupplierInput } from '../../api/schemas/payment-run.js';
import type { Translate } from '../../i18n/translate.js';
import {
  checkField,
  normalize,
  schemeOf,
  type FieldError,
  type RowField,
} from '../payment-run-builder/validators.js';
import { builderStrings } from '../payment-run-builder/strings.js';

/** The builder's field labels and error texts, which the form shows (the English fallback). */
export const supplierFormStrings = Object.fromEntries(
  Object.entries(builderStrings).filter(
    ([key]) =>
      key.startsWith('builder.field.') ||
      key.startsWith('builder.error.') ||
      key.startsWith('builder.type.'),
  ),
);

export type SupplierField = Extract<
  RowField,
  'name' | 'type' | 'accountNumber' | 'sortCode' | 'iban' | 'bic'
>;

const FIELDS = {
  fps: ['name', 'type', 'accountNumber', 'sortCode'],
  sepa: ['name', 'iban', 'bic'],
} as const satisfies Record<string, readonly SupplierField[]>;

/** The form's state: what is typed and what is wrong. */
export interface SupplierFormState {
  values: Partial<Record<SupplierField, string>>;
  errors: Partial<Record<SupplierField, FieldError>>;
}

const fieldsOf = (payment: Payment) => FIELDS[schemeOf(payment.paymentAmount.currency)];

/** The form filled with the payment's supplier, and `name` when one is suggested (CoP). */
export function supplierForm(payment: Payment, name?: string): SupplierFormState {
  const { supplier } = payment;
  const details = supplier.bankAccountDetails;
  return {
    values: {
      name: name ?? supplier.name,
      type: supplier.type ?? '',
      ...('iban' in details
        ? { iban: details.iban, bic: details.bankIdentifierCode ?? '' }
        : { accountNumber: details.accountNumber, sortCode: details.sortCode }),
    },
    errors: {},
  };
}

/** Reads the form: its errors, or the supplier to send (the fields it does not edit kept). */
export function readSupplierForm(
  payment: Payment,
  data: FormData,
  locale: string,
): SupplierFormState & { supplier?: SupplierInput } {
  const currency = payment.paymentAmount.currency;
  const ctx = { scheme: schemeOf(currency), currency, locale };
  const values: SupplierFormState['values'] = {};
  const errors: SupplierFormState['errors'] = {};
  for (const field of fieldsOf(payment)) {
    const entry = data.get(field);
    const raw = typeof entry === 'string' ? entry : '';
    values[field] = raw;
    const error = checkField(field, raw, ctx);
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length) return { errors, values };
  const get = (field: SupplierField) => normalize(field, values[field] ?? '');
  const { supplier } = payment;
  const details = supplier.bankAccountDetails;
  const bankAccountDetails =
    ctx.scheme === 'sepa'
      ? { iban: get('iban'), ...(get('bic') && { bankIdentifierCode: get('bic') }) }
      : {
          accountNumber: get('accountNumber'),
          sortCode: get('sortCode'),
          ...('secondaryReference' in details &&
            details.secondaryReference && { secondaryReference: details.secondaryReference }),
        };
  const type = get('type');
  return {
    errors,
    values,
    supplier: {
      ...supplier,
      name: get('name'),
      ...(type === 'PERSONAL' || type === 'BUSINESS' ? { type } : {}),
      bankAccountDetails,
    },
  };
}

/** The form's fields; the first invalid one is focused by the element after a failed submit. */
export function supplierFieldsView(
  t: Translate,
  payment: Payment,
  state: SupplierFormState,
): TemplateResult {
  const input = (field: SupplierField) => {
    const error = state.errors[field];
    const errorId = `edit-${field}-error`;
    const control =
      field === 'type'
        ? html`<select
            id="edit-${field}"
            name=${field}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? errorId : undefined)}
          >
            <option value="" ?selected=${!state.values.type}>${t('builder.type.none')}</option>
            ${(['PERSONAL', 'BUSINESS'] as const).map(
              (type) =>
                html`<option value=${type} ?selected=${state.values.type === type}>
                  ${t(`builder.type.${type}`)}
                </option>`,
            )}
          </select>`
        : html`<input
            id="edit-${field}"
            name=${field}
            .value=${state.values[field] ?? ''}
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? errorId : undefined)}
          />`;
    return html`<div class="field">
      <label for="edit-${field}">${t(`builder.field.${field}`)}</label>
      ${control}
      ${
        error
          ? html`<p class="field-error" id=${errorId}>
              ${t(`builder.error.${error.code}`, error.params)}
            </p>`
          : nothing
      }
    </div>`;
  };
  return html`${fieldsOf(payment).map(input)}`;
}
