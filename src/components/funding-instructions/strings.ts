/**
 * The built-in English texts of `<funding-instructions>`. Hosts override any key through the
 * `strings` property or `registerStrings(locale, …)`; error and status texts come from
 * `src/i18n/` (`api-errors.ts`, `conflict-strings.ts`, `status-labels.ts`). The texts of the
 * accounts choice and of the groups come with their code (`strings-choice.ts`,
 * `strings-groups.ts`).
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
  'funding.accounts.loading': 'Loading your linked accounts…',
  'funding.accounts.permission':
    'Funding a payment run needs the Controller role. Ask a colleague with that role to fund it.',

  'funding.start': 'Start funding',

  'funding.groups.unknownAccount':
    'Funding has started, but none of your linked accounts can show its groups. Refresh later, or ask the Controller who started it.',
} as const;
