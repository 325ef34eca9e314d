/**
 * The runs of the shown page: a table whose column headers sort, which stacks into one card per
 * run in a narrow box (see the styles). Each run's name is a button; one of them is in the tab
 * order, arrows move between them, Enter or a click anywhere on the row opens the run.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { Translate } from '../../i18n/translate.js';
import { SORT_KEYS, type ListState, type SortKey } from './list-state.js';
import type { ListRow } from './provider.types.js';

export interface TableContext {
  t: Translate;
  money: (minor: number, currency: string) => string;
  date: (iso: string) => string;
  sort: ListState['sort'];
  selectedId?: string;
  /** The row whose name button is in the tab order. */
  activeId?: string;
  onSort: (event: Event) => void;
  onOpen: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

export const columnLabel = (t: Translate, key: SortKey) => t(`list.column.${key}`);

/** The status chip, in the words of `<payment-run-status>`; the tone colours it. */
export function statusChip(t: Translate, row: ListRow): TemplateResult {
  return html`<span class="chip" data-status=${row.status} data-tone=${row.statusTone}
    >${statusLabel(t, 'run', row.status)}</span
  >`;
}

/** What the order of the rows is, said in words (the API's own order is unspecified). */
export function orderText(t: Translate, sort: ListState['sort']): string {
  if (sort.key === 'created' && sort.direction === 'descending') return t('list.order.default');
  return t(`list.order.${sort.direction}`, { column: columnLabel(t, sort.key) });
}

function headerCell(ctx: TableContext, key: SortKey): TemplateResult {
  const { t, sort } = ctx;
  const sorted = sort.key === key ? sort.direction : undefined;
  const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕';
  return html`<th scope="col" aria-sort=${ifDefined(sorted)} class=${`col-${key}`}>
    <button class="sort" type="button" data-key=${key} @click=${ctx.onSort}>
      <span>${columnLabel(t, key)}</span><span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

const cellLabel = (t: Translate, key: SortKey) =>
  html`<span class="cell-label" aria-hidden="true">${columnLabel(t, key)}</span>`;

function rowView(ctx: TableContext, row: ListRow): TemplateResult {
  const { t } = ctx;
  const name = row.untitled ? t('list.untitled', { id: row.id }) : row.name;
  const mine = row.needs.endsWith('.you');
  return html`<tr
    data-id=${row.id}
    aria-current=${ifDefined(row.id === ctx.selectedId ? 'true' : undefined)}
  >
    <th scope="row" class="col-name">
      <button
        class="open"
        type="button"
        data-id=${row.id}
        tabindex=${row.id === ctx.activeId ? 0 : -1}
      >
        ${name}
      </button>
    </th>
    <td class="col-tag">${cellLabel(t, 'tag')}<span>${row.tag ?? nothing}</span></td>
    <td class="col-created">${cellLabel(t, 'created')}<span>${ctx.date(row.created)}</span></td>
    <td class="col-status">${cellLabel(t, 'status')}${statusChip(t, row)}</td>
    <td class="col-count">${cellLabel(t, 'count')}<span>${row.count}</span></td>
    <td class="col-total">
      ${cellLabel(t, 'total')}<span class="amounts"
        >${row.totals.map((m) => html`<span>${ctx.money(m.minor, m.currency)}</span>`)}</span
      >
    </td>
    <td class="col-needs" data-mine=${mine}>
      ${cellLabel(t, 'needs')}<span>${t(`list.needs.${row.needs}`)}</span>
    </td>
  </tr>`;
}

export function tableView(ctx: TableContext, rows: readonly ListRow[]): TemplateResult {
  const { t } = ctx;
  // At medium widths a long language's table may be wider than the box: it scrolls inside its
  // own labelled region (never the element or the page); narrower boxes get cards instead.
  return html`<div class="table-wrap" role="region" aria-label=${t('list.label')} tabindex="0">
      <table class="runs" part="table" aria-label=${t('list.label')} aria-describedby="order">
        <thead>
          <tr>
            ${SORT_KEYS.map((key) => headerCell(ctx, key))}
          </tr>
        </thead>
        <tbody @click=${ctx.onOpen} @keydown=${ctx.onKeydown}>
          ${rows.map((row) => rowView(ctx, row))}
        </tbody>
      </table>
    </div>
    <p class="muted order" id="order">${orderText(t, ctx.sort)}</p>`;
}
