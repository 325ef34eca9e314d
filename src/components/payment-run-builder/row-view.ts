import { html, nothing, render, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import { shownError, type Row } from './rows.js';
import type { FieldError, RowField, Scheme } from './validators.js';

/** What a row needs from its builder to render. */
export interface RowContext {
  t: Translate;
  scheme: Scheme;
  currency: string;
  /** Text of an error, in the builder's locale. */
  message: (error: FieldError) => string;
}

export const fieldId = (row: Row, field: string) => `r${row.id}-${field}`;

/** Input hints per field, so phones show the right keyboard and browsers do not autofill. */
const INPUT_MODE: Partial<Record<RowField, string>> = {
  accountNumber: 'numeric',
  sortCode: 'numeric',
  amount: 'decimal',
};

function field(row: Row, name: RowField, ctx: RowContext, control?: TemplateResult) {
  const id = fieldId(row, name);
  const error = shownError(row, name);
  const errorId = error ? `${id}-e` : undefined;
  const label =
    name === 'amount'
      ? ctx.t('builder.field.amount', { currency: ctx.currency })
      : ctx.t(`builder.field.${name}`);
  return html`<div class="field f-${name}" ?data-invalid=${!!error}>
    <label for=${id}>${label}</label>
    ${
      control ??
      html`<input
        id=${id}
        data-field=${name}
        .value=${row.values[name]}
        inputmode=${INPUT_MODE[name] ?? nothing}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${errorId ?? nothing}
      />`
    }
    ${
      error
        ? html`<p class="error" id=${errorId!} part="field-error">
            ${ctx.message(error)}
            ${
              error.code === 'name.apostrophe'
                ? html`<button type="button" class="link" data-action="fix-apostrophe">
                    ${ctx.t('builder.fix-apostrophe')}
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }
  </div>`;
}

function typeSelect(row: Row, ctx: RowContext) {
  const id = fieldId(row, 'type');
  const error = shownError(row, 'type');
  return html`<select
    id=${id}
    data-field="type"
    .value=${row.values.type}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${error ? `${id}-e` : nothing}
  >
    <option value="">
      ${ctx.t(ctx.scheme === 'fps' ? 'builder.type.none' : 'builder.type.none-optional')}
    </option>
    <option value="PERSONAL">${ctx.t('builder.type.PERSONAL')}</option>
    <option value="BUSINESS">${ctx.t('builder.type.BUSINESS')}</option>
  </select>`;
}

/** One payment line: a fieldset of its fields, its actions and, on demand, its details. */
export function renderRow(row: Row, index: number, ctx: RowContext): TemplateResult {
  const { t } = ctx;
  const n = index + 1;
  const detailsId = fieldId(row, 'details');
  const bank: RowField[] = ctx.scheme === 'sepa' ? ['iban', 'bic'] : ['accountNumber', 'sortCode'];
  return html`<fieldset class="row" part="row" data-id=${row.id}>
    <legend class="visually-hidden">${t('builder.payment', { n })}</legend>
    <span class="n" aria-hidden="true">${n}</span>
    <div class="fields main ${ctx.scheme}">
      ${field(row, 'name', ctx)} ${field(row, 'type', ctx, typeSelect(row, ctx))}
      ${bank.map((name) => field(row, name, ctx))} ${field(row, 'amount', ctx)}
      ${field(row, 'reference', ctx)}
    </div>
    <div class="actions">
      <button
        type="button"
        class="button"
        data-action="more"
        aria-expanded=${row.open ? 'true' : 'false'}
        aria-controls=${detailsId}
      >
        ${t('builder.more')}
      </button>
      <button
        type="button"
        class="button"
        data-action="duplicate"
        aria-label=${t('builder.duplicate', { n })}
      >
        ${t('builder.action.duplicate')}
      </button>
      <button
        type="button"
        class="button danger"
        data-action="remove"
        aria-label=${t('builder.remove', { n })}
      >
        ${t('builder.action.remove')}
      </button>
    </div>
    <div class="fields details" id=${detailsId} ?hidden=${!row.open}>
      ${
        row.open
          ? (['externalRef', 'paymentRef', 'address', 'bankName', 'bankCountry'] as const).map(
              (name) => field(row, name, ctx),
            )
          : nothing
      }
    </div>
  </fieldset>`;
}

/**
 * The element a row lives in, rendered now, and able to re-render itself (`row.render()`)
 * without its builder re-rendering the list: a keystroke in a 1000-row run touches one row.
 */
export function mountRow(row: Row, index: number, ctx: RowContext): HTMLElement {
  const element = (row.element ??= document.createElement('div'));
  row.render = () => render(renderRow(row, index, ctx), element);
  row.render();
  return element;
}
