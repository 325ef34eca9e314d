/**
 * The body of `<payment-run-status>` around its actions and payments: the heading, facts, the
 * step timeline, what the status means, and the alerts of a failed read, action or part.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isKnown, TERMINAL_PAYMENT_RUN_STATUSES } from '../../api/enums.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { errorText } from '../../i18n/api-errors.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import type { Translate } from '../../i18n/translate.js';
import { timeline } from './timeline.js';
import { statusChip, summaryView, timelineView } from './views.js';

/** Statuses with their own explanation; terminal ones have one too. */
const EXPLAINED = ['QUEUED', 'PENDING_CONFIRMATION', 'SCA_FAILED', 'PENDING_FUNDING', 'EXECUTING'];

export const isTerminal = (status: string) => isKnown(TERMINAL_PAYMENT_RUN_STATUSES, status);

/** What the run's status means for the user; PENDING_CHALLENGE is explained by its SCA section. */
function explainText(t: Translate, run: PaymentRun): string {
  const failed = run.payments.filter((p) => p.status === 'FAILED' || p.status === 'RETURNED');
  if (isKnown(EXPLAINED, run.status) || isTerminal(run.status)) {
    return t(`explain.${run.status}`, { count: failed.length });
  }
  return run.status === 'PENDING_CHALLENGE' ? '' : t('explain.unknown', { status: run.status });
}

/** An alert with a button: a failed first read (Retry) or a failed action (Dismiss). */
export function alertView(
  i18n: I18nController,
  error: unknown,
  action: { label: string; onClick: () => void },
): TemplateResult {
  return alertWithButton(errorText(i18n.t, error, i18n.locale), action);
}

/** A part loaded on demand (a dialog, the sandbox's SCA step) could not be loaded: Retry. */
export function partFailedView(t: Translate, onRetry: () => void): TemplateResult {
  return alertWithButton(t('status.partFailed'), { label: t('action.retry'), onClick: onRetry });
}

function alertWithButton(
  text: string,
  action: { label: string; onClick: () => void },
): TemplateResult {
  return html`<div class="alert" role="alert">
    <span>${text}</span>
    <button class="button" type="button" @click=${action.onClick}>${action.label}</button>
  </div>`;
}

function staleView(i18n: I18nController, error: unknown, onRetry: () => void): TemplateResult {
  const { t } = i18n;
  return html`<div class="alert stale" role="status">
    <span>${t('status.stale', { error: errorText(t, error, i18n.locale) })}</span>
    <button class="button" type="button" @click=${onRetry}>${t('status.refresh')}</button>
  </div>`;
}

export interface RunViewState {
  run: PaymentRun;
  /** The status a cancelled run was cancelled from, when this page saw it. */
  cancelledFrom?: string;
  /** Reading the run again failed: what is shown may be out of date. */
  readError?: unknown;
  sca: TemplateResult | typeof nothing;
  actions: TemplateResult;
  totals: TemplateResult;
  payments: TemplateResult;
  onRetry: () => void;
}

/** Everything about one run, top to bottom. */
export function runView(i18n: I18nController, s: RunViewState): TemplateResult {
  const { t } = i18n;
  const { run } = s;
  const explain = explainText(t, run);
  return html`<div class="header">
      <h2 id="run-title">
        ${run.description || t('status.untitled', { id: run.paymentRunRef ?? run.id })}
      </h2>
      ${statusChip(t, 'run', run.status)}
    </div>
    ${summaryView(t, i18n.date, run)} ${timelineView(t, timeline(run.status, s.cancelledFrom))}
    ${explain ? html`<p class="explain">${explain}</p>` : nothing}
    ${run.statusReason ? html`<p>${t('status.reason', { reason: run.statusReason })}</p>` : nothing}
    ${s.sca} ${s.readError ? staleView(i18n, s.readError, s.onRetry) : nothing} ${s.actions}
    ${s.totals} ${s.payments}`;
}
