import { COP_NOT_CHECKED_CODES, COP_REASON_CODES, isKnown } from '../../api/enums.js';
import type { ValidationOutcome } from '../../api/schemas/payment-run.js';

/**
 * What a Confirmation-of-Payee result means to the person paying:
 * - `match`: the name is right (EXACT_MATCH);
 * - `close`: nearly right; the bank says whose account it is (CLOSE_MATCH);
 * - `no-match`: wrong name or wrong account type (NO_MATCH);
 * - `not-checked`: the bank could not run the check (AC01, IVCR, ACNS, OPTO, CASS, SCNS);
 * - `none`: no result at all (not yet validated, or a SEPA payment: CoP is UK only);
 * - `unknown`: a match value this library does not know, shown as sent.
 */
export type CopVerdict = 'match' | 'close' | 'no-match' | 'not-checked' | 'none' | 'unknown';

/** The parts of an outcome the badge reads, from the `outcome` property or the attributes. */
export interface CopResult {
  match?: string;
  reasonCode?: string;
  accountName?: string;
}

const CLOSE_CODES = ['MBAM', 'BAMM', 'PAMM'];

/** The first UK Confirmation-of-Payee result of a payment's `validationOutcomes`, if any. */
export function copResultOf(outcomes: readonly ValidationOutcome[] | undefined): CopResult {
  const outcome = outcomes?.find((o) => o.category === 'UK_CONFIRMATION_OF_PAYEE') ?? outcomes?.[0];
  return outcome?.categoryResult ?? {};
}

/**
 * The verdict of a result. A reason code that means "could not check" wins over any match value;
 * a reason code without a match still says which way it went (the API sends ANNM alone, say).
 */
export function copVerdict({ match, reasonCode }: CopResult): CopVerdict {
  if (reasonCode && isKnown(COP_NOT_CHECKED_CODES, reasonCode)) return 'not-checked';
  if (match === 'EXACT_MATCH') return 'match';
  if (match === 'CLOSE_MATCH') return 'close';
  if (match === 'NO_MATCH') return 'no-match';
  if (match) return 'unknown';
  if (reasonCode && isKnown(COP_REASON_CODES, reasonCode)) {
    return CLOSE_CODES.includes(reasonCode) ? 'close' : 'no-match';
  }
  return reasonCode ? 'unknown' : 'none';
}
