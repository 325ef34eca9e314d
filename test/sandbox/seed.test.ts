/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { createSandbox, SUPPLIER_NAME_OUTCOMES } from '../../src/sandbox/index.js';
import { caller, gbp, validatedRun, world } from './helpers.js';

describe('sandbox: seed, outcomes table and determinism', () => {
  it('seeds runs in several states', async () => {
    const sandbox = createSandbox();
    const call = caller(sandbox, await sandbox.login('creator'));
    const list = await call('GET', '/v1/payment_runs');
    const statuses = (list.body.paymentRuns as { status: string }[]).map((r) => r.status);
    expect(statuses).to.include.members([
      'PENDING_CONFIRMATION',
      'PENDING_CHALLENGE',
      'PENDING_FUNDING',
      'EXECUTING',
      'COMPLETED',
      'COMPLETED_WITH_ERRORS',
      'CANCELLED',
      'SCA_FAILED',
      'INVALID',
    ]);
    const review = (
      list.body.paymentRuns as {
        status: string;
        payments: { validationOutcomes?: { categoryResult: { match?: string } }[] }[];
      }[]
    ).find((r) => r.status === 'PENDING_CONFIRMATION')!;
    const matches = new Set(
      review.payments.map((p) => p.validationOutcomes?.[0]?.categoryResult.match ?? 'NOT_CHECKED'),
    );
    expect([...matches]).to.include.members([
      'EXACT_MATCH',
      'CLOSE_MATCH',
      'NO_MATCH',
      'NOT_CHECKED',
    ]);
    for (const run of list.body.paymentRuns as { createdAt: string }[])
      expect(Date.parse(run.createdAt)).to.be.at.most(sandbox.now());
    expect(sandbox.now()).to.equal(Date.UTC(2026, 0, 5, 9, 0, 0));
    expect(sandbox.buyerId).to.match(/^[0-9]+$/);
    expect(sandbox.users.creator).to.deep.include({
      email: 'creator@sandbox.test',
      roles: ['CREATOR'],
    });
    expect(sandbox.users.controller.roles).to.deep.equal(['CONTROLLER']);
  });

  it('gives the same ids and answers for the same options', async () => {
    const line = gbp('Same Ltd', 100, { reference: 'SAME' });
    const answers = async () => {
      const sandbox = createSandbox({ now: Date.UTC(2026, 5, 1) });
      const call = caller(sandbox, await sandbox.login('creator'));
      const created = await call('POST', '/v1/payment_runs', { payments: [line] });
      return [(await call('GET', '/v1/payment_runs')).text, created.text];
    };
    expect(await answers()).to.deep.equal(await answers());
  });

  it('produces every CoP outcome of the table by supplier name', async () => {
    const w = await world();
    const rows = SUPPLIER_NAME_OUTCOMES.filter((r) => r.effect.kind === 'cop');
    const run = await validatedRun(
      w,
      rows.map((r) =>
        gbp(`Shop ${r.keyword}`, 100, {
          supplier: { ...gbp('x').supplier, name: `Shop ${r.keyword}`, type: 'PERSONAL' },
        }),
      ),
    );
    rows.forEach((row, i) => {
      const result = run.payments[i].validationOutcomes[0].categoryResult;
      const effect = row.effect as { match?: string; reasonCode: string; suggestName?: boolean };
      expect(result.reasonCode, row.keyword).to.equal(effect.reasonCode);
      expect(result.match, row.keyword).to.equal(effect.match);
      if (effect.suggestName) expect(result.accountName).to.equal('Shop Limited');
      else expect(result).not.to.have.property('accountName');
    });
  });

  it('stops the auto-advance timer', async () => {
    const sandbox = createSandbox({ seed: false, autoAdvance: 10 });
    const start = sandbox.now();
    await new Promise((r) => setTimeout(r, 60));
    sandbox.stop();
    const moved = sandbox.now();
    expect(moved).to.be.greaterThan(start);
    await new Promise((r) => setTimeout(r, 40));
    expect(sandbox.now()).to.equal(moved);
  });
});
