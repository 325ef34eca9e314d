import { expect } from '@open-wc/testing';
import { runFixture } from '../helpers/run-fixture.js';
import { offeredActions } from '../../src/components/payment-run-status/actions.js';
import { reconcile } from '../../src/components/payment-run-status/reconcile.js';
import { timeline } from '../../src/components/payment-run-status/timeline.js';

const run = runFixture;

describe('<payment-run-status> logic', () => {
  it('reconcile keeps unchanged payments (and the whole run) by identity', () => {
    const a = run('EXECUTING', ['EXECUTING', 'EXECUTING']);
    expect(reconcile(a, structuredClone(a))).to.equal(a);
    const b = structuredClone(a);
    b.payments[1].status = 'COMPLETED';
    const merged = reconcile(a, b);
    expect(merged.payments[0]).to.equal(a.payments[0]);
    expect(merged.payments[1]).to.equal(b.payments[1]);
  });

  it('offers actions by status and roles', () => {
    const names = (status: string, roles?: string[]) =>
      [...offeredActions(status, roles).values()].map((a) => `${a.action}:${a.allowed}`);
    expect(names('PENDING_CONFIRMATION', ['CREATOR'])).to.deep.equal([
      'confirm:false',
      'cancel:true',
      'cancel-payments:true',
      'update-payment:true',
    ]);
    expect(names('SCA_FAILED', ['CONTROLLER'])).to.deep.equal(['restart:true']);
    expect(names('EXECUTING')).to.deep.equal([]);
    expect(names('SOMETHING_NEW')).to.deep.equal([]);
  });

  it('timeline: a cancelled run stops where it was', () => {
    expect(timeline('CANCELLED', 'PENDING_FUNDING')).to.deep.equal([
      'done',
      'done',
      'done',
      'done',
      'cancelled',
      'skipped',
    ]);
    expect(timeline('UNHEARD_OF')).to.deep.equal(['done', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });
});
