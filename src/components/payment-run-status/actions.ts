/**
 * Which actions a run offers, by its status (digest §7.1) and by the roles the host says the user
 * has (`checkRoles`, shared with `<funding-instructions>`).
 */
import type { UserRole } from '../../api/enums.js';
import { checkRoles, type RoleCheck } from '../shared/roles.js';

/** The user actions of `<payment-run-status>`. */
export const RUN_ACTIONS = [
  'confirm',
  'cancel',
  'cancel-payments',
  'update-payment',
  'restart',
  'sca',
] as const;
export type RunAction = (typeof RUN_ACTIONS)[number];

/** What `payment-run-error` reports as `action`: a user action, or reading the run. */
export type PaymentRunStatusAction = RunAction | 'load' | 'refresh' | 'render';

interface Rule {
  readonly statuses: readonly string[];
  readonly roles: readonly UserRole[];
}

const EITHER: readonly UserRole[] = ['CREATOR', 'CONTROLLER'];

const RULES: Record<RunAction, Rule> = {
  confirm: { statuses: ['PENDING_CONFIRMATION'], roles: ['CONTROLLER'] },
  cancel: {
    statuses: ['QUEUED', 'PENDING_CONFIRMATION', 'PENDING_CHALLENGE', 'PENDING_FUNDING'],
    roles: EITHER,
  },
  'cancel-payments': { statuses: ['PENDING_CONFIRMATION'], roles: EITHER },
  'update-payment': { statuses: ['PENDING_CONFIRMATION'], roles: ['CREATOR'] },
  restart: { statuses: ['SCA_FAILED'], roles: ['CONTROLLER'] },
  // The controller answers the SCA challenge (digest §7.3).
  sca: { statuses: ['PENDING_CHALLENGE'], roles: ['CONTROLLER'] },
};

/** An action the run's status offers; `allowed` is false when the user's roles do not permit it. */
export interface OfferedAction extends RoleCheck {
  action: RunAction;
}

/**
 * The actions the status offers, in display order (none without a status: no run is shown).
 * Without `roles` every offered action is allowed (the host did not say; the API decides).
 */
export function offeredActions(
  status: string | undefined,
  roles: readonly string[] | undefined,
): Map<RunAction, OfferedAction> {
  const offered = new Map<RunAction, OfferedAction>();
  for (const action of RUN_ACTIONS) {
    const rule = RULES[action];
    if (!status || !rule.statuses.includes(status)) continue;
    offered.set(action, { action, ...checkRoles(rule.roles, roles) });
  }
  return offered;
}

/** Only payments awaiting confirmation can be cancelled or edited (digest §3.4, §3.8). */
export const isPaymentChangeable = (status: string) => status === 'PENDING_CONFIRMATION';
