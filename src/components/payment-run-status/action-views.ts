/**
 * The action buttons of `<payment-run-status>` and the sandbox's SCA step. An action the user's
 * roles do not allow is shown disabled (`aria-disabled`, so it stays focusable) with the reason.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../../i18n/translate.js';
import { roleReasonKey } from '../shared/roles.js';
import type { OfferedAction, RunAction } from './actions.js';

const ORDER: readonly RunAction[] = ['confirm', 'cancel-payments', 'restart', 'cancel'];

export interface ActionsState {
  offered: ReadonlyMap<RunAction, OfferedAction>;
  /** How many payments are selected (cancel-payments needs some). */
  selected: number;
  busy: boolean;
  /** The run is terminal: say there is nothing left to do. */
  terminal: boolean;
  onAction: (event: Event) => void;
}

function actionButton(t: Translate, offered: OfferedAction, s: ActionsState): TemplateResult {
  const { action } = offered;
  const needsSelection = action === 'cancel-payments' && !s.selected;
  const reason = !offered.allowed
    ? t(roleReasonKey(offered.needs!))
    : needsSelection
      ? t('reason.select')
      : '';
  const disabled = !!reason || s.busy;
  const label =
    action === 'cancel-payments'
      ? t('action.cancel-payments', { count: s.selected })
      : t(`action.${action}`);
  const kind = action === 'confirm' || action === 'restart' ? 'primary' : 'danger';
  return html`<div class="action">
    <button
      class="button ${kind}"
      type="button"
      data-action=${action}
      aria-disabled=${disabled ? 'true' : 'false'}
      aria-describedby=${ifDefined(reason ? `reason-${action}` : undefined)}
      @click=${s.onAction}
    >
      ${label}
    </button>
    ${reason ? html`<span class="reason" id="reason-${action}">${reason}</span>` : nothing}
  </div>`;
}

/** The run's actions in display order, each enabled or disabled with the reason. */
export function actionsView(t: Translate, s: ActionsState): TemplateResult {
  const shown = ORDER.filter((a) => s.offered.has(a));
  if (!shown.length) {
    return s.terminal ? html`<p class="muted">${t('action.none')}</p>` : html``;
  }
  return html`<div class="actions" part="actions" role="group" aria-label=${t('actions.label')}>
    ${shown.map((action) => actionButton(t, s.offered.get(action)!, s))}
  </div>`;
}

export interface ScaState {
  /** Offer the sandbox's one-time code step. */
  sandbox: boolean;
  /** The user's roles allow answering the challenge. */
  allowed: boolean;
  /** The code was sent: ask for it. */
  sent: boolean;
  onIssue: () => void;
  onVerify: (event: SubmitEvent) => void;
}

function sandboxScaView(t: Translate, s: ScaState): TemplateResult {
  if (!s.allowed) return html`<p class="reason">${t('sca.needsController')}</p>`;
  if (!s.sent) {
    return html`<div class="toolbar">
      <button class="button primary" type="button" @click=${s.onIssue}>${t('sca.send')}</button>
    </div>`;
  }
  return html`<p>${t('sca.sent')}</p>
    <form @submit=${s.onVerify}>
      <div class="field">
        <label for="otp">${t('sca.code')}</label>
        <input id="otp" name="code" inputmode="numeric" autocomplete="one-time-code" required />
      </div>
      <button class="button primary" type="submit">${t('sca.verify')}</button>
    </form>`;
}

/** PENDING_CHALLENGE: what happens next, and in the sandbox the one-time code step. */
export function scaView(t: Translate, s: ScaState): TemplateResult {
  return html`<div role="group" class="sca" aria-labelledby="sca-title">
    <h3 id="sca-title">${t('sca.title')}</h3>
    <p>${t('explain.PENDING_CHALLENGE')} ${t('sca.host')}</p>
    ${
      s.sandbox
        ? html`<p class="muted">${t('sca.sandbox')}</p>
            ${sandboxScaView(t, s)}`
        : nothing
    }
  </div>`;
}
