import { checkId, type CallOptions, type PaymentRunClient } from './client.js';
import { ValidationError } from './errors/validation-error.js';

const required = (fieldName: string, value: string) => {
  if (!value) throw new ValidationError([{ fieldName, error: 'REQUIRED', params: [] }]);
  return value;
};

/**
 * The sandbox-only `/simulate/v1/...` calls the elements make when they play the steps that
 * Weavr's own UI components do in production (SCA by OTP, the open-banking payment of a group).
 * They work against Weavr's sandbox and the built-in one, never in the live environment, and
 * only through a proxy that allows them (`createProxyHandler({ allowSimulate: true })`).
 */
const sca = (runId: string) => `simulate/v1/payment_run_sca/${checkId(runId)}/challenges/otp/SMS`;

/** Sends the SCA one-time password of a run in PENDING_CHALLENGE (sandbox: always `123456`). */
export function simulateScaChallenge(
  client: PaymentRunClient,
  runId: string,
  opts: CallOptions = {},
) {
  return client.call<void>({
    operation: 'issuePaymentRunChallengeSimulate',
    method: 'post',
    path: sca(runId),
    retry: 'never',
    signal: opts.signal,
  });
}

/** Verifies the SCA one-time password; a right code moves the run to PENDING_FUNDING. */
export function simulateScaVerify(
  client: PaymentRunClient,
  runId: string,
  verificationCode: string,
  opts: CallOptions = {},
) {
  return client.call<void>({
    operation: 'verifyPaymentRunChallengeSimulate',
    method: 'post',
    path: `${sca(runId)}/verify`,
    body: { verificationCode: required('verificationCode', verificationCode) },
    retry: 'never',
    signal: opts.signal,
  });
}

/** Plays the open-banking payment that funds one funding group of a run. */
export function simulateFundGroup(
  client: PaymentRunClient,
  runId: string,
  reference: string,
  opts: CallOptions = {},
) {
  return client.call<void>({
    operation: 'postFundPaymentRunGroup',
    method: 'post',
    path: `simulate/v1/payment_runs/${checkId(runId)}/fund_group/${encodeURIComponent(required('reference', reference))}`,
    retry: 'never',
    signal: opts.signal,
  });
}
