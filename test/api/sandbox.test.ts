import { expect } from '@open-wc/testing';
import {
  ConflictError,
  PermissionError,
  ValidationError,
  type PaymentRun,
  type PaymentRunClient,
} from '../../src/api/index.js';
import {
  simulateFundGroup,
  simulateScaChallenge,
  simulateScaVerify,
} from '../../src/api/simulate.js';
import { createBody } from '../helpers/fake-api.js';
import { setupSandbox } from '../helpers/sandbox.js';

/** The client through the real proxy against the sandbox: what a host's page does. */
describe('client against the sandbox', () => {
  async function validatedRun(creator: PaymentRunClient, advance: (ms: number) => Promise<void>) {
    const created = await creator.createPaymentRun(createBody());
    expect(created.status).to.equal('QUEUED');
    await advance(5_000);
    return created;
  }

  it('carries a run through its whole life to COMPLETED', async () => {
    const { sandbox, clientFor } = setupSandbox();
    const creator = clientFor('creator');
    const controller = clientFor('controller');
    const created = await validatedRun(creator, (ms) => sandbox.advance(ms));
    let run: PaymentRun = await controller.getPaymentRun(created.id);
    expect(run.status).to.equal('PENDING_CONFIRMATION');
    expect(run.payments[0].validationOutcomes?.[0]?.categoryResult?.match).to.equal('EXACT_MATCH');

    run = await controller.confirmPaymentRun(run.id);
    expect(run.status).to.equal('PENDING_CHALLENGE');
    await simulateScaChallenge(controller, run.id);
    await simulateScaVerify(controller, run.id, '123456');
    expect((await controller.getPaymentRun(run.id)).status).to.equal('PENDING_FUNDING');

    const { linkedAccounts } = await controller.listLinkedAccounts();
    const account = linkedAccounts.find(
      (a) => a.currency === 'GBP' && a.status === 'LINKED' && a.consent.status === 'ACTIVE',
    )!;
    const funding = await controller.fundPaymentRun(run.id, [account.id]);
    expect(funding.fundingInstructions).to.have.length(1);
    const group = funding.fundingInstructions![0];
    expect(group.totalAmount).to.deep.equal({ currency: 'GBP', amount: 123450 });

    await simulateFundGroup(controller, run.id, group.reference);
    await sandbox.advance(10_000);
    expect((await creator.getPaymentRun(run.id)).status).to.equal('COMPLETED');
  });

  it('creates exactly one run when the first attempt meets a 503', async () => {
    const { sandbox, clientFor } = setupSandbox({ seed: false });
    sandbox.faults.add({ method: 'POST', path: '/v1/payment_runs', times: 1, status: 503 });
    const creator = clientFor('creator');
    await creator.createPaymentRun(createBody(), { idempotencyRef: 'submit-1' });
    // The user presses Submit again after a slow answer: same intent, same ref.
    await creator.createPaymentRun(createBody(), { idempotencyRef: 'submit-1' });
    const page = await creator.listPaymentRuns();
    expect(page.count).to.equal(1);
  });

  it('reports the sandbox 400 for a run that mixes currencies, field by field', async () => {
    const { clientFor } = setupSandbox({ seed: false });
    const body = createBody();
    body.payments.push({
      ...body.payments[0],
      paymentAmount: { currency: 'EUR' as 'GBP', amount: 100 },
    });
    const error = await clientFor('creator')
      .createPaymentRun(body)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).status).to.equal(400);
    expect((error as ValidationError).invalidFields.map((f) => f.fieldName)).to.include(
      'payments[1].paymentAmount.currency',
    );
  });

  it('reports the role and state refusals of the API', async () => {
    const { sandbox, clientFor } = setupSandbox({ seed: false });
    const creator = clientFor('creator');
    const run = await validatedRun(creator, (ms) => sandbox.advance(ms));
    const forbidden = await creator.confirmPaymentRun(run.id).catch((e: unknown) => e);
    expect(forbidden).to.be.instanceOf(PermissionError);
    expect((forbidden as PermissionError).errorCode).to.equal('INSUFFICIENT_PERMISSIONS');

    await clientFor('controller').confirmPaymentRun(run.id);
    const again = await clientFor('controller')
      .confirmPaymentRun(run.id)
      .catch((e: unknown) => e);
    expect(again).to.be.instanceOf(ConflictError);
    expect((again as ConflictError).errorCode).to.equal('PAYMENT_RUN_ALREADY_CONFIRMED');
  });

  it('reads every seeded run, whatever its state', async () => {
    const { clientFor } = setupSandbox();
    const page = await clientFor('controller').listPaymentRuns();
    expect(page.paymentRuns.length).to.be.greaterThan(5);
    expect(new Set(page.paymentRuns.map((r) => r.status)).size).to.be.greaterThan(4);
  });
});
