/** One payment of `<payment-run-status>` as a table row, which narrow containers show as a card. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Payment } from '../../api/schemas/payment-run.js';
import { isPaymentChangeable } from './actions.js';
import { isSepa, lastFour } from './payments.js';
import { statusChip, type RowContext } from './views.js';

/** What one row shows besides its payment. */
export interface RowOptions {
  selected: boolean;
  /** Its position in the table, the header row being 1 (`aria-rowindex`). */
  index: number;
  /** The Status column is shown (the payments are not all in one status). */
  showStatus: boolean;
}

function selectCell(payment: Payment, selected: boolean, ctx: RowContext) {
  return html`<td class="select">
    ${
      isPaymentChangeable(payment.status)
        ? html`<input
            type="checkbox"
            data-id=${payment.id}
            .checked=${selected}
            aria-label=${ctx.t('payments.selectOne', { name: payment.supplier.name })}
            @change=${ctx.onSelect}
          />`
        : nothing
    }
  </td>`;
}

function editCell(payment: Payment, ctx: RowContext) {
  const edit = ctx.editable!;
  return html`<td class="edit">
    ${
      isPaymentChangeable(payment.status)
        ? html`<button
            class="button small"
            type="button"
            data-id=${payment.id}
            aria-label=${ctx.t('action.editLabel', { name: payment.supplier.name })}
            aria-disabled=${edit.allowed ? 'false' : 'true'}
            aria-describedby=${ifDefined(edit.reasonId)}
            @click=${ctx.onEdit}
            @pointerenter=${edit.allowed ? ctx.onPrefetch : nothing}
            @focus=${edit.allowed ? ctx.onPrefetch : nothing}
          >
            ${ctx.t('payments.edit')}
          </button>`
        : nothing
    }
  </td>`;
}

/** One payment as a table row. */
export function paymentRow(payment: Payment, ctx: RowContext, row: RowOptions): TemplateResult {
  const { t } = ctx;
  const { supplier, paymentAmount } = payment;
  const outcome =
    payment.validationOutcomes?.find((o) => o.category === 'UK_CONFIRMATION_OF_PAYEE') ??
    payment.validationOutcomes?.[0];
  return html`<tr data-id=${payment.id} aria-rowindex=${row.index}>
    ${ctx.selectable ? selectCell(payment, row.selected, ctx) : nothing}
    <th scope="row" class="supplier">
      ${supplier.name}
      ${
        supplier.type
          ? html`<span class="muted">${t(`payments.type.${supplier.type}`)}</span>`
          : nothing
      }
    </th>
    <td class="account">
      <span class="visually-hidden"
        >${t(isSepa(payment) ? 'payments.ibanEnding' : 'payments.accountEnding')}</span
      ><span aria-hidden="true">•••• </span>${lastFour(payment)}
    </td>
    <td class="num">${ctx.money(paymentAmount.amount, paymentAmount.currency)}</td>
    <td class="reference">${payment.reference}</td>
    ${row.showStatus ? html`<td class="status">${statusChip(t, 'payment', payment.status)}</td>` : nothing}
    <td class="cop">
      <cop-result-badge
        variant="compact"
        payment-id=${payment.id}
        theme=${ifDefined(ctx.theme)}
        .outcome=${outcome}
        .locale=${ctx.locale}
        .strings=${ctx.strings}
      ></cop-result-badge>
    </td>
    ${ctx.editable ? editCell(payment, ctx) : nothing}
  </tr>`;
}
