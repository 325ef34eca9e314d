/**
 * Templates of the funding stage, loaded on demand with `groups-part.ts`: progress, one card per
 * funding group, the cancel dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { statusLabel } from '../../i18n/api-strings.js';
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
  /** The last failure of "Pay from your bank", by group. */
  payError?: { reference: string; error: unknown };
  busy: boolean;
  /** Why the user may not pay or cancel groups (their roles), shown beside the buttons. */
  roleReason?: string;
  onPay: (group: FundingInstruction) => void;
  onCancel: (group: FundingInstruction) => void;
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
              <p>
                ${
                  groups.length > 1
                    ? v.t('funding.groups.split', { count: groups.length })
                    : v.t('funding.groups.one')
                }
              </p>
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

function groupView(v: View, group: FundingInstruction, a: GroupActions): TemplateResult {
  const ref = group.reference;
  const headingId = `group-${ref}`;
  const count = group.payments.length;
  const paying = a.paying === ref;
  const reasonId = `reason-${ref}`;
  const describedBy = a.roleReason ? `${headingId} ${reasonId}` : headingId;
  const roleDisabled = a.roleReason ? 'true' : nothing;
  return html`
    <li class="card" part="group">
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
          <div>
            <dt>${v.t('funding.group.date')}</dt>
            <dd>
              ${group.fundingDate ? v.date(group.fundingDate) : v.t('funding.group.notFunded')}
            </dd>
          </div>
          <div>
            <dt>${v.t('funding.group.count')}</dt>
            <dd>${count}</dd>
          </div>
        </dl>
        <details>
          <summary>${v.t('funding.group.payments', { count })}</summary>
          ${paymentsTable(v, group)}
        </details>
        ${
          a.handedOver.has(ref) && needsFunds(group)
            ? html`<p class="muted small">${v.t('funding.group.handedOver')}</p>`
            : nothing
        }
        ${a.payError?.reference === ref ? errorView(v, a.payError.error) : nothing}
        ${
          needsFunds(group) || canCancel(group)
            ? html`<div class="toolbar">
                ${
                  needsFunds(group)
                    ? html`<button
                        class="button primary"
                        part="pay-button"
                        type="button"
                        aria-describedby=${describedBy}
                        aria-disabled=${roleDisabled}
                        ?disabled=${a.busy}
                        @click=${() => a.onPay(group)}
                      >
                        ${paying ? v.t('funding.group.pay.busy') : v.t('funding.group.pay')}
                      </button>`
                    : nothing
                }
                ${
                  canCancel(group)
                    ? html`<button
                        class="button danger"
                        type="button"
                        aria-describedby=${describedBy}
                        aria-disabled=${roleDisabled}
                        ?disabled=${a.busy}
                        @click=${() => a.onCancel(group)}
                      >
                        ${v.t('funding.group.cancel')}
                      </button>`
                    : nothing
                }
                ${
                  a.roleReason
                    ? html`<span class="reason" id=${reasonId}>${a.roleReason}</span>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </article>
    </li>
  `;
}

function paymentsTable(v: View, group: FundingInstruction): TemplateResult {
  return html`
    <table>
      <caption class="visually-hidden">
        ${v.t('funding.group.paymentsCaption', { reference: group.reference })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${v.t('funding.payment.supplier')}</th>
          <th scope="col">${v.t('funding.payment.reference')}</th>
          <th scope="col" class="amount">${v.t('funding.payment.amount')}</th>
          <th scope="col">${v.t('funding.payment.status')}</th>
        </tr>
      </thead>
      <tbody>
        ${group.payments.map(
          (p) => html`
            <tr>
              <td>${p.supplier.name}</td>
              <td>${p.reference}</td>
              <td class="amount">${v.money(p.paymentAmount.amount, p.paymentAmount.currency)}</td>
              <td>
                <span class="status" data-status=${p.status}>
                  ${statusLabel(v.t, 'payment', p.status)}
                </span>
              </td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

export interface CancelDialog {
  group?: FundingInstruction;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation of a group cancel: a native modal dialog, labelled and described. */
export function cancelDialogView(v: View, d: CancelDialog): TemplateResult {
  const group = d.group;
  return html`
    <dialog
      part="dialog"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-text"
      @close=${d.onClose}
    >
      ${
        group
          ? html`<div class="body">
              <h3 id="cancel-title">
                ${v.t('funding.cancel.title', { reference: group.reference })}
              </h3>
              <p id="cancel-text">
                ${v.t('funding.cancel.text', {
                  count: group.payments.length,
                  amount: v.money(group.totalAmount.amount, group.totalAmount.currency),
                })}
              </p>
              ${d.error ? errorView(v, d.error) : nothing}
              <div class="toolbar">
                <button
                  class="button"
                  type="button"
                  value="keep"
                  @click=${(e: Event) =>
                    ((e.target as HTMLElement).closest('dialog') as HTMLDialogElement).close()}
                >
                  ${v.t('funding.cancel.keep')}
                </button>
                <button
                  class="button danger"
                  type="button"
                  ?disabled=${d.busy}
                  @click=${d.onConfirm}
                >
                  ${d.busy ? v.t('funding.cancel.busy') : v.t('funding.cancel.confirm')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </dialog>
  `;
}
