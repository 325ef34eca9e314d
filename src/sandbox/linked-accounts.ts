/**
 * Linked accounts: creation (by the simulator or the seed), consent expiry on the sandbox clock,
 * and every status change, each announced by `linkedAccountWatch`.
 */
import type { ConsentStatus, Currency, LinkedAccountStatus } from '../api/enums.js';
import { CONSENT_LIFETIME_MS } from './config.js';
import { notFound } from './http.js';
import { isSepa, type BankDetails, type LinkedAccountRecord } from './model.js';
import type { SandboxState } from './state.js';
import { linkedAccountView } from './views.js';

export function findLinkedAccount(state: SandboxState, id: string): LinkedAccountRecord {
  const account = state.linkedAccounts.get(id.toLowerCase());
  if (!account || account.buyerId !== state.buyer.id) {
    throw notFound('LINKED_ACCOUNT_NOT_FOUND', `Linked account ${id} not found`);
  }
  return account;
}

function announce(state: SandboxState, account: LinkedAccountRecord): void {
  state.webhooks.emit('linkedAccountWatch', {
    ...linkedAccountView(state, account),
    buyerId: account.buyerId,
    userId: account.userId,
  });
}

/** (Re)arm the consent's expiry: at `expiresAt` an ACTIVE consent becomes EXPIRED. */
export function scheduleConsentExpiry(state: SandboxState, account: LinkedAccountRecord): void {
  account.cancelConsentExpiry?.();
  const at = account.consent.expiresAt;
  account.cancelConsentExpiry = state.clock.schedule(at, () => {
    if (account.consent.status === 'ACTIVE' && account.consent.expiresAt === at) {
      setConsentStatus(state, account, 'EXPIRED');
    }
  });
}

export interface NewLinkedAccount {
  buyerId: string;
  userId: string;
  accountIdentification: BankDetails;
  currency?: Currency;
  institutionId?: string;
  status?: LinkedAccountStatus;
  consentExpiresAt?: number;
  consentStatus?: ConsentStatus;
  friendlyName?: string;
}

export function createLinkedAccount(
  state: SandboxState,
  input: NewLinkedAccount,
): LinkedAccountRecord {
  const currency = input.currency ?? (isSepa(input.accountIdentification) ? 'EUR' : 'GBP');
  const institution =
    state.institutions.find((i) => i.id === input.institutionId) ??
    state.institutions.find((i) => i.currencies.includes(currency))!;
  const account: LinkedAccountRecord = {
    id: state.ids.hex24(),
    buyerId: input.buyerId,
    userId: input.userId,
    createdAt: state.clock.now(),
    accountIdentification: input.accountIdentification,
    currency,
    institutionId: institution.id,
    consent: {
      expiresAt: input.consentExpiresAt ?? state.clock.now() + CONSENT_LIFETIME_MS,
      status: input.consentStatus ?? 'ACTIVE',
    },
    status: input.status ?? 'LINKED',
    ...(input.friendlyName !== undefined && { friendlyName: input.friendlyName }),
  };
  state.linkedAccounts.set(account.id, account);
  scheduleConsentExpiry(state, account);
  announce(state, account);
  return account;
}

export function setLinkedAccountStatus(
  state: SandboxState,
  account: LinkedAccountRecord,
  status: LinkedAccountStatus,
): void {
  if (account.status === status) return;
  account.status = status;
  announce(state, account);
}

export function setConsentStatus(
  state: SandboxState,
  account: LinkedAccountRecord,
  status: ConsentStatus,
): void {
  if (account.consent.status === status) return;
  account.consent.status = status;
  if (status !== 'ACTIVE') {
    // The consent ends now, so its expiry date is now too.
    account.consent.expiresAt = Math.min(account.consent.expiresAt, state.clock.now());
  }
  announce(state, account);
}

export function extendConsent(state: SandboxState, account: LinkedAccountRecord): void {
  account.consent.expiresAt = state.clock.now() + CONSENT_LIFETIME_MS;
  scheduleConsentExpiry(state, account);
  announce(state, account);
}
