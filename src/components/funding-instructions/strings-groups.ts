import { fundingStatusStrings, paymentStatusStrings } from '../../i18n/status-labels.js';

/**
 * English texts of the funding groups of `<funding-instructions>` (progress, Pay, Cancel and its
 * dialog, the payments of a group and their statuses): loaded with their code (`groups-part.ts`),
 * then merged into the element's table (`parts.ts`). German and French are in the element's
 * `strings.de.ts` and `strings.fr.ts`.
 */
export const fundingGroupsStrings = {
  'funding.groups.title': 'Funding groups',
  'funding.groups.none':
    'Funding has started, but no funding group can be shown yet. Select Refresh in a moment.',
  'funding.groups.split':
    'Your bank limits how much one payment can move, so this run is split into {count} funding groups. Pay each group from your bank; the run completes when every group is funded.',
  'funding.groups.one': 'Pay this group from your bank to fund the run.',
  'funding.groups.paid': 'This run was paid from your bank in {count} funding groups.',
  'funding.groups.paid_one': 'This run was paid from your bank in one funding group.',
  'funding.groups.allCancelled': 'Every funding group was cancelled, so nothing was paid.',
  'funding.progress.label': 'Funding progress',
  'funding.progress.groups': '{funded} of {count} groups funded',
  'funding.progress.groups_one': '{funded} of {count} group funded',
  'funding.progress.amount': '{funded} of {total} funded',
  'funding.progress.done': 'Every group is final. The payment run is {status}.',
  'funding.group.title': 'Group {reference}',
  'funding.group.reference': 'Reference',
  'funding.group.amount': 'Amount',
  'funding.group.date': 'Funded on',
  'funding.group.notFunded': 'Not funded yet',
  'funding.group.cancelledNote': 'Cancelled: the payments in this group will not be paid.',
  'funding.group.count': 'Payments',
  'funding.group.payments': 'Show the {count} payments',
  'funding.group.payments_one': 'Show the payment',
  'funding.group.paymentsCaption': 'Payments in group {reference}',
  'funding.payment.supplier': 'Supplier',
  'funding.payment.reference': 'Reference',
  'funding.payment.amount': 'Amount',
  'funding.payment.status': 'Status',
  'funding.group.pay': 'Pay from your bank',
  'funding.group.which': 'group {reference}, {amount}',
  'funding.group.pay.busy': 'Opening your bank…',
  'funding.group.handedOver':
    'Your bank payment was started. This page updates when the funds arrive.',
  'funding.group.simulated': 'Sandbox: group {reference} was funded.',
  'funding.group.cancel': 'Cancel group',
  'funding.group.cancelled': 'Group {reference} was cancelled.',
  'funding.cancel.title': 'Cancel group {reference}?',
  'funding.cancel.text':
    'The {count} payments in this group ({amount}) will not be paid. The rest of the run is not affected. This cannot be undone.',
  'funding.cancel.text_one':
    'The payment in this group ({amount}) will not be paid. The rest of the run is not affected. This cannot be undone.',
  'funding.cancel.keep': 'Keep the group',
  'funding.cancel.confirm': 'Cancel the group',
  'funding.cancel.busy': 'Cancelling…',
  'conflict.BUYER_ID_INVALID': 'The sandbox does not know this buyer.',
} as const;

/** What the groups part adds to the element's table: its texts and the statuses it shows. */
export const groupsPartStrings = {
  ...fundingGroupsStrings,
  ...paymentStatusStrings,
  ...fundingStatusStrings,
};
