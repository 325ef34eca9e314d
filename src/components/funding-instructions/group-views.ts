/**
 * Templates of the funding stage, loaded on demand with `groups-part.ts`: progress, one card per
 * funding group (the cancel dialog is `cancel-dialog.ts`, the payments `payments-table.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { statusLabel } from '../../i18n/status-labels.js';
import { paymentsTable } from './payments-table.js';
import { canCancel, fundingProgress, needsFunds, type FundingProgress } from './run-state.js';
import { errorView, type View } from './views.js';

export function progressView(v: View, progress: FundingProgress): TemplateResult {
  return html`
    <div class="card" part="progress">
      <span id="progress-label" class="visually-hidden">${v.t('funding.progress.label')}</span>
      <progress
        aria-labelledby="progress-label"
        aria-describedby="progress-text"
        max=${Math.max(progress.count, 1)}
        .value=${progress.funded}
      ></progress>
      <p id="progress-text">
        ${v.t('funding.progress.groups', { funded: progress.funded, count: progress.count })}
        ${progress.amounts.map(
          (a) =>
            html`<br />${v.t('funding.progress.amount', {
                funded: v.money(a.funded, a.currency),
                total: v.money(a.total, a.currency),
              })}`,
        )}
      </p>
    </div>
  `;
}

export interface GroupActions {
  paymentRunId: string;
  /** Reference of the group whose payment is being started, if any. */
  paying?: string;
  /** Groups handed to the host's open-banking step in this page. */
  handedOver: ReadonlySet<string>;
  /** The group last handed over: the `bank-payment` slot shows in it while it needs funds. */
  bankPayment?: string;
  /** The last failure of "Pay from your bank", by group. */
  payError?: { reference: string; error: unknown };
  busy: boolean;
  /** Why the user may not pay or cancel groups (their roles), shown beside the buttons. */
  roleReason?: string;
  onPay: (group: FundingInstruction) => void;
  onCancel: (group: FundingInstruction) => void;
}

/** What the groups are for, worded by how far funding has come. */
function introText(v: View, groups: readonly FundingInstruction[], funded: number): string {
  if (groups.some(needsFunds)) {
    return groups.length > 1
      ? v.t('funding.groups.split', { count: groups.length })
      : v.t('funding.groups.one');
  }
  return funded > 0
    ? v.t('funding.groups.paid', { count: funded })
    : v.t('funding.groups.allCancelled');
}

export function groupsView(
  v: View,
  run: PaymentRun,
  groups: readonly FundingInstruction[],
  a: GroupActions,
): TemplateResult {
  const progress = fundingProgress(groups);
  const done = groups.length > 0 && groups.every((g) => !needsFunds(g) && g.status !== 'EXECUTING');
  return html`
    <div role="group" aria-labelledby="groups-title">
      <h3 id="groups-title" tabindex="-1">${v.t('funding.groups.title')}</h3>
      ${
        groups.length === 0
          ? html`<p class="notice">${v.t('funding.groups.none')}</p>`
          : html`
              <p id="groups-intro">${introText(v, groups, progress.funded)}</p>
              ${progressView(v, progress)}
              ${
                done
                  ? html`<p class="notice">
                      ${v.t('funding.progress.done', { status: statusLabel(v.t, 'run', run.status) })}
                    </p>`
                  : nothing
              }
              <ul class="groups">
                ${groups.map((group) => groupView(v, group, a))}
              </ul>
            `
      }
    </div>
  `;
}

/** When the group was funded; a cancelled group says so instead. */
function fundedOn(v: View, group: FundingInstruction): TemplateResult {
  if (group.status === 'CANCELLED' && !group.fundingDate) return html``;
  return html`<div>
    <dt>${v.t('funding.group.date')}</dt>
    <dd>${group.fundingDate ? v.date(group.fundingDate) : v.t('funding.group.notFunded')}</dd>
  </div>`;
}

/** Where the host's open-banking UI goes (`slot="bank-payment"`), under what was handed over. */
function bankPaymentView(v: View, ref: string, current: boolean): TemplateResult {
  return html`<div class="bank-payment" part="bank-payment">
    <p class="muted small" id="handed-${ref}" tabindex="-1">${v.t('funding.group.handedOver')}</p>
    ${current ? html`<slot name="bank-payment"></slot>` : nothing}
  </div>`;
}

function groupButtons(v: View, group: FundingInstruction, a: GroupActions): TemplateResult {
  const ref = group.reference;
  const headingId = `group-${ref}`;
  const reasonId = `reason-${ref}`;
  const describedBy = a.roleReason ? `${headingId} ${reasonId}` : headingId;
  // The busy state is aria-disabled, not disabled, so a focused button keeps its focus.
  const unavailable = a.roleReason || a.busy ? 'true' : nothing;
  // Every group's buttons read the same, so their names say which group (WCAG 2.5.3: the visible
  // text comes first).
  const which = html`<span class="visually-hidden"
    >:
    ${v.t('funding.group.which', {
      reference: ref,
      amount: v.money(group.totalAmount.amount, group.totalAmount.currency),
    })}</span
  >`;
  return html`<div class="toolbar">
    ${
      needsFunds(group)
        ? html`<button
            class="button primary"
            part="pay-button"
            type="button"
            aria-describedby=${describedBy}
            aria-disabled=${unavailable}
            @click=${() => a.onPay(group)}
          >
            ${a.paying === ref ? v.t('funding.group.pay.busy') : v.t('funding.group.pay')}${which}
          </button>`
        : nothing
    }
    ${
      canCancel(group)
        ? html`<button
            class="button danger"
            type="button"
            aria-describedby=${describedBy}
            aria-disabled=${unavailable}
            @click=${() => a.onCancel(group)}
          >
            ${v.t('funding.group.cancel')}${which}
          </button>`
        : nothing
    }
    ${a.roleReason ? html`<span class="reason" id=${reasonId}>${a.roleReason}</span>` : nothing}
  </div>`;
}

function groupView(v: View, group: FundingInstruction, a: GroupActions): TemplateResult {
  const ref = group.reference;
  const headingId = `group-${ref}`;
  const count = group.payments.length;
  const cancelled = group.status === 'CANCELLED';
  return html`
    <li class="card" part="group" data-status=${group.status}>
      <article aria-labelledby=${headingId}>
        <div class="group-head">
          <h4 id=${headingId} data-group=${ref} tabindex="-1">
            ${v.t('funding.group.title', { reference: ref })}
          </h4>
          <span class="status" data-status=${group.status}>
            ${statusLabel(v.t, 'funding', group.status)}
          </span>
        </div>
        <dl>
          <div>
            <dt>${v.t('funding.group.reference')}</dt>
            <dd>${ref}</dd>
          </div>
          <div>
            <dt>${v.t('funding.group.amount')}</dt>
            <dd>${v.money(group.totalAmount.amount, group.totalAmount.currency)}</dd>
          </div>
          ${fundedOn(v, group)}
          <div>
            <dt>${v.t('funding.group.count')}</dt>
            <dd>${count}</dd>
          </div>
        </dl>
        ${cancelled ? html`<p class="muted">${v.t('funding.group.cancelledNote')}</p>` : nothing}
        <details>
          <summary>${v.t('funding.group.payments', { count })}</summary>
          ${paymentsTable(v, group)}
        </details>
        ${
          a.handedOver.has(ref) && needsFunds(group)
            ? bankPaymentView(v, ref, a.bankPayment === ref)
            : nothing
        }
        ${a.payError?.reference === ref ? errorView(v, a.payError.error, undefined, `pay-error-${ref}`) : nothing}
        ${needsFunds(group) || canCancel(group) ? groupButtons(v, group, a) : nothing}
      </article>
    </li>
  `;
}
