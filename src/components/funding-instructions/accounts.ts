/**
 * Which linked accounts can fund a run, and how to show one. Pure functions over the API's
 * `LinkedAccount`.
 */
import type { LinkedAccount } from '../../api/schemas/linked-account.js';

/** A consent expiring within this many seconds is flagged. */
export const EXPIRING_SOON_SECONDS = 7 * 24 * 60 * 60;

/** Why an account can or cannot fund the run. */
export type AccountUsability =
  { usable: true } | { usable: false; reason: 'not-linked' | 'consent' | 'wrong-currency' };

/**
 * Only a LINKED account with an ACTIVE consent in one of the run's currencies can fund it
 * (digest §2.6); any other choice would be refused with `LINKED_ACCOUNT_INVALID_STATE`.
 */
export function accountUsability(
  account: LinkedAccount,
  currencies: readonly string[],
): AccountUsability {
  if (!currencies.includes(account.currency)) return { usable: false, reason: 'wrong-currency' };
  if (account.status !== 'LINKED') return { usable: false, reason: 'not-linked' };
  if (account.consent.status !== 'ACTIVE') return { usable: false, reason: 'consent' };
  return { usable: true };
}

export const isUsable = (account: LinkedAccount, currencies: readonly string[]) =>
  accountUsability(account, currencies).usable;

/**
 * An active consent that ends within seven days. `consent.expiresIn` is read as seconds (the
 * spec leaves its unit open; the sandbox uses seconds); it is measured on the API's clock, so
 * it stays right when the browser's clock is not.
 */
export function isExpiringSoon(account: LinkedAccount): boolean {
  return (
    account.consent.status === 'ACTIVE' &&
    account.consent.expiresIn >= 0 &&
    account.consent.expiresIn <= EXPIRING_SOON_SECONDS
  );
}

/** The parts of an account number a user recognises, never the whole number. */
export function maskedIdentification(
  account: LinkedAccount,
): { kind: 'sortCode'; sortCode: string; last: string } | { kind: 'iban'; iban: string } {
  const id = account.accountIdentification;
  if ('iban' in id) {
    const iban = id.iban.replace(/\s+/g, '');
    return { kind: 'iban', iban: `${iban.slice(0, 4)} •••• ${iban.slice(-4)}` };
  }
  const sortCode = id.sortCode.replace(/^(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3');
  return { kind: 'sortCode', sortCode, last: id.accountNumber.slice(-4) };
}

/**
 * The choice to start with for each currency: the only usable account, or the single usable one
 * whose consent is not about to expire. Otherwise the user chooses.
 */
export function defaultSelection(
  accounts: readonly LinkedAccount[],
  currencies: readonly string[],
): Record<string, string> {
  const selection: Record<string, string> = {};
  for (const currency of currencies) {
    const usable = accounts.filter((a) => a.currency === currency && isUsable(a, currencies));
    const lasting = usable.filter((a) => !isExpiringSoon(a));
    const pick = usable.length === 1 ? usable[0] : lasting.length === 1 ? lasting[0] : undefined;
    if (pick) selection[currency] = pick.id;
  }
  return selection;
}

/**
 * The accounts to ask `/fund` for the groups of a run whose funding started elsewhere (another
 * tab, a page reload): per currency, a usable account, else any account in that currency.
 */
export function accountsForExistingGroups(
  accounts: readonly LinkedAccount[],
  currencies: readonly string[],
): string[] {
  return currencies.flatMap((currency) => {
    const inCurrency = accounts.filter((a) => a.currency === currency);
    const pick = inCurrency.find((a) => isUsable(a, currencies)) ?? inCurrency[0];
    return pick ? [pick.id] : [];
  });
}
