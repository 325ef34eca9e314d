/**
 * Request-body validation of the payment-run operations (create, update supplier), following the
 * schema with the spec's phantom `required` entries (amount, currency, payee) left out.
 *
 * Choices where the spec contradicts itself (digest §10):
 * - reference: the schema rule `^[0-9a-zA-Z.-]{1,18}$` for every rail (not the prose's SEPA <= 35).
 * - supplier name: the schema rule for every rail: 1..140 characters and the FPS pattern with
 *   U+2019 (not the prose's SEPA <= 150 without a pattern).
 * - one currency per run: a line whose currency differs from the first line's is a 400 `EXACTLY`
 *   on `payments[i].paymentAmount.currency` (params: the run's currency).
 */
import { CURRENCIES, SUPPLIER_TYPES } from '../api/enums.js';
import type { Amount, BankDetails, Supplier } from './model.js';
import {
  FieldErrors,
  HEX24,
  checkArray,
  checkEnum,
  checkInteger,
  checkObject,
  checkString,
  isObject,
} from './validate.js';

export const SUPPLIER_NAME = /^[a-zA-Z0-9/\-?:().,\u2019+\s#=!"%&*<>;{@\r\n]*$/;
export const REFERENCE = /^[0-9a-zA-Z.-]{1,18}$/;
const TAG = /^[a-zA-Z0-9_-]+$/;
const ACCOUNT_NUMBER = /^[0-9]{8}$/;
const SORT_CODE = /^[0-9]{6}$/;
const IBAN = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
const BIC = /^[a-zA-Z0-9]{4}[a-zA-Z]{2}[a-zA-Z0-9]{2}[a-zA-Z0-9]{0,3}$/;
const COUNTRY = /^[A-Z]{2}$/;
export const MAX_PAYMENTS = 1000;

export interface PaymentInput {
  externalRef?: string;
  paymentRef?: string;
  paymentAmount: Amount;
  reference: string;
  supplier: Supplier;
}

export interface PaymentRunInput {
  paymentRunRef?: string;
  tag?: string;
  description?: string;
  payments: PaymentInput[];
}

/** FasterPaymentsBankDetails | SepaBankDetails, told apart by their required keys. */
export function checkBankDetails(
  errors: FieldErrors,
  path: string,
  value: unknown,
): BankDetails | undefined {
  const details = checkObject(errors, path, value);
  if (!details) return undefined;
  const sepa = 'iban' in details;
  const fps = 'accountNumber' in details || 'sortCode' in details;
  if (sepa && fps) {
    // Both branches of the oneOf match, which oneOf forbids.
    errors.add(path, 'EXACTLY', ['FasterPaymentsBankDetails|SepaBankDetails']);
    return undefined;
  }
  if (!sepa && !fps) {
    errors.add(path, 'REQUIRES', ['accountNumber', 'sortCode', 'iban']);
    return undefined;
  }
  if (sepa) {
    const iban = checkString(errors, `${path}.iban`, details.iban, true, {
      min: 15,
      max: 34,
      pattern: IBAN,
    });
    const bic = checkString(
      errors,
      `${path}.bankIdentifierCode`,
      details.bankIdentifierCode,
      false,
      {
        min: 8,
        max: 11,
        pattern: BIC,
      },
    );
    if (iban === undefined) return undefined;
    return bic === undefined ? { iban } : { iban, bankIdentifierCode: bic };
  }
  const accountNumber = checkString(errors, `${path}.accountNumber`, details.accountNumber, true, {
    min: 8,
    max: 8,
    pattern: ACCOUNT_NUMBER,
  });
  const sortCode = checkString(errors, `${path}.sortCode`, details.sortCode, true, {
    min: 6,
    max: 6,
    pattern: SORT_CODE,
  });
  const secondary = checkString(
    errors,
    `${path}.secondaryReference`,
    details.secondaryReference,
    false,
  );
  if (accountNumber === undefined || sortCode === undefined) return undefined;
  return secondary === undefined
    ? { accountNumber, sortCode }
    : { accountNumber, sortCode, secondaryReference: secondary };
}

export function checkSupplier(
  errors: FieldErrors,
  path: string,
  value: unknown,
): Supplier | undefined {
  const supplier = checkObject(errors, path, value);
  if (!supplier) return undefined;
  const before = errors.list.length;
  const name = checkString(errors, `${path}.name`, supplier.name, true, {
    min: 1,
    max: 140,
    pattern: SUPPLIER_NAME,
  });
  const address = checkString(errors, `${path}.address`, supplier.address, false, {
    min: 1,
    max: 150,
  });
  const bankName = checkString(errors, `${path}.bankName`, supplier.bankName, false);
  const bankAddress = checkString(errors, `${path}.bankAddress`, supplier.bankAddress, false, {
    min: 1,
    max: 150,
  });
  const bankCountry = checkString(errors, `${path}.bankCountry`, supplier.bankCountry, false, {
    pattern: COUNTRY,
  });
  const type = checkEnum(errors, `${path}.type`, supplier.type, false, SUPPLIER_TYPES);
  const details = checkBankDetails(
    errors,
    `${path}.bankAccountDetails`,
    supplier.bankAccountDetails,
  );
  if (errors.list.length > before || name === undefined || !details) return undefined;
  return {
    name,
    ...(address !== undefined && { address }),
    ...(bankName !== undefined && { bankName }),
    ...(bankAddress !== undefined && { bankAddress }),
    ...(bankCountry !== undefined && { bankCountry }),
    ...(type !== undefined && { type }),
    bankAccountDetails: details,
  };
}

/**
 * Integer minor units from 1 to 2^53 − 1 (what JavaScript holds exactly; the client refuses the
 * same): a larger whole number is `RANGE [1, 2^53 − 1]`, anything else below 1 or not whole
 * `AT_LEAST [1]`.
 */
function checkAmount(errors: FieldErrors, path: string, value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > Number.MAX_SAFE_INTEGER) {
    errors.add(path, 'RANGE', [1, Number.MAX_SAFE_INTEGER]);
    return undefined;
  }
  return checkInteger(errors, path, value, true, 1);
}

function checkPayment(errors: FieldErrors, path: string, value: unknown): PaymentInput | undefined {
  const payment = checkObject(errors, path, value);
  if (!payment) return undefined;
  const before = errors.list.length;
  const externalRef = checkString(errors, `${path}.externalRef`, payment.externalRef, false);
  const paymentRef = checkString(errors, `${path}.paymentRef`, payment.paymentRef, false);
  const amountObject = checkObject(errors, `${path}.paymentAmount`, payment.paymentAmount);
  const currency =
    amountObject &&
    checkEnum(errors, `${path}.paymentAmount.currency`, amountObject.currency, true, CURRENCIES);
  const amount =
    amountObject && checkAmount(errors, `${path}.paymentAmount.amount`, amountObject.amount);
  const reference = checkString(errors, `${path}.reference`, payment.reference, true, {
    min: 1,
    max: 18,
    pattern: REFERENCE,
  });
  const supplier = checkSupplier(errors, `${path}.supplier`, payment.supplier);
  if (
    errors.list.length > before ||
    !currency ||
    amount === undefined ||
    reference === undefined ||
    !supplier
  ) {
    return undefined;
  }
  return {
    ...(externalRef !== undefined && { externalRef }),
    ...(paymentRef !== undefined && { paymentRef }),
    paymentAmount: { currency, amount },
    reference,
    supplier,
  };
}

/** The body of POST /v1/payment_runs; throws the 400 listing every invalid field. */
export function parsePaymentRunCreate(body: unknown): PaymentRunInput {
  const errors = new FieldErrors();
  const run = isObject(body) ? body : {};
  const paymentRunRef = checkString(errors, 'paymentRunRef', run.paymentRunRef, false);
  const tag = checkString(errors, 'tag', run.tag, false, { max: 50, pattern: TAG });
  const description = checkString(errors, 'description', run.description, false);
  const items = checkArray(errors, 'payments', run.payments, 1, MAX_PAYMENTS) ?? [];
  const payments = items.map((item, i) => checkPayment(errors, `payments[${i}]`, item));
  const currency = payments[0]?.paymentAmount.currency;
  payments.forEach((payment, i) => {
    if (payment && currency && payment.paymentAmount.currency !== currency) {
      errors.add(`payments[${i}].paymentAmount.currency`, 'EXACTLY', [currency]);
    }
  });
  errors.throwIfAny();
  return {
    ...(paymentRunRef !== undefined && { paymentRunRef }),
    ...(tag !== undefined && { tag }),
    ...(description !== undefined && { description }),
    payments: payments as PaymentInput[],
  };
}

export interface SupplierUpdate {
  paymentId: string;
  supplier: Supplier;
}

/** The body of PUT /v1/payment_runs/{id}. */
export function parseSupplierUpdates(body: unknown): SupplierUpdate[] {
  const errors = new FieldErrors();
  const input = isObject(body) ? body : {};
  const items = checkArray(errors, 'payments', input.payments, 1) ?? [];
  const updates = items.map((item, i) => {
    const path = `payments[${i}]`;
    const entry = checkObject(errors, path, item);
    if (!entry) return undefined;
    const paymentId = checkString(errors, `${path}.paymentId`, entry.paymentId, true, {
      pattern: HEX24,
    });
    const supplier = checkSupplier(errors, `${path}.supplier`, entry.supplier);
    return paymentId !== undefined && supplier ? { paymentId, supplier } : undefined;
  });
  errors.throwIfAny();
  return updates as SupplierUpdate[];
}
