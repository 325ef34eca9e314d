/**
 * The parts of `<payment-run-list>` around its table: the filter bar, the pager, and the
 * loading, empty, no-match, failed and forbidden states.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PAYMENT_RUN_STATUSES } from '../../api/enums.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { Translate } from '../../i18n/translate.js';
import { amountExample, amountText, type AmountField } from './filter-form.js';
import { pageRange, type ListFilters } from './list-state.js';

export interface FilterContext {
  t: Translate;
  locale: string;
  filters: ListFilters;
  invalid: readonly AmountField[];
  onSubmit: (event: SubmitEvent) => void;
  onStatus: (event: Event) => void;
}

function textField(ctx: FilterContext, name: 'tag' | 'reference', value?: string) {
  return html`<label class="field">
    <span>${ctx.t(`list.filter.${name}`)}</span>
    <input name=${name} type="text" autocomplete="off" .value=${live(value ?? '')} />
  </label>`;
}

function amountField(ctx: FilterContext, name: AmountField) {
  const invalid = ctx.invalid.includes(name);
  return html`<label class="field">
    <span>${ctx.t(`list.filter.${name}`)}</span>
    <input
      name=${name}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(invalid ? `${name}-error` : undefined)}
      .value=${live(amountText(ctx.filters[name], ctx.locale))}
    />
    ${
      invalid
        ? html`<span class="field-error" id=${`${name}-error`}
            >${ctx.t('list.filter.invalidAmount', { example: amountExample(ctx.locale) })}</span
          >`
        : nothing
    }
  </label>`;
}

export function filterBarView(ctx: FilterContext): TemplateResult {
  const { t, filters } = ctx;
  return html`<form
    class="filters"
    part="filters"
    aria-label=${t('list.filters')}
    @submit=${ctx.onSubmit}
  >
    <label class="field">
      <span>${t('list.filter.status')}</span>
      <select name="status" @change=${ctx.onStatus}>
        <option value="" ?selected=${!filters.status}>${t('list.filter.anyStatus')}</option>
        ${PAYMENT_RUN_STATUSES.map(
          (s) =>
            html`<option value=${s} ?selected=${filters.status === s}>
              ${statusLabel(t, 'run', s)}
            </option>`,
        )}
      </select>
    </label>
    ${textField(ctx, 'tag', filters.tag)} ${textField(ctx, 'reference', filters.reference)}
    ${amountField(ctx, 'minAmount')} ${amountField(ctx, 'maxAmount')}
    <button class="button" type="submit">${t('list.filter.apply')}</button>
  </form>`;
}

export interface PagerContext {
  t: Translate;
  locale: string;
  offset: number;
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPage: (event: Event) => void;
}

export function pagerView(ctx: PagerContext): TemplateResult {
  const { t } = ctx;
  const number = new Intl.NumberFormat(ctx.locale);
  const { from, to, total } = pageRange(ctx.offset, ctx.shown, ctx.total);
  return html`<nav class="pager" part="pager" aria-label=${t('list.pages')}>
    <span class="showing"
      >${t('list.showing', {
        from: number.format(from),
        to: number.format(to),
        total: number.format(total),
      })}</span
    >
    <span class="pager-buttons">
      <button
        class="button"
        type="button"
        data-step="-1"
        ?disabled=${!ctx.hasPrevious}
        @click=${ctx.onPage}
      >
        ${t('list.previous')}
      </button>
      <button
        class="button"
        type="button"
        data-step="1"
        ?disabled=${!ctx.hasNext}
        @click=${ctx.onPage}
      >
        ${t('list.next')}
      </button>
    </span>
  </nav>`;
}

export function skeletonView(t: Translate, rows: number): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status">
    <span class="visually-hidden">${t('list.loading')}</span>
    ${Array.from({ length: Math.min(rows, 6) }, () => html`<div class="bone" aria-hidden="true"></div>`)}
  </div>`;
}

/** No run at all: the host's call to action goes in the `empty` slot. */
export function emptyView(t: Translate): TemplateResult {
  return html`<div class="message empty" part="empty">
    <p>${t('list.empty')}</p>
    <slot name="empty"></slot>
  </div>`;
}

export function noMatchView(t: Translate, onClear: () => void): TemplateResult {
  return html`<div class="message">
    <p>${t('list.noMatch')}</p>
    <button class="button" type="button" @click=${onClear}>${t('list.clearFilters')}</button>
  </div>`;
}

/** A failure with Retry, or a plain message when the user may not see runs (403). */
export function alertView(
  t: Translate,
  text: string,
  onRetry?: () => void,
  role: 'alert' | 'status' = 'alert',
): TemplateResult {
  return html`<div class="alert" role=${role}>
    <span>${text}</span>
    ${
      onRetry
        ? html`<button class="button" type="button" @click=${onRetry}>${t('action.retry')}</button>`
        : nothing
    }
  </div>`;
}
