import { html, nothing } from 'lit';
import type { PaymentRunCreate } from '../../api/schemas/payment-run.js';
import type { Translate } from '../../i18n/translate.js';
import { checkTag, type FieldError } from './validators.js';

/** The fields of the run itself (not of a payment line), in display order. */
export const RUN_FIELDS = ['description', 'tag', 'paymentRunRef'] as const;
export type RunField = (typeof RUN_FIELDS)[number];

const empty = (): Record<RunField, string> => ({ description: '', tag: '', paymentRunRef: '' });

/**
 * Description, tag and reference of the run as typed, and the API's objections to them from the
 * last submit. Only the tag has a rule of its own.
 */
export class RunFields {
  values = empty();
  /** Problems the API reported for the last submit; dropped when the field is edited. */
  server: Partial<Record<RunField, FieldError>> = {};

  /** Records what the user typed in one field. */
  set(field: RunField, value: string): void {
    this.values = { ...this.values, [field]: value };
    delete this.server[field];
  }

  reset(values: Partial<Record<RunField, string>> = {}): void {
    this.values = { ...empty(), ...values };
    this.server = {};
  }

  /** The problem a field has now: the API's, else the tag's own check. */
  error(field: RunField): FieldError | undefined {
    return this.server[field] ?? (field === 'tag' ? checkTag(this.values.tag.trim()) : undefined);
  }

  /** Every field with a problem, in display order. */
  errors(): { field: RunField; error: FieldError }[] {
    return RUN_FIELDS.flatMap((field) => {
      const error = this.error(field);
      return error ? [{ field, error }] : [];
    });
  }

  /** The run's part of the request: the fields trimmed, the empty ones left out. */
  body(): Omit<PaymentRunCreate, 'payments'> {
    const body: Partial<Record<RunField, string>> = {};
    for (const field of RUN_FIELDS) {
      const value = this.values[field].trim();
      if (value) body[field] = value;
    }
    return body;
  }
}

/** What the run fields show, and the problems of the last submit attempt. */
export interface RunFieldsView {
  t: Translate;
  fields: RunFields;
  /** Whether a submit was tried: then every problem shows, typed or not. */
  attempted: boolean;
  message: (error: FieldError) => string;
  currencies: readonly string[];
  currency: string;
}

function runField(view: RunFieldsView, field: RunField, hint?: string) {
  const { fields } = view;
  const error = fields.error(field);
  const show = error && (view.attempted || fields.values[field]);
  const describedBy = [hint && `run-${field}-hint`, show && `run-${field}-e`]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field f-${field}">
    <label for="run-${field}">${view.t(`builder.${field}`)}</label>
    <input
      id="run-${field}"
      name=${field}
      .value=${fields.values[field]}
      maxlength=${field === 'tag' ? 60 : 255}
      autocomplete="off"
      aria-invalid=${show ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
    />
    ${
      hint || show
        ? html`<div class="notes">
            ${hint ? html`<p class="hint" id="run-${field}-hint">${hint}</p>` : nothing}
            ${show ? html`<p class="error" id="run-${field}-e" part="field-error">${view.message(error)}</p>` : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

function currencySelect({ t, currencies, currency }: RunFieldsView) {
  return html`<div class="field f-currency">
    <label for="run-currency">${t('builder.currency')}</label>
    <select id="run-currency" name="currency">
      ${currencies.map((c) => html`<option value=${c} ?selected=${c === currency}>${c}</option>`)}
    </select>
  </div>`;
}

/** Description, tag, reference and, when there is a choice, the currency of the run. */
export function renderRunFields(view: RunFieldsView, onInput: (event: Event) => void) {
  return html`<div class="run" part="run-fields" @input=${onInput}>
    ${runField(view, 'description')} ${runField(view, 'tag', view.t('builder.tag.hint'))}
    ${runField(view, 'paymentRunRef')}
    ${view.currencies.length > 1 ? currencySelect(view) : nothing}
  </div>`;
}
