/** The seeded payment runs, one story per status (see seed.ts). */
import { SANDBOX_OTP } from './config.js';
import { fundGroup, pickFundingAccount, startFunding } from './funding.js';
import type { LinkedAccountRecord, RunRecord } from './model.js';
import { cancelRun, confirmRun, createRun } from './runs.js';
import { issueChallenge, verifyChallenge } from './sca.js';
import type { Cast } from './seed.js';
import type { PaymentInput } from './validate-payment-run.js';

const HOUR = 60 * 60_000;

function gbp(
  name: string,
  amount: number,
  reference: string,
  type: 'BUSINESS' | 'PERSONAL' = 'BUSINESS',
): PaymentInput {
  const digits = String(amount * 7919)
    .padStart(14, '0')
    .slice(-14);
  return {
    paymentAmount: { currency: 'GBP', amount },
    reference,
    externalRef: `ERP-${reference}`,
    supplier: {
      name,
      type,
      bankAccountDetails: { accountNumber: digits.slice(0, 8), sortCode: digits.slice(8, 14) },
    },
  };
}

function eur(name: string, amount: number, reference: string, iban: string): PaymentInput {
  return {
    paymentAmount: { currency: 'EUR', amount },
    reference,
    supplier: { name, bankCountry: iban.slice(0, 2), bankAccountDetails: { iban } },
  };
}

/** Let `ms` of sandbox time pass (validation, execution...). */
function wait({ state }: Cast, ms: number): void {
  state.clock.runUntil(state.clock.now() + ms);
}

function created(
  cast: Cast,
  payments: PaymentInput[],
  extra: { tag?: string; ref?: string; description?: string },
): RunRecord {
  const run = createRun(cast.state, cast.creator, {
    payments,
    ...(extra.tag !== undefined && { tag: extra.tag }),
    ...(extra.ref !== undefined && { paymentRunRef: extra.ref }),
    ...(extra.description !== undefined && { description: extra.description }),
  });
  wait(cast, cast.state.config.validationDelayMs);
  return run;
}

function authorised(cast: Cast, run: RunRecord): RunRecord {
  confirmRun(cast.state, run);
  issueChallenge(cast.state, run, cast.controller, 'SMS');
  verifyChallenge(cast.state, run, cast.controller, 'SMS', SANDBOX_OTP);
  return run;
}

function funded(
  cast: Cast,
  run: RunRecord,
  account: LinkedAccountRecord,
  groups = Infinity,
): RunRecord {
  startFunding(cast.state, run, pickFundingAccount(cast.state, account.currency, [account.id]));
  for (const group of run.groups.slice(0, groups)) fundGroup(cast.state, run, group.reference);
  wait(cast, cast.state.config.executionDelayMs);
  return run;
}

export function seedRuns(
  cast: Cast,
  accounts: { gbp: LinkedAccountRecord; eur: LinkedAccountRecord },
): void {
  const { state } = cast;
  funded(
    cast,
    authorised(
      cast,
      created(
        cast,
        [
          gbp('Acme Office Supplies Ltd', 125_000, 'INV-1001'),
          gbp('Bright Cleaning Co', 48_000, 'INV-1002'),
          gbp('Jane Smith', 30_000, 'INV-1003', 'PERSONAL'),
        ],
        { tag: 'december', ref: 'DEC-2025-01', description: 'December suppliers' },
      ),
    ),
    accounts.gbp,
  );
  wait(cast, 6 * HOUR);
  funded(
    cast,
    authorised(
      cast,
      created(
        cast,
        [
          gbp('Harbour Logistics Ltd', 210_000, 'INV-1101'),
          gbp('Payment Fails Ltd', 15_000, 'INV-1102'),
          gbp('Goods Returned Ltd', 9_900, 'INV-1103'),
        ],
        { tag: 'december', ref: 'DEC-2025-02' },
      ),
    ),
    accounts.gbp,
  );
  wait(cast, 6 * HOUR);
  cancelRun(
    state,
    created(cast, [gbp('Cancelled Catering Ltd', 60_000, 'INV-1201')], {
      tag: 'january',
      ref: 'JAN-2026-00',
    }),
  );
  wait(cast, 6 * HOUR);
  created(cast, [gbp('Invalid Run Traders', 10_000, 'INV-1301')], {
    tag: 'january',
    ref: 'JAN-2026-01',
  });
  wait(cast, 6 * HOUR);
  const scaFailed = created(cast, [gbp('Riverside Print Ltd', 72_500, 'INV-1401')], {
    tag: 'january',
    ref: 'JAN-2026-02',
  });
  confirmRun(state, scaFailed);
  issueChallenge(state, scaFailed, cast.controller, 'SMS');
  for (let i = 0; i < state.config.scaMaxAttempts; i++) {
    try {
      verifyChallenge(state, scaFailed, cast.controller, 'SMS', '000000');
    } catch {
      // each wrong code answers a 409; the last one fails the run, which is the point
    }
  }
  wait(cast, 12 * HOUR);
  // Two funding groups (> limit), one funded: the run is EXECUTING and stays so until the other is.
  const limit = state.config.fundingGroupLimit;
  funded(
    cast,
    authorised(
      cast,
      created(
        cast,
        [
          eur(
            'Rheinland Maschinenbau GmbH',
            limit - 100_000,
            'RE-2026-001',
            'DE89370400440532013000',
          ),
          eur('Atelier Lumiere SARL', 400_000, 'RE-2026-002', 'FR1420041010050500013M02606'),
          eur('Delft Tegels BV', 95_000, 'RE-2026-003', 'NL91ABNA0417164300'),
        ],
        { tag: 'eu-suppliers', ref: 'EU-2026-01' },
      ),
    ),
    accounts.eur,
    1,
  );
  wait(cast, 12 * HOUR);
  authorised(
    cast,
    created(
      cast,
      [
        gbp('Northern Timber Ltd', 342_000, 'INV-1501'),
        gbp('City Couriers Ltd', 27_500, 'INV-1502'),
      ],
      { tag: 'january', ref: 'JAN-2026-03' },
    ),
  );
  wait(cast, 6 * HOUR);
  confirmRun(
    state,
    created(cast, [gbp('Summit Consulting Ltd', 150_000, 'INV-1601')], {
      tag: 'january',
      ref: 'JAN-2026-04',
    }),
  );
  wait(cast, 6 * HOUR);
  created(
    cast,
    [
      gbp('Greenleaf Garden Services', 85_000, 'INV-1701'),
      gbp('Blue Close Match Ltd', 42_000, 'INV-1702'),
      gbp('Oak No Match Ltd', 18_500, 'INV-1703'),
      gbp('Sam Actually Business', 12_000, 'INV-1704', 'PERSONAL'),
      gbp('Kim Close Personal', 9_500, 'INV-1705'),
      gbp('Unknown Account Supplies', 33_000, 'INV-1706'),
      gbp('Opted Out Services Ltd', 21_000, 'INV-1707'),
      gbp('Maple Foods Ltd', 64_250, 'INV-1708'),
    ],
    { tag: 'january', ref: 'JAN-2026-05', description: 'January suppliers, to review' },
  );
}
