/**
 * The business rules on supplier bank details that the API answers with 409 (not 400): the rail
 * must fit the currency (GBP: Faster Payments, EUR: SEPA), an IBAN must pass mod-97, a Faster
 * Payments supplier needs its `type`, and a supplier cannot be one of the buyer's own linked
 * accounts.
 */
import type { Currency } from '../api/enums.js';
import { conflict } from './http.js';
import { isValidIban } from './iban.js';
import { isSepa, type BankDetails, type Supplier } from './model.js';
import type { SandboxState } from './state.js';

function sameAccount(a: BankDetails, b: BankDetails): boolean {
  if (isSepa(a) || isSepa(b)) return isSepa(a) && isSepa(b) && a.iban === b.iban;
  return a.accountNumber === b.accountNumber && a.sortCode === b.sortCode;
}

/**
 * Throws the 409 for the first rule the supplier breaks. PUT has no linked-account code, so there
 * the buyer's own account counts as invalid details.
 */
export function checkSupplierRules(
  state: SandboxState,
  supplier: Supplier,
  currency: Currency,
  operation: 'create' | 'update',
): void {
  const details = supplier.bankAccountDetails;
  const sepa = isSepa(details);
  if ((currency === 'GBP' && sepa) || (currency === 'EUR' && !sepa)) {
    throw conflict('INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS');
  }
  if (sepa && !isValidIban(details.iban)) throw conflict('INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS');
  for (const account of state.linkedAccounts.values()) {
    if (account.buyerId === state.buyer.id && sameAccount(account.accountIdentification, details)) {
      throw conflict(
        operation === 'create'
          ? 'BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT'
          : 'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS',
      );
    }
  }
  if (!sepa && supplier.type === undefined) throw conflict('MISSING_SUPPLIER_TYPE');
}
