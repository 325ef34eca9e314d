/**
 * The seeded world: one buyer, a CREATOR and a CONTROLLER (SMS enrolled), linked accounts in the
 * states a funding page must handle, and runs in most statuses, so a page has something to show
 * at once. The seed is played through the same life-cycle functions the API uses, starting three
 * days before the sandbox's start time, so every record is one the API itself could produce.
 */
import { CONSENT_LIFETIME_MS } from './config.js';
import { createLinkedAccount } from './linked-accounts.js';
import type { LinkedAccountRecord, UserRecord } from './model.js';
import { seedRuns } from './seed-runs.js';
import type { SandboxState } from './state.js';

export const SEED_SPAN_MS = 3 * 24 * 60 * 60_000;
const DAY = 24 * 60 * 60_000;

/** The buyer and its two users; they exist even when `seed` is off. */
export function seedUsers(state: SandboxState): { creator: UserRecord; controller: UserRecord } {
  const buyerId = state.buyer.id;
  const creator: UserRecord = {
    id: state.ids.numeric(),
    buyerId,
    email: 'creator@sandbox.test',
    password: 'CreatorPass1!',
    roles: ['CREATOR'],
    smsEnrolled: false,
  };
  const controller: UserRecord = {
    id: state.ids.numeric(),
    buyerId,
    email: 'controller@sandbox.test',
    password: 'ControllerPass1!',
    roles: ['CONTROLLER'],
    smsEnrolled: true,
  };
  state.users.push(creator, controller);
  return { creator, controller };
}

export interface Cast {
  state: SandboxState;
  creator: UserRecord;
  controller: UserRecord;
}

/** Play the seed from `SEED_SPAN_MS` before `start` up to `start` (the clock starts early). */
export function seed(
  state: SandboxState,
  users: { creator: UserRecord; controller: UserRecord },
  start: number,
): void {
  const cast: Cast = { state, ...users };
  seedRuns(cast, seedAccounts(cast, start));
  state.clock.runUntil(start);
}

function seedAccounts(
  cast: Cast,
  start: number,
): { gbp: LinkedAccountRecord; eur: LinkedAccountRecord } {
  const { state, controller } = cast;
  const base = { buyerId: state.buyer.id, userId: controller.id };
  const main = createLinkedAccount(state, {
    ...base,
    institutionId: 'sandbox-bank-uk',
    friendlyName: 'Operating account',
    accountIdentification: { accountNumber: '31926819', sortCode: '601613' },
  });
  createLinkedAccount(state, {
    ...base,
    institutionId: 'northbridge-bank',
    friendlyName: 'Payroll account',
    accountIdentification: { accountNumber: '55779911', sortCode: '402030' },
  });
  createLinkedAccount(state, {
    ...base,
    institutionId: 'thames-building-society',
    friendlyName: 'Reserve account',
    consentExpiresAt: start + 5 * DAY,
    accountIdentification: {
      accountNumber: '12345678',
      sortCode: '090127',
      secondaryReference: 'ROLL-0042',
    },
  });
  createLinkedAccount(state, {
    ...base,
    institutionId: 'highland-mutual',
    friendlyName: 'Old account',
    consentExpiresAt: start - 10 * DAY,
    consentStatus: 'EXPIRED',
    accountIdentification: { accountNumber: '87654321', sortCode: '830608' },
  });
  const euro = createLinkedAccount(state, {
    ...base,
    institutionId: 'euro-sandbox-bank',
    friendlyName: 'Euro account',
    consentExpiresAt: start + CONSENT_LIFETIME_MS,
    accountIdentification: { iban: 'IE29AIBK93115212345678', bankIdentifierCode: 'AIBKIE2D' },
  });
  createLinkedAccount(state, {
    ...base,
    institutionId: 'liffey-bank',
    status: 'PENDING_FUNDING',
    accountIdentification: { accountNumber: '44556677', sortCode: '938611' },
  });
  return { gbp: main, eur: euro };
}
