/**
 * The action buttons of `<payment-run-status>`, the outcome of the last action, and its SCA
 * section. An action the user's roles do not allow is shown disabled (`aria-disabled`, so it
 * stays focusable) with the reason. The outcome and the SCA heading take focus from code
 * (`tabindex="-1"`, see `action-focus.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Translate } from '../../i18n/translate.js';
import { roleReasonKey } from '../shared/roles.js';
import type { OfferedAction, RunAction } from './actions.js';

const ORDER: readonly RunAction[] = ['confirm', 'cancel-payments', 'restart', 'cancel'];

/** The message that reports how the last action went; focus moves to it. */
export type ActionOutcome = { done: string } | { failed: string };

export interface ActionsState {
  offered: ReadonlyMap<RunAction, OfferedAction>;
  /** How many payments are selected (cancel-payments needs some). */
  selected: number;
  busy: boolean;
  /** The run is terminal: say there is nothing left to do. */
  terminal: boolean;
  /** What the last action did, or why it failed (`onDismiss` hides the failure). */
  outcome?: ActionOutcome;
  onAction: (event: Event) => void;
  onDismiss: () => void;
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

function outcomeView(t: Translate, s: ActionsState): TemplateResult | typeof nothing {
  const { outcome } = s;
  if (!outcome) return nothing;
  if ('done' in outcome) {
    return html`<p class="outcome" id="action-outcome" tabindex="-1">${outcome.done}</p>`;
  }
  return html`<div class="alert" role="alert" id="action-outcome" tabindex="-1">
    <span>${outcome.failed}</span>
    <button class="button" type="button" @click=${s.onDismiss}>${t('action.dismiss')}</button>
  </div>`;
}

/** The run's actions in display order, each enabled or disabled with the reason; the outcome. */
export function actionsView(t: Translate, s: ActionsState): TemplateResult {
  const shown = ORDER.filter((a) => s.offered.has(a));
  if (!shown.length) {
    return html`${outcomeView(t, s)}
    ${s.terminal ? html`<p class="muted">${t('action.none')}</p>` : nothing}`;
  }
  // Keyed: a focused button is never reused for another action (Confirm becoming Cancel run).
  return html`<div class="actions" part="actions" role="group" aria-label=${t('actions.label')}>
      ${repeat(
        shown,
        (action) => action,
        (action) => actionButton(t, s.offered.get(action)!, s),
      )}
    </div>
    ${outcomeView(t, s)}`;
}

/**
 * PENDING_CHALLENGE: what happens next, the host's `challenge` slot (Weavr's SCA UI, in light
 * DOM), then `builtIn`, the sandbox's one-time code step, shown only while nothing is slotted.
 */
export function scaView(
  t: Translate,
  s: { slotted: boolean; builtIn: TemplateResult | typeof nothing; onSlotChange: () => void },
): TemplateResult {
  return html`<div role="group" class="sca" aria-labelledby="sca-title">
    <h3 id="sca-title" tabindex="-1">${t('sca.title')}</h3>
    <p>${t('explain.PENDING_CHALLENGE')} ${t('sca.host')}</p>
    <slot name="challenge" @slotchange=${s.onSlotChange}></slot>
    ${s.slotted ? nothing : s.builtIn}
  </div>`;
}
