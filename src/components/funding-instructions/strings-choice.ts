/**
 * English texts of the accounts choice of `<funding-instructions>` (its linked accounts and "Start
 * funding"): loaded with its code (`choice-part.ts`), then merged into the element's table
 * (`parts.ts`). German and French are in the element's `strings.de.ts` and `strings.fr.ts`.
 */
export const fundingChoiceStrings = {
  'funding.accounts.legend': 'Pay {amount} ({currency}) from',
  'funding.accounts.other': 'Linked accounts in other currencies',
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
  'funding.start.busy': 'Starting funding…',
  'funding.start.hint': 'Choose an account for each currency first.',
  'funding.started': 'Funding started: {count} funding groups to pay.',
  'funding.started_one': 'Funding started: 1 funding group to pay.',
} as const;
