/**
 * The action buttons of `<payment-run-status>` and its SCA section. An action the user's roles do
 * not allow is shown disabled (`aria-disabled`, so it stays focusable) with the reason.
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
  /** The pointer or focus is on an allowed button that opens a dialog: its code may load. */
  onPrefetch: () => void;
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
  const opensDialog = offered.allowed && (action === 'cancel' || action === 'cancel-payments');
  const prefetch = opensDialog ? s.onPrefetch : nothing;
  return html`<div class="action">
    <button
      class="button ${kind}"
      type="button"
      data-action=${action}
      aria-disabled=${disabled ? 'true' : 'false'}
      aria-describedby=${ifDefined(reason ? `reason-${action}` : undefined)}
      @click=${s.onAction}
      @pointerenter=${prefetch}
      @focus=${prefetch}
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

/** PENDING_CHALLENGE: what happens next, then `sandbox`, the sandbox's one-time code step. */
export function scaView(t: Translate, sandbox: TemplateResult | typeof nothing): TemplateResult {
  return html`<div role="group" class="sca" aria-labelledby="sca-title">
    <h3 id="sca-title">${t('sca.title')}</h3>
    <p>${t('explain.PENDING_CHALLENGE')} ${t('sca.host')}</p>
    ${sandbox}
  </div>`;
}
