import { expect } from '@open-wc/testing';
import { readAmount } from '../../src/components/payment-run-list/filter-form.js';
import {
  normalizeState,
  pageRange,
  turnPage,
} from '../../src/components/payment-run-list/list-state.js';
import { sortRows } from '../../src/components/payment-run-list/sort-rows.js';
import { listStrings } from '../../src/components/payment-run-list/strings.js';
import { listStringsDe } from '../../src/components/payment-run-list/strings.de.js';
import { listStringsFr } from '../../src/components/payment-run-list/strings.fr.js';
import { searchOf } from '../../src/components/payment-run-list/weavr-page.js';
import { weavrNeeds, weavrRow } from '../../src/components/payment-run-list/weavr-provider.js';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';

const run = (over: Partial<PaymentRun>): PaymentRun => ({
  id: 'r1',
  createdBy: 'u',
  createdAt: '2026-01-05T09:00:00Z',
  status: 'PENDING_CONFIRMATION',
  payments: [],
  ...over,
});
const pay = (currency: string, amount: number) =>
  ({
    id: `p${amount}`,
    status: 'PENDING_CONFIRMATION',
    reference: 'R',
    paymentAmount: { currency, amount },
    supplier: { name: 'S', bankAccountDetails: { iban: 'DE89370400440532013000' } },
  }) as PaymentRun['payments'][number];

describe('<payment-run-list> logic', () => {
  it('normalizes a state: limit 1–100, offset ≥ 0, empty filters dropped', () => {
    const state = normalizeState({
      filters: { tag: ' ', status: 'COMPLETED', minAmount: -1 },
      offset: -5,
      limit: 1000,
    });
    expect(state).to.deep.equal({
      filters: { status: 'COMPLETED' },
      offset: 0,
      limit: 100,
      sort: { key: 'created', direction: 'descending' },
    });
    expect(normalizeState({ limit: 0 }).limit).to.equal(20);
  });

  it('pages: ranges and the offsets of previous and next', () => {
    const state = normalizeState({ offset: 20, limit: 20 });
    expect(pageRange(20, 20, 137)).to.deep.equal({ from: 21, to: 40, total: 137 });
    expect(turnPage(state, 137, -1)).to.equal(0);
    expect(turnPage(state, 137, 1)).to.equal(40);
    expect(turnPage(normalizeState({ offset: 120 }), 137, 1)).to.equal(undefined);
    expect(turnPage(normalizeState({}), 137, -1)).to.equal(undefined);
  });

  it('sends the filters as the API names them', () => {
    const state = normalizeState({ filters: { tag: 'jan', minAmount: 0, reference: 'X' } });
    expect(searchOf(state).toString()).to.equal(
      'tag=jan&reference=X&min_amount=0&offset=0&limit=20',
    );
  });

  it('sums each currency apart, never assuming one', () => {
    const row = weavrRow(
      run({ payments: [pay('GBP', 100), pay('EUR', 5), pay('GBP', 250)] }),
      undefined,
    );
    expect(row.totals).to.deep.equal([
      { currency: 'GBP', minor: 350 },
      { currency: 'EUR', minor: 5 },
    ]);
    expect(row.count).to.equal(3);
  });

  it('says who acts next by status and role', () => {
    expect(weavrNeeds('PENDING_CONFIRMATION', ['CONTROLLER'])).to.equal('confirm.you');
    expect(weavrNeeds('PENDING_CONFIRMATION', ['CREATOR'])).to.equal('confirm.other');
    expect(weavrNeeds('PENDING_FUNDING', undefined)).to.equal('fund.other');
    expect(weavrNeeds('SCA_FAILED', ['CONTROLLER'])).to.equal('restart.you');
    expect(weavrNeeds('COMPLETED', ['CONTROLLER'])).to.equal('none');
  });

  it('sorts a page by a column with ties newest first', () => {
    const rows = [
      weavrRow(
        run({ id: 'a', description: 'Run 10', createdAt: '2026-01-01T00:00:00Z' }),
        undefined,
      ),
      weavrRow(
        run({ id: 'b', description: 'Run 9', createdAt: '2026-01-03T00:00:00Z' }),
        undefined,
      ),
      weavrRow(
        run({ id: 'c', description: 'Run 9', createdAt: '2026-01-02T00:00:00Z' }),
        undefined,
      ),
    ];
    const labels = { locale: 'en', status: (s: string) => s, needs: () => '' };
    const ids = (key: 'name' | 'created', direction: 'ascending' | 'descending') =>
      sortRows(rows, { key, direction }, labels).map((r) => r.id);
    expect(ids('name', 'ascending')).to.deep.equal(['b', 'c', 'a']);
    expect(ids('created', 'descending')).to.deep.equal(['b', 'c', 'a']);
  });

  it('reads amounts in the locale; empty is no filter, nonsense is an error', () => {
    expect(readAmount('1.234,5', 'de')).to.equal(123450);
    expect(readAmount('1,234.5', 'en')).to.equal(123450);
    expect(readAmount('0', 'en')).to.equal(0);
    expect(readAmount('  ', 'en')).to.equal(undefined);
    expect(readAmount('abc', 'en')).to.equal(null);
  });

  it('has every English text in German and French', () => {
    const keys = Object.keys(listStrings).sort();
    expect(Object.keys(listStringsDe).sort()).to.deep.equal(keys);
    expect(Object.keys(listStringsFr).sort()).to.deep.equal(keys);
  });
});
