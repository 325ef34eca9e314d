/**
 * The funding stage of `<funding-instructions>`, loaded on demand once funding has started (see
 * `parts.ts`): the groups with their progress, "Pay from your bank" and "Cancel group", and the
 * cancel dialog.
 */
import { TaskStatus } from '@lit/task';
import type { TemplateResult } from 'lit';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { GroupActions, type GroupActionsHost } from './group-actions.js';
import { cancelDialogView } from './cancel-dialog.js';
import { groupsView } from './group-views.js';
import { groupsStyles } from './groups-part.styles.js';
import { adoptPartStyles, type PartOptions } from './parts.js';
import type { View } from './views.js';

export { groupsPartStrings as strings } from './strings-groups.js';

export class GroupsPart {
  /** Pays and cancels groups. */
  readonly actions: GroupActions;

  constructor(host: GroupActionsHost, options: PartOptions) {
    this.actions = new GroupActions(host, options);
    adoptPartStyles(host, groupsStyles);
  }

  get busy(): boolean {
    return this.actions.busy;
  }

  /** The groups of `run`; `roleReason` says why the user may not pay or cancel them. */
  render(
    v: View,
    run: PaymentRun,
    groups: readonly FundingInstruction[],
    roleReason?: string,
  ): TemplateResult {
    const actions = this.actions;
    return groupsView(v, run, groups, {
      paymentRunId: run.id,
      paying: actions.paying,
      handedOver: actions.handedOver,
      bankPayment: actions.bankPayment,
      payError: actions.payError,
      busy: actions.busy,
      roleReason,
      onPay: (group) => void actions.pay(group),
      onCancel: (group) => void actions.requestCancel(group),
    });
  }

  /** The confirmation of a group cancel (closed until one is asked for). */
  renderDialog(v: View): TemplateResult {
    const actions = this.actions;
    return cancelDialogView(v, {
      group: actions.cancelling,
      busy: actions.cancelTask.status === TaskStatus.PENDING,
      error: actions.cancelError,
      onConfirm: () => void actions.confirmCancel(),
      onClose: () => actions.dialogClosed(),
    });
  }
}
