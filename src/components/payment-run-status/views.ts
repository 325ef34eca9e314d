/**
 * Render helpers of `<payment-run-status>` that depend only on their arguments: the summary,
 * the timeline and the totals. (One payment row is in `payment-row.ts`.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isKnown, PAYMENT_STATUSES } from '../../api/enums.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { StringTable, Translate } from '../../i18n/translate.js';
import type { OfferedAction, RunAction } from './actions.js';
import type { StatusTotal } from './payments.js';
import { STEPS, type StepState } from './timeline.js';

/** What every row shares; a new object only when one of these changes. */
export interface RowContext {
  t: Translate;
  money: (minor: number, currency: string) => string;
  locale: string;
  strings?: StringTable;
  theme?: 'light' | 'dark';
  /** Rows offer a checkbox (cancel selected payments). */
  selectable: boolean;
  /** Rows offer "edit supplier"; `allowed` false shows it disabled with `reasonId`. */
  editable?: { allowed: boolean; reasonId?: string };
  onSelect: (event: Event) => void;
  onEdit: (event: Event) => void;
  /** The pointer or focus is on an allowed Edit button: the dialog's code may start loading. */
  onPrefetch: () => void;
}

/**
 * `next`, or `previous` itself when nothing the rows show changed, so guarded rows are not
 * rendered again (the handlers never change).
 */
export function rowContext(previous: RowContext | undefined, next: RowContext): RowContext {
  const same =
    !!previous &&
    previous.t === next.t &&
    previous.locale === next.locale &&
    previous.strings === next.strings &&
    previous.theme === next.theme &&
    previous.selectable === next.selectable &&
    previous.editable?.allowed === next.editable?.allowed;
  return same ? previous : next;
}

/** How the rows offer selecting payments (to cancel them) and editing their supplier. */
export function rowPermissions(
  offered: ReadonlyMap<RunAction, OfferedAction>,
): Pick<RowContext, 'selectable' | 'editable'> {
  const edit = offered.get('update-payment');
  return {
    selectable: offered.get('cancel-payments')?.allowed ?? false,
    editable: edit && {
      allowed: edit.allowed,
      ...(!edit.allowed && { reasonId: 'reason-update-payment' }),
    },
  };
}

const STEP_ICONS: Record<StepState, string> = {
  done: '✓',
  current: '●',
  todo: '○',
  failed: '✕',
  warning: '!',
  cancelled: '⊘',
  skipped: '–',
};

/** A status as a label with its status as a class, so hosts can style each; unknown as sent. */
export function statusChip(t: Translate, kind: 'run' | 'payment', status: string) {
  const known = kind === 'payment' ? isKnown(PAYMENT_STATUSES, status) : true;
  return html`<span class="chip" data-status=${known ? status : 'unknown'}
    >${statusLabel(t, kind, status)}</span
  >`;
}

export function timelineView(t: Translate, states: StepState[]): TemplateResult {
  return html`<ol class="timeline" part="timeline" aria-label=${t('timeline.label')}>
    ${STEPS.map(
      (step, i) =>
        html`<li
          class="step"
          data-state=${states[i]}
          aria-current=${ifDefined(
            states[i] === 'current' || states[i] === 'failed' || states[i] === 'cancelled'
              ? 'step'
              : undefined,
          )}
        >
          <span class="step-icon" aria-hidden="true">${STEP_ICONS[states[i]]}</span>
          <span class="step-label">${t(`timeline.step.${step}`)}</span>
          <span class="step-state">${t(`timeline.state.${states[i]}`)}</span>
        </li>`,
    )}
  </ol>`;
}

/**
 * The run's tag, reference and creation date. Who created it is left out: the API gives only a
 * user id, and a raw id is not a person's name.
 */
export function summaryView(
  t: Translate,
  date: (iso: string) => string,
  run: PaymentRun,
): TemplateResult {
  return html`<dl class="facts">
    ${
      run.tag
        ? html`<div>
            <dt>${t('status.tag')}</dt>
            <dd>${run.tag}</dd>
          </div>`
        : nothing
    }
    ${
      run.paymentRunRef
        ? html`<div>
            <dt>${t('status.reference')}</dt>
            <dd>${run.paymentRunRef}</dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${t('status.created')}</dt>
      <dd><time datetime=${run.createdAt}>${date(run.createdAt)}</time></dd>
    </div>
  </dl>`;
}

export function totalsView(
  ctx: Pick<RowContext, 't' | 'money'>,
  totals: { byStatus: StatusTotal[]; all: StatusTotal },
): TemplateResult {
  const { t, money } = ctx;
  const line = (total: StatusTotal) =>
    html`${t('totals.count', { count: total.count })} ·
    ${total.amounts.map((a) => money(a.amount, a.currency)).join(' + ')}`;
  return html`<div role="group" class="totals" part="totals" aria-labelledby="totals-title">
    <h3 id="totals-title" class="visually-hidden">${t('totals.label')}</h3>
    <dl>
      ${totals.byStatus.map(
        (total) =>
          html`<div>
            <dt>${statusChip(t, 'payment', total.status)}</dt>
            <dd>${line(total)}</dd>
          </div>`,
      )}
      <div class="all">
        <dt>${t('totals.all')}</dt>
        <dd>${line(totals.all)}</dd>
      </div>
    </dl>
  </div>`;
}

/** Placeholder while the run loads. */
export function skeletonView(t: Translate): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <p role="status" class="visually-hidden">${t('status.loading')}</p>
    <div class="bone title"></div>
    <div class="bone"></div>
    <div class="bone"></div>
    <div class="bone short"></div>
  </div>`;
}
