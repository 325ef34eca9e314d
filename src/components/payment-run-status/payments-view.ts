/**
 * The payments section of `<payment-run-status>`: filter, sortable headers, select-all and the
 * rows in view. Only the rows in or near the table's scroll box are rendered (`RowWindow`); the
 * table says how many rows there are (`aria-rowcount`) and where each one is (`aria-rowindex`).
 * Each row is memoised (`guard`), so it renders again only when its payment, its selection or
 * the shared `RowContext` changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Payment } from '../../api/schemas/payment-run.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { Translate } from '../../i18n/translate.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { roleReasonKey } from '../shared/roles.js';
import { isPaymentChangeable } from './actions.js';
import type { SortKey, SortOrder, StatusTotal } from './payments.js';
import type { RowSlice } from './row-window.js';
import { paymentRow } from './payment-row.js';
import type { RowContext } from './views.js';

export interface PaymentsState {
  ctx: RowContext;
  /** Every payment of the run. */
  all: readonly Payment[];
  /** The payments that pass the filter, sorted. */
  visible: readonly Payment[];
  /** The part of `visible` rendered now. */
  slice: RowSlice<Payment>;
  byStatus: readonly StatusTotal[];
  filter: string;
  sort?: SortOrder;
  selection: ReadonlySet<string>;
  onSort: (event: Event) => void;
  onFilter: (event: Event) => void;
  onSelectAll: (event: Event) => void;
  onScroll: () => void;
  onUseName: (event: CustomEvent<CopUseSuggestedNameDetail>) => void;
}

/**
 * The Status column is shown only when the payments are in more than one status. When they all
 * share one (the usual case: the run's status implies it), a row repeating it says nothing new;
 * the toolbar says it once and the totals count it.
 */
const showsStatus = (s: PaymentsState) => s.byStatus.length > 1;

function sortHeader(t: Translate, key: SortKey, s: PaymentsState): TemplateResult {
  const sorted = s.sort?.key === key ? s.sort.direction : undefined;
  return html`<th scope="col" class="sortable" aria-sort=${ifDefined(sorted)}>
    <button
      class="sort"
      type="button"
      data-key=${key}
      aria-label=${t('payments.sortBy', { column: t(`payments.${key}`) })}
      @click=${s.onSort}
    >
      ${t(`payments.${key}`)}<span aria-hidden="true"
        >${sorted === 'ascending' ? '▲' : sorted ? '▼' : '↕'}</span
      >
    </button>
  </th>`;
}

function toolbarView(t: Translate, s: PaymentsState): TemplateResult {
  const [only] = s.byStatus;
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
    ${
      !showsStatus(s) && only
        ? html`<p class="muted every-status">
            ${t('payments.everyStatus', { label: statusLabel(t, 'payment', only.status) })}
          </p>`
        : nothing
    }
  </div>`;
}

function headView(t: Translate, s: PaymentsState): TemplateResult {
  const { ctx } = s;
  const changeable = s.visible.filter((p) => isPaymentChangeable(p.status));
  const allSelected = !!changeable.length && changeable.every((p) => s.selection.has(p.id));
  return html`<tr aria-rowindex="1">
    ${
      ctx.selectable
        ? html`<th scope="col" class="select">
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
    <th scope="col" class="plain">${t('payments.account')}</th>
    ${sortHeader(t, 'amount', s)} ${sortHeader(t, 'reference', s)}
    ${showsStatus(s) ? sortHeader(t, 'status', s) : nothing}
    <th scope="col" class="plain">${t('payments.cop')}</th>
    ${
      ctx.editable
        ? html`<th scope="col" class="plain">
            <span class="visually-hidden">${t('actions.label')}</span>
          </th>`
        : nothing
    }
  </tr>`;
}

/** Stands for `px` of rows not rendered, so the scroll box keeps the whole list's height. */
function spacer(px: number, columns: number): TemplateResult | typeof nothing {
  return px > 0
    ? html`<tr class="spacer" aria-hidden="true">
        <td colspan=${columns} style=${styleMap({ height: `${px}px` })}></td>
      </tr>`
    : nothing;
}

/** The payments: a toolbar to filter, then the table in its own scroll region. */
export function paymentsView(t: Translate, s: PaymentsState): TemplateResult {
  const { ctx, slice } = s;
  const columns = 5 + Number(ctx.selectable) + Number(showsStatus(s)) + Number(!!ctx.editable);
  return html`<div class="payments">
    ${toolbarView(t, s)}
    ${
      ctx.editable && !ctx.editable.allowed
        ? html`<p class="reason" id="reason-update-payment">${t(roleReasonKey('CREATOR'))}</p>`
        : nothing
    }
    <div
      class="table-wrap"
      part="payments"
      role="region"
      tabindex="0"
      aria-labelledby="payments-title run-title"
      @scroll=${s.onScroll}
    >
      <table aria-rowcount=${s.visible.length + 1} @cop-use-suggested-name=${s.onUseName}>
        <thead>
          ${headView(t, s)}
        </thead>
        <tbody>
          ${spacer(slice.before, columns)}
          ${repeat(
            slice.rows,
            (payment) => payment.id,
            (payment, i) => {
              const selected = s.selection.has(payment.id);
              const index = slice.start + i + 2;
              const showStatus = showsStatus(s);
              return guard([payment, selected, ctx, index, showStatus], () =>
                paymentRow(payment, ctx, { selected, index, showStatus }),
              );
            },
          )}
          ${spacer(slice.after, columns)}
        </tbody>
      </table>
      ${s.visible.length ? nothing : html`<p class="muted">${t('payments.none')}</p>`}
    </div>
  </div>`;
}
