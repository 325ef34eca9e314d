/**
 * The built-in English texts of `<funding-instructions>`. Hosts override any key through the
 * `strings` property or `registerStrings(locale, …)`; error and status texts come from
 * `src/i18n/` (`api-errors.ts`, `conflict-strings.ts`, `status-labels.ts`).
 */
export const fundingStrings = {
  'funding.title': 'Fund the payment run',
  'funding.run': 'Payment run {name} · {status}',
  'funding.total': 'Total to fund: {amount}',
  'funding.total.paid': 'Total paid: {amount}',
  'funding.loading': 'Loading the payment run…',
  'funding.refresh': 'Refresh',
  'funding.updating': 'Updating…',

  'funding.notReady.title': 'Not ready to fund yet',
  'funding.notReady.QUEUED':
    'This payment run is being validated. Next, a Controller confirms it and authorises it; then it can be funded here.',
  'funding.notReady.PENDING_CONFIRMATION':
    'This payment run awaits confirmation by a Controller. After confirmation and authorisation it can be funded here.',
  'funding.notReady.PENDING_CHALLENGE':
    'This payment run is confirmed and awaits authorisation (a one-time code). Once authorised it can be funded here.',
  'funding.notReady.SCA_FAILED':
    'Authorisation of this payment run failed. A Controller can restart it and authorise it again before it is funded.',
  'funding.notReady.unknown': 'This payment run is {status}. It cannot be funded now.',
  'funding.notReady.watching': 'This page updates by itself when the run is ready to fund.',
  'funding.step.validated': 'Validated',
  'funding.step.confirmed': 'Confirmed',
  'funding.step.authorised': 'Authorised',
  'funding.step.funded': 'Funded',
  'funding.step.done': '(done)',
  'funding.step.current': '(current step)',
  'funding.steps': 'Steps before funding',
  'funding.closed.INVALID':
    'This payment run is invalid and cannot be funded. Create a new run with corrected payments.',
  'funding.closed.CANCELLED': 'This payment run was cancelled. There is nothing to fund.',

  'funding.accounts.title': 'Choose the account to pay from',
  'funding.accounts.intro':
    'Choose one linked bank account for each currency of the run. Only linked accounts with an active consent can be used.',
  'funding.accounts.legend': 'Pay {amount} ({currency}) from',
  'funding.accounts.loading': 'Loading your linked accounts…',
  'funding.accounts.other': 'Linked accounts in other currencies',
  'funding.accounts.permission':
    'Funding a payment run needs the Controller role. Ask a colleague with that role to fund it.',
  'funding.account.unnamed': 'Bank account',
  'funding.account.logo': '{bank} logo',
  'funding.account.currency': 'Currency: {currency}',
  'funding.account.status': 'Account: {status}',
  'funding.account.consent': 'Consent: {status}',
  'funding.account.expires': 'Consent expires {date}',
  'funding.account.expired': 'Consent ended {date}',
  'funding.account.expiringSoon':
    'Consent expires within 7 days. Renew it with your bank soon, or funding will stop working.',
  'funding.account.reason.not-linked': 'This account is not linked, so it cannot fund runs.',
  'funding.account.reason.consent-EXPIRED':
    'The consent to use this account has expired. Link the account again to use it.',
  'funding.account.reason.consent-REVOKED':
    'The consent to use this account was revoked. Link the account again to use it.',
  'funding.account.reason.consent-other': 'The consent to use this account is not active.',
  'funding.account.reason.wrong-currency': 'This account holds {currency}; the run pays {need}.',
  'funding.account.sortCode': 'Sort code {sortCode}, account ending {last}',
  'funding.account.iban': 'IBAN {iban}',
  'funding.accountStatus.LINKED': 'Linked',
  'funding.accountStatus.UNLINKED': 'Unlinked',
  'funding.accountStatus.PENDING_CHALLENGE': 'Awaiting authorisation',
  'funding.accountStatus.PENDING_FUNDING': 'Awaiting a test payment',
  'funding.accountStatus.PENDING_VERIFICATION': 'Being verified',
  'funding.accountStatus.REJECTED': 'Rejected',
  'funding.consentStatus.ACTIVE': 'Active',
  'funding.consentStatus.EXPIRED': 'Expired',
  'funding.consentStatus.REVOKED': 'Revoked',

  'funding.empty.title': 'No account can pay {currency}',
  'funding.empty.text':
    'None of your linked bank accounts can fund the {currency} part of this run. Link a {currency} account with an active consent.',
  'funding.empty.link': 'Link a {currency} account',
  'funding.empty.unhandled':
    'Account linking is not available on this page. Link an account where your company manages its banks, then select Refresh.',

  'funding.start': 'Start funding',
  'funding.start.busy': 'Starting funding…',
  'funding.start.hint': 'Choose an account for each currency first.',
  'funding.started': 'Funding started: {count} funding groups to pay.',
  'funding.started_one': 'Funding started: 1 funding group to pay.',

  'funding.groups.title': 'Funding groups',
  'funding.groups.none':
    'Funding has started, but no funding group can be shown yet. Select Refresh in a moment.',
  'funding.groups.split':
    'Your bank limits how much one payment can move, so this run is split into {count} funding groups. Pay each group from your bank; the run completes when every group is funded.',
  'funding.groups.one': 'Pay this group from your bank to fund the run.',
  'funding.groups.paid': 'This run was paid from your bank in {count} funding groups.',
  'funding.groups.paid_one': 'This run was paid from your bank in one funding group.',
  'funding.groups.allCancelled': 'Every funding group was cancelled, so nothing was paid.',
  'funding.groups.unknownAccount':
    'Funding has started, but none of your linked accounts can show its groups. Refresh later, or ask the Controller who started it.',
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
