/**
 * Templates of `<funding-instructions>` at first paint: header, steps, notices, errors, and the
 * frame of the "choose" stage.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { errorText } from '../../i18n/api-errors.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { Translate } from '../../i18n/translate.js';
import { STEPS, currentStep, runTotals } from './run-state.js';

/** What every template needs from the element's `I18nController`. */
export interface View {
  t: Translate;
  locale: string;
  money: (minor: number, currency: string) => string;
  date: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

/** The text of an error a user can act on; a 403 says which role funds runs. */
export function errorMessage(v: View, error: unknown): string {
  if ((error as { kind?: string } | undefined)?.kind === 'permission') {
    return v.t('funding.accounts.permission');
  }
  return errorText(v.t, error, v.locale);
}

/** An announced error with the support reference and, when given, a Retry button. */
export function errorView(
  v: View,
  error: unknown,
  onRetry?: () => void,
  id?: string,
): TemplateResult {
  const ref = (error as { requestRef?: string } | undefined)?.requestRef;
  return html`
    <div class="alert" part="error" role="alert" id=${id ?? nothing} tabindex="-1">
      <p>${errorMessage(v, error)}</p>
      ${ref ? html`<p class="small">${v.t('error.reference', { ref })}</p>` : nothing}
      ${
        onRetry
          ? html`<button class="button" type="button" @click=${onRetry}>
              ${v.t('action.retry')}
            </button>`
          : nothing
      }
    </div>
  `;
}

export function skeletonView(label: string): TemplateResult {
  return html`
    <div class="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${label}</span>
      <div class="bone"></div>
      <div class="bone wide"></div>
      <div class="bone wide"></div>
    </div>
  `;
}

/** Why the run cannot be funded yet, and the steps it still has to pass. */
export function notReadyView(v: View, run: PaymentRun, watching: boolean): TemplateResult {
  const known = v.t(`funding.notReady.${run.status}`);
  const text = known.startsWith('funding.')
    ? v.t('funding.notReady.unknown', { status: statusLabel(v.t, 'run', run.status) })
    : known;
  const current = currentStep(run);
  return html`
    <div role="group" class="notice" part="notice" aria-labelledby="not-ready">
      <h3 id="not-ready" tabindex="-1">${v.t('funding.notReady.title')}</h3>
      <p>${text}</p>
      <ol class="steps" aria-label=${v.t('funding.steps')}>
        ${STEPS.map(
          (step, index) => html`
            <li
              class=${index < current ? 'done' : ''}
              aria-current=${index === current ? 'step' : nothing}
            >
              ${v.t(`funding.step.${step}`)}
              <span class="visually-hidden">
                ${
                  index < current
                    ? v.t('funding.step.done')
                    : index === current
                      ? v.t('funding.step.current')
                      : nothing
                }
              </span>
            </li>
          `,
        )}
      </ol>
      ${watching ? html`<p class="muted small">${v.t('funding.notReady.watching')}</p>` : nothing}
    </div>
  `;
}

export function closedView(v: View, run: PaymentRun): TemplateResult {
  const key = run.status === 'INVALID' ? 'funding.closed.INVALID' : 'funding.closed.CANCELLED';
  return html`<section class="notice" part="notice"><p>${v.t(key)}</p></section>`;
}

/** The "choose" stage: its title and intro over `body` (the accounts, or what they wait for). */
export function choiceStageView(v: View, body: TemplateResult): TemplateResult {
  return html`
    <div role="group" aria-labelledby="accounts-title">
      <h3 id="accounts-title" tabindex="-1">${v.t('funding.accounts.title')}</h3>
      <p class="muted">${v.t('funding.accounts.intro')}</p>
      ${body}
    </div>
  `;
}

/** "Start funding" that the user's roles do not allow, with the reason (no accounts are read). */
export function startForbiddenView(v: View, reason: string): TemplateResult {
  return html`<div class="toolbar">
    <button
      class="button primary"
      part="start-button"
      type="button"
      aria-disabled="true"
      aria-describedby="start-reason"
    >
      ${v.t('funding.start')}
    </button>
    <span id="start-reason" class="reason">${reason}</span>
  </div>`;
}

export interface HeaderState {
  run?: PaymentRun;
  /** The run is being read again. */
  refreshing: boolean;
  /** Once every group is paid or cancelled: what was paid per currency. */
  paid?: readonly { currency: string; amount: number }[];
  onRefresh: () => void;
}

/** The title, and once the run is known its name, status, totals and Refresh. */
export function headerView(v: View, h: HeaderState): TemplateResult {
  const { run } = h;
  const name = run?.paymentRunRef ?? run?.description ?? run?.id;
  return html`
    <header>
      <h2 id="title" tabindex="-1">${v.t('funding.title')}</h2>
      ${
        run
          ? html`<p class="muted">
                ${v.t('funding.run', { name: name ?? '', status: statusLabel(v.t, 'run', run.status) })}
              </p>
              <p>
                ${(h.paid ?? runTotals(run))
                  .map(({ currency, amount }) =>
                    v.t(h.paid ? 'funding.total.paid' : 'funding.total', {
                      amount: v.money(amount, currency),
                    }),
                  )
                  .join(' · ')}
              </p>
              <div class="toolbar">
                <button
                  class="button"
                  type="button"
                  ?disabled=${h.refreshing}
                  @click=${h.onRefresh}
                >
                  ${h.refreshing ? v.t('funding.updating') : v.t('funding.refresh')}
                </button>
              </div>`
          : nothing
      }
    </header>
  `;
}
