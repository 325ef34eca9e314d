import { errorText } from '../../i18n/api-strings.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import type { ActionOutcome } from './action-views.js';
import type { RunAction } from './actions.js';

export interface OutcomeState {
  /** The last action that succeeded, while it is reported. */
  done?: RunAction;
  /** The last action that failed, until the next one or Dismiss. */
  failure?: { action: RunAction; error: unknown };
  /** The edit dialog is open: it shows its failure itself. */
  editing: boolean;
  /** The run's status now. */
  status: string;
}

/**
 * Where the last action's outcome is reported: under the actions (`outcome`), or, for an SCA
 * step that failed while the run still awaits the challenge, in the SCA box (`scaError`).
 */
export function actionOutcome(
  i18n: I18nController,
  s: OutcomeState,
): { outcome?: ActionOutcome; scaError?: string } {
  const { t, locale } = i18n;
  if (s.done) return { outcome: { done: t(`done.${s.done}`) } };
  if (!s.failure || s.editing) return {};
  const text = errorText(t, s.failure.error, locale);
  if (s.failure.action === 'sca' && s.status === 'PENDING_CHALLENGE') return { scaError: text };
  return { outcome: { failed: text } };
}
