import { expect } from '@open-wc/testing';
import type { FundingInstruction } from '../../src/api/schemas/funding.js';
import type { LinkedAccount } from '../../src/api/schemas/linked-account.js';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';
import {
  accountUsability,
  accountsForExistingGroups,
  defaultSelection,
  isExpiringSoon,
  maskedIdentification,
} from '../../src/components/funding-instructions/accounts.js';
import {
  fundingProgress,
  fundingStage,
  runTotals,
} from '../../src/components/funding-instructions/run-state.js';

const DAY = 24 * 60 * 60;
let n = 0;
function account(over: Partial<LinkedAccount> & { expiresIn?: number } = {}): LinkedAccount {
  const { expiresIn = 90 * DAY, ...rest } = over;
  return {
    id: String(++n).padStart(24, 'a'),
    accountIdentification: { accountNumber: '31926819', sortCode: '601613' },
    currency: 'GBP',
    institution: { displayName: 'Bank', countries: ['GB'] },
    consent: { expiresAt: '2026-04-01T00:00:00Z', expiresIn, status: 'ACTIVE' },
    status: 'LINKED',
    ...rest,
  };
}

function run(status: string, payments: [string, number, string?][]): PaymentRun {
  return {
    id: 'a'.repeat(24),
    createdBy: '1',
    createdAt: '2026-01-05T09:00:00Z',
    status,
    payments: payments.map(([paymentStatus, amount, currency = 'GBP'], i) => ({
      id: String(i).padStart(24, 'b'),
      status: paymentStatus,
      reference: `R${i}`,
      paymentAmount: { currency, amount },
      supplier: { name: 'S', bankAccountDetails: { accountNumber: '1', sortCode: '2' } },
    })),
  };
}

const group = (status: string, amount: number): FundingInstruction => ({
  reference: `G${amount}`,
  status,
  totalAmount: { currency: 'GBP', amount },
  payments: [],
});

describe('funding-instructions logic', () => {
  it('lets only LINKED accounts with an ACTIVE consent in the run’s currency fund it', () => {
    expect(accountUsability(account(), ['GBP'])).to.deep.equal({ usable: true });
    expect(accountUsability(account({ currency: 'EUR' }), ['GBP'])).to.deep.equal({
      usable: false,
      reason: 'wrong-currency',
    });
    expect(accountUsability(account({ status: 'UNLINKED' }), ['GBP']).usable).to.equal(false);
    const expired = account({ consent: { expiresAt: '', expiresIn: 0, status: 'EXPIRED' } });
    expect(accountUsability(expired, ['GBP'])).to.deep.equal({ usable: false, reason: 'consent' });
  });

  it('flags a consent that ends within seven days', () => {
    expect(isExpiringSoon(account({ expiresIn: 6 * DAY }))).to.equal(true);
    expect(isExpiringSoon(account({ expiresIn: 7 * DAY }))).to.equal(true);
    expect(isExpiringSoon(account({ expiresIn: 8 * DAY }))).to.equal(false);
  });

  it('masks account numbers and IBANs', () => {
    expect(maskedIdentification(account())).to.deep.equal({
      kind: 'sortCode',
      sortCode: '60-16-13',
      last: '6819',
    });
    const iban = account({ accountIdentification: { iban: 'IE29AIBK93115212345678' } });
    expect(maskedIdentification(iban)).to.deep.equal({ kind: 'iban', iban: 'IE29 •••• 5678' });
  });

  it('preselects only an unambiguous account', () => {
    const a = account();
    const b = account({ expiresIn: 2 * DAY });
    const c = account();
    expect(defaultSelection([a], ['GBP'])).to.deep.equal({ GBP: a.id });
    expect(defaultSelection([a, b], ['GBP'])).to.deep.equal({ GBP: a.id });
    expect(defaultSelection([a, c], ['GBP'])).to.deep.equal({});
    expect(accountsForExistingGroups([a, c], ['GBP', 'EUR'])).to.deep.equal([a.id]);
  });

  it('tells the stage of a run', () => {
    expect(fundingStage(run('PENDING_CHALLENGE', [['PENDING_CHALLENGE', 1]]), [])).to.equal(
      'waiting',
    );
    expect(fundingStage(run('PENDING_FUNDING', [['PENDING_FUNDING', 1]]), [])).to.equal('choose');
    expect(fundingStage(run('PENDING_FUNDING', [['AWAITING_FUNDS', 1]]), [])).to.equal('funding');
    expect(fundingStage(run('EXECUTING', [['EXECUTING', 1]]), [])).to.equal('funding');
    expect(fundingStage(run('INVALID', [['QUEUED', 1]]), [])).to.equal('closed');
    expect(fundingStage(run('CANCELLED', [['CANCELLED', 1]]), [])).to.equal('closed');
  });

  it('counts progress over the groups that are not cancelled', () => {
    const progress = fundingProgress([
      group('COMPLETED', 100),
      group('EXECUTING', 50),
      group('AWAITING_FUNDS', 25),
      group('CANCELLED', 1000),
    ]);
    expect(progress).to.deep.equal({
      count: 3,
      funded: 2,
      amounts: [{ currency: 'GBP', total: 175, funded: 150 }],
    });
    expect(
      runTotals(
        run('PENDING_FUNDING', [
          ['PENDING_FUNDING', 5],
          ['CANCELLED', 7],
        ]),
      ),
    ).to.deep.equal([{ currency: 'GBP', amount: 5 }]);
  });
});
