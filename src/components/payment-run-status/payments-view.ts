/**
 * The payments section of `<payment-run-status>`: filter, sortable headers, select-all and the
 * rows. Each row is memoised (`guard`), so it renders again only when its payment, its selection
 * or the shared `RowContext` changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Payment } from '../../api/schemas/payment-run.js';
import { statusLabel } from '../../i18n/api-strings.js';
import type { Translate } from '../../i18n/translate.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { roleReasonKey } from '../shared/roles.js';
import { isPaymentChangeable } from './actions.js';
import type { SortKey, SortOrder, StatusTotal } from './payments.js';
import { paymentRow, type RowContext } from './views.js';

export interface PaymentsState {
  ctx: RowContext;
  /** Every payment of the run. */
  all: readonly Payment[];
  /** The payments that pass the filter, sorted. */
  visible: readonly Payment[];
  /** The part of `visible` rendered so far. */
  rendered: readonly Payment[];
  byStatus: readonly StatusTotal[];
  filter: string;
  sort?: SortOrder;
  selection: ReadonlySet<string>;
  onSort: (event: Event) => void;
  onFilter: (event: Event) => void;
  onSelectAll: (event: Event) => void;
  onUseName: (event: CustomEvent<CopUseSuggestedNameDetail>) => void;
}

function sortHeader(t: Translate, key: SortKey, s: PaymentsState): TemplateResult {
  const sorted = s.sort?.key === key ? s.sort.direction : undefined;
  return html`<th scope="col" aria-sort=${ifDefined(sorted)}>
    <button
      class="sort"
      type="button"
      data-key=${key}
      aria-label=${t('payments.sortBy', { column: t(`payments.${key}`) })}
      @click=${s.onSort}
    >
      ${t(`payments.${key}`)}
      <span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

function toolbarView(t: Translate, s: PaymentsState): TemplateResult {
  return html`<div class="toolbar">
    <h3 id="payments-title">${t('payments.label')}</h3>
    <label for="filter">${t('payments.filter')}</label>
    <select id="filter" .value=${s.filter} @change=${s.onFilter}>
      <option value="">${t('payments.filterAll', { count: s.all.length })}</option>
      ${s.byStatus.map(
        (total) =>
          html`<option value=${total.status} ?selected=${s.filter === total.status}>
            ${t('payments.filterStatus', {
              label: statusLabel(t, 'payment', total.status),
              count: total.count,
            })}
          </option>`,
      )}
    </select>
    <span class="muted" aria-live="polite">
      ${s.filter ? t('payments.shown', { shown: s.visible.length, total: s.all.length }) : ''}
    </span>
  </div>`;
}

function headView(t: Translate, s: PaymentsState): TemplateResult {
  const { ctx } = s;
  const changeable = s.visible.filter((p) => isPaymentChangeable(p.status));
  const allSelected = !!changeable.length && changeable.every((p) => s.selection.has(p.id));
  return html`<tr>
    ${
      ctx.selectable
        ? html`<th scope="col">
            <input
              type="checkbox"
              aria-label=${t('payments.selectAll')}
              .checked=${allSelected}
              ?disabled=${!changeable.length}
              @change=${s.onSelectAll}
            />
          </th>`
        : nothing
    }
    ${sortHeader(t, 'supplier', s)}
    <th scope="col">${t('payments.account')}</th>
    ${sortHeader(t, 'amount', s)} ${sortHeader(t, 'reference', s)} ${sortHeader(t, 'status', s)}
    <th scope="col">${t('payments.cop')}</th>
    ${
      ctx.editable
        ? html`<th scope="col">
            <span class="visually-hidden">${t('actions.label')}</span>
          </th>`
        : nothing
    }
  </tr>`;
}

/** The payments: a toolbar to filter, then a scrolling table rendered a slice at a time. */
export function paymentsView(t: Translate, s: PaymentsState): TemplateResult {
  const { ctx } = s;
  return html`<div role="group" aria-labelledby="payments-title">
    ${toolbarView(t, s)}
    ${
      ctx.editable && !ctx.editable.allowed
        ? html`<p class="reason" id="reason-update-payment">${t(roleReasonKey('CREATOR'))}</p>`
        : nothing
    }
    <div class="table-wrap" part="payments" tabindex="0" aria-labelledby="payments-title">
      <table
        aria-busy=${s.rendered.length < s.visible.length ? 'true' : 'false'}
        @cop-use-suggested-name=${s.onUseName}
      >
        <thead>
          ${headView(t, s)}
        </thead>
        <tbody>
          ${repeat(
            s.rendered,
            (payment) => payment.id,
            (payment) => {
              const selected = s.selection.has(payment.id);
              return guard([payment, selected, ctx], () => paymentRow(payment, selected, ctx));
            },
          )}
        </tbody>
      </table>
      ${s.visible.length ? nothing : html`<p class="muted">${t('payments.none')}</p>`}
    </div>
  </div>`;
}
