/**
 * Payment-run SCA as the sandbox simulates it (`/simulate/v1/payment_run_sca/...`): the controller
 * gets a challenge by SMS (code `123456`), has `scaMaxAttempts` tries, and the challenge expires
 * `scaExpiryMs` after it was issued. Both failures end in SCA_FAILED; restart starts over.
 * Re-issuing refreshes the expiry but keeps the count of wrong codes, so re-issuing is no way
 * around the attempts limit.
 */
import { SANDBOX_OTP } from './config.js';
import { conflict } from './http.js';
import type { RunRecord, UserRecord } from './model.js';
import type { SandboxState } from './state.js';
import { moveRun } from './transitions.js';

export function cancelExpiry(run: RunRecord): void {
  run.sca.cancelExpiry?.();
  delete run.sca.cancelExpiry;
  delete run.sca.expiresAt;
}

function checkChannel(channel: string, user: UserRecord): void {
  if (channel !== 'SMS') throw conflict('CHANNEL_NOT_SUPPORTED');
  if (!user.smsEnrolled) throw conflict('CHANNEL_NOT_REGISTERED');
}

export function issueChallenge(
  state: SandboxState,
  run: RunRecord,
  user: UserRecord,
  channel: string,
): void {
  if (run.status !== 'PENDING_CHALLENGE') throw conflict('STATE_INVALID');
  checkChannel(channel, user);
  cancelExpiry(run);
  delete run.sca.expired;
  const expiresAt = state.clock.now() + state.config.scaExpiryMs;
  run.sca.expiresAt = expiresAt;
  run.sca.cancelExpiry = state.clock.schedule(expiresAt, () => {
    if (run.status !== 'PENDING_CHALLENGE' || run.sca.expiresAt !== expiresAt) return;
    delete run.sca.expiresAt;
    delete run.sca.cancelExpiry;
    run.sca.expired = true;
    moveRun(state, run, 'SCA_FAILED', 'SCA challenge expired');
  });
}

export function verifyChallenge(
  state: SandboxState,
  run: RunRecord,
  user: UserRecord,
  channel: string,
  code: string,
): void {
  if (run.status === 'SCA_FAILED' && run.sca.expired) throw conflict('VERIFICATION_CODE_EXPIRED');
  if (run.status !== 'PENDING_CHALLENGE' || run.sca.expiresAt === undefined) {
    throw conflict('STATE_INVALID');
  }
  checkChannel(channel, user);
  if (code === SANDBOX_OTP) {
    cancelExpiry(run);
    moveRun(state, run, 'PENDING_FUNDING');
    return;
  }
  run.sca.failures += 1;
  const left = state.config.scaMaxAttempts - run.sca.failures;
  if (left <= 0) {
    cancelExpiry(run);
    moveRun(state, run, 'SCA_FAILED', 'SCA challenge attempts exceeded');
    throw conflict('CHALLENGE_LIMIT_EXCEEDED');
  }
  throw conflict(left === 1 ? 'ONE_CHALLENGE_LIMIT_REMAINING' : 'VERIFICATION_CODE_INVALID');
}
