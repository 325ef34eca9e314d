/** Defaults of {@link SandboxOptions}, resolved once. */
import type { SandboxOptions } from './types.js';

export interface SandboxConfig {
  apiKey: string;
  basePath: string;
  seed: boolean;
  now: number;
  autoAdvanceMs: number | undefined;
  validationDelayMs: number;
  executionDelayMs: number;
  fundingGroupLimit: number;
  scaMaxAttempts: number;
  scaExpiryMs: number;
  tokenLifetimeMs: number;
}

export const DEFAULT_API_KEY = 'sandbox-api-key';
export const DEFAULT_START = Date.UTC(2026, 0, 5, 9, 0, 0);
/** Sandbox time a funding group may wait for funds before `paymentRunGroupNotFunded`. */
export const GROUP_NOT_FUNDED_AFTER_MS = 24 * 60 * 60_000;
/** Life of AIS consent given by a new (simulated) link or an extension. */
export const CONSENT_LIFETIME_MS = 90 * 24 * 60 * 60_000;
/** Life of a pending SMS enrolment code. */
export const ENROLMENT_EXPIRY_MS = 5 * 60_000;
/** The one-time password the sandbox accepts everywhere. */
export const SANDBOX_OTP = '123456';

export function resolveConfig(options: SandboxOptions = {}): SandboxConfig {
  const auto = options.autoAdvance;
  return {
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    basePath: (options.basePath ?? '').replace(/\/+$/, ''),
    seed: options.seed ?? true,
    now: options.now ?? DEFAULT_START,
    autoAdvanceMs: auto === true ? 250 : typeof auto === 'number' && auto > 0 ? auto : undefined,
    validationDelayMs: options.validationDelayMs ?? 1500,
    executionDelayMs: options.executionDelayMs ?? 3000,
    fundingGroupLimit: options.fundingGroupLimit ?? 2_500_000,
    scaMaxAttempts: options.scaMaxAttempts ?? 3,
    scaExpiryMs: options.scaExpiryMs ?? 5 * 60_000,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 5 * 60_000,
  };
}
