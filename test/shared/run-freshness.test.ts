import { expect } from '@open-wc/testing';
import { runFixture } from '../helpers/run-fixture.js';
import { isStale } from '../../src/components/shared/run-freshness.js';

const run = runFixture;

describe('run freshness (isStale)', () => {
  it('staleness by run rank, then payment rank; restart is not stale; unknown statuses pass', () => {
    expect(isStale(run('PENDING_FUNDING'), run('PENDING_CONFIRMATION'))).to.equal(true);
    expect(isStale(run('SCA_FAILED'), run('PENDING_CHALLENGE'))).to.equal(false);
    expect(isStale(run('EXECUTING', ['COMPLETED']), run('EXECUTING', ['EXECUTING']))).to.equal(
      true,
    );
    expect(isStale(run('COMPLETED'), run('CANCELLED'))).to.equal(true);
    expect(isStale(run('QUEUED'), run('VERIFYING_REQUIREMENTS'))).to.equal(false);
  });

  it('knows a pushed run that is older than the one shown', () => {
    const funding = run('PENDING_FUNDING', ['AWAITING_FUNDS']);
    expect(isStale(funding, run('PENDING_CHALLENGE', ['PENDING_CHALLENGE']))).to.equal(true);
    expect(isStale(funding, run('PENDING_FUNDING', ['PENDING_FUNDING']))).to.equal(true);
    expect(isStale(funding, run('EXECUTING', ['EXECUTING']))).to.equal(false);
    expect(isStale(funding, run('PENDING_FUNDING', ['AWAITING_FUNDS']))).to.equal(false);
    // Restart after SCA_FAILED is not going back.
    const failed = run('SCA_FAILED', ['SCA_FAILED']);
    expect(isStale(failed, run('PENDING_CHALLENGE', ['PENDING_CHALLENGE']))).to.equal(false);
    // An unknown status is never thrown away.
    expect(isStale(funding, run('VERIFYING_REQUIREMENTS', ['AWAITING_FUNDS']))).to.equal(false);
  });

  it('never calls another run stale', () => {
    const other = run('QUEUED', ['QUEUED'], 'f'.repeat(24));
    expect(isStale(run('COMPLETED'), other)).to.equal(false);
  });
});
