/**
 * Deterministic outcomes chosen by the supplier name, so tests, stories and the demo can produce
 * every Confirmation-of-Payee result and every execution result on purpose. A keyword matches
 * anywhere in the name, ignoring case; the first matching row of each kind wins (a name can
 * combine a CoP keyword with an execution keyword, e.g. "Close Match Fails Ltd").
 * CoP applies to Faster Payments (GBP) lines only; every other FPS name is an EXACT_MATCH.
 * The keywords only use characters the supplier-name pattern allows.
 */
import type { CopMatch, CopReasonCode } from '../api/enums.js';
import type { PaymentRecord, ValidationOutcome } from './model.js';
import { isSepa } from './model.js';

export interface SupplierNameOutcome {
  /** Matched case-insensitively anywhere in `supplier.name`. */
  readonly keyword: string;
  readonly effect:
    | {
        readonly kind: 'cop';
        readonly match?: CopMatch;
        readonly reasonCode: CopReasonCode;
        readonly suggestName?: true;
      }
    | { readonly kind: 'execution'; readonly status: 'FAILED' | 'RETURNED' }
    | { readonly kind: 'invalidRun' };
  /** What a reader of the table needs to know. */
  readonly description: string;
}

/** The table; also in docs/sandbox.md. */
export const SUPPLIER_NAME_OUTCOMES = [
  {
    keyword: 'Close Match',
    effect: { kind: 'cop', match: 'CLOSE_MATCH', reasonCode: 'MBAM', suggestName: true },
    description: 'Name closely matches; accountName suggested',
  },
  {
    keyword: 'No Match',
    effect: { kind: 'cop', match: 'NO_MATCH', reasonCode: 'ANNM' },
    description: 'Name does not match',
  },
  {
    keyword: 'Actually Business',
    effect: { kind: 'cop', match: 'NO_MATCH', reasonCode: 'BANM' },
    description: 'Said PERSONAL; the account is a business account',
  },
  {
    keyword: 'Actually Personal',
    effect: { kind: 'cop', match: 'NO_MATCH', reasonCode: 'PANM' },
    description: 'Said BUSINESS; the account is a personal account',
  },
  {
    keyword: 'Close Business',
    effect: { kind: 'cop', match: 'CLOSE_MATCH', reasonCode: 'BAMM', suggestName: true },
    description: 'Said PERSONAL; a closely matching business account; accountName suggested',
  },
  {
    keyword: 'Close Personal',
    effect: { kind: 'cop', match: 'CLOSE_MATCH', reasonCode: 'PAMM', suggestName: true },
    description: 'Said BUSINESS; a closely matching personal account; accountName suggested',
  },
  {
    keyword: 'Unknown Account',
    effect: { kind: 'cop', reasonCode: 'AC01' },
    description: 'Not checked: account does not exist',
  },
  {
    keyword: 'Secondary Ref',
    effect: { kind: 'cop', reasonCode: 'IVCR' },
    description: 'Not checked: account not found from the secondary reference',
  },
  {
    keyword: 'Not Supported',
    effect: { kind: 'cop', reasonCode: 'ACNS' },
    description: 'Not checked: account not supported for CoP',
  },
  {
    keyword: 'Opted Out',
    effect: { kind: 'cop', reasonCode: 'OPTO' },
    description: 'Not checked: the owner opted out of CoP',
  },
  {
    keyword: 'Switched',
    effect: { kind: 'cop', reasonCode: 'CASS' },
    description: 'Not checked: account switched (CASS)',
  },
  {
    keyword: 'Sort Code Unsupported',
    effect: { kind: 'cop', reasonCode: 'SCNS' },
    description: 'Not checked: sort code not supported',
  },
  {
    keyword: 'Fails',
    effect: { kind: 'execution', status: 'FAILED' },
    description: 'Payment FAILED after execution',
  },
  {
    keyword: 'Returned',
    effect: { kind: 'execution', status: 'RETURNED' },
    description: 'Payment RETURNED after execution',
  },
  {
    keyword: 'Invalid Run',
    effect: { kind: 'invalidRun' },
    description: 'The whole run becomes INVALID after validation',
  },
] as const satisfies readonly SupplierNameOutcome[];

function find(
  name: string,
  kind: SupplierNameOutcome['effect']['kind'],
): SupplierNameOutcome | undefined {
  const lower = name.toLowerCase();
  return (SUPPLIER_NAME_OUTCOMES as readonly SupplierNameOutcome[]).find(
    (row) => row.effect.kind === kind && lower.includes(row.keyword.toLowerCase()),
  );
}

/** The name the bank would suggest: the name without the trigger keyword, as a limited company. */
function suggestedName(name: string, keyword: string): string {
  const cleaned = name.replace(new RegExp(keyword, 'i'), ' ').replace(/\s+/g, ' ').trim();
  return cleaned ? `${cleaned} Limited` : 'Sandbox Supplier Limited';
}

/** The CoP outcome of a payment line, or undefined for SEPA lines (CoP is UK only). */
export function copOutcome(payment: PaymentRecord): ValidationOutcome[] | undefined {
  const { name, bankAccountDetails } = payment.supplier;
  if (isSepa(bankAccountDetails)) return undefined;
  const row = find(name, 'cop');
  if (!row || row.effect.kind !== 'cop') {
    return [{ category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } }];
  }
  const { match, reasonCode, suggestName } = row.effect;
  return [
    {
      category: 'UK_CONFIRMATION_OF_PAYEE',
      categoryResult: {
        ...(match ? { match } : {}),
        reasonCode,
        ...(suggestName ? { accountName: suggestedName(name, row.keyword) } : {}),
      },
    },
  ];
}

/** The final status of an executed payment. */
export function executionOutcome(payment: PaymentRecord): 'COMPLETED' | 'FAILED' | 'RETURNED' {
  const row = find(payment.supplier.name, 'execution');
  return row?.effect.kind === 'execution' ? row.effect.status : 'COMPLETED';
}

/** True when a line's supplier name makes the whole run INVALID. */
export function makesRunInvalid(payment: PaymentRecord): boolean {
  return find(payment.supplier.name, 'invalidRun') !== undefined;
}
