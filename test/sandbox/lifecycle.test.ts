/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-unsafe-call --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import {
  authorisedRun,
  eur,
  expectStatus,
  gbp,
  linkedAccount,
  validatedRun,
  world,
} from './helpers.js';

describe('sandbox: payment-run life cycle', () => {
  it('creates QUEUED, validates to PENDING_CONFIRMATION after validationDelayMs', async () => {
    const w = await world();
    const created = await w.creator('POST', '/v1/payment_runs', {
      tag: 'jan',
      paymentRunRef: 'R-1',
      payments: [gbp('Acme Ltd')],
    });
    expect(created.status).to.equal(200);
    expect(created.body.id).to.match(/^[0-9a-f]{24}$/);
    expect(created.body.status).to.equal('QUEUED');
    expect(created.body.createdBy).to.equal(w.sandbox.users.creator.id);
    expect(created.body.createdAt).to.equal(new Date(w.sandbox.now()).toISOString());
    expect(created.body.payments[0].status).to.equal('QUEUED');
    expect(created.body.payments[0]).not.to.have.property('validationOutcomes');
    await w.sandbox.advance(1499);
    expect((await w.creator('GET', `/v1/payment_runs/${created.body.id}`)).body.status).to.equal(
      'QUEUED',
    );
    await w.sandbox.advance(1);
    const run = (await w.creator('GET', `/v1/payment_runs/${created.body.id}`)).body;
    expect(run.status).to.equal('PENDING_CONFIRMATION');
    expect(run.payments[0].status).to.equal('PENDING_CONFIRMATION');
    expect(run.payments[0].validationOutcomes).to.deep.equal([
      { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } },
    ]);
  });

  it('gives no CoP outcome to SEPA lines', async () => {
    const w = await world();
    const run = await validatedRun(w, [eur('Delft Tegels BV')]);
    expect(run.status).to.equal('PENDING_CONFIRMATION');
    expect(run.payments[0]).not.to.have.property('validationOutcomes');
  });

  it('makes a run INVALID with a statusReason when a supplier is named "Invalid Run"', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('Fine Ltd'), gbp('Invalid Run Traders')]);
    expect(run.status).to.equal('INVALID');
    expect(run.statusReason).to.be.a('string').and.not.empty;
  });

  it('runs to COMPLETED: confirm, SCA, fund, execute', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const created = await validatedRun(w, [gbp('Acme Ltd', 10_000), gbp('Bolt Ltd', 20_000)]);
    const confirm = await w.controller('POST', `/v1/payment_runs/${created.id}/confirm`);
    expect(confirm.status).to.equal(200);
    expect(confirm.body.status).to.equal('PENDING_CHALLENGE');
    expect(confirm.body.payments.map((p: { status: string }) => p.status)).to.deep.equal([
      'PENDING_CHALLENGE',
      'PENDING_CHALLENGE',
    ]);
    await expectStatus(
      w.controller('POST', `/simulate/v1/payment_run_sca/${created.id}/challenges/otp/SMS`),
      204,
    );
    await expectStatus(
      w.controller('POST', `/simulate/v1/payment_run_sca/${created.id}/challenges/otp/SMS/verify`, {
        verificationCode: '123456',
      }),
      204,
    );
    expect((await w.creator('GET', `/v1/payment_runs/${created.id}`)).body.status).to.equal(
      'PENDING_FUNDING',
    );
    const fund = await w.controller(
      'GET',
      `/v1/payment_runs/${created.id}/fund?linkedAccountIds=${account}`,
    );
    expect(fund.status).to.equal(200);
    expect(fund.body.count).to.equal(1);
    expect(fund.body.responseCount).to.equal(1);
    const [group] = fund.body.fundingInstructions;
    expect(group.status).to.equal('AWAITING_FUNDS');
    expect(group.totalAmount).to.deep.equal({ currency: 'GBP', amount: 30_000 });
    expect(group.payments).to.have.length(2);
    expect(group).not.to.have.property('fundingDate');
    await expectStatus(
      w.controller('POST', `/simulate/v1/payment_runs/${created.id}/fund_group/${group.reference}`),
      201,
    );
    expect((await w.creator('GET', `/v1/payment_runs/${created.id}`)).body.status).to.equal(
      'EXECUTING',
    );
    await w.sandbox.advance(3000);
    const done = (await w.creator('GET', `/v1/payment_runs/${created.id}`)).body;
    expect(done.status).to.equal('COMPLETED');
    expect(done.payments.map((p: { status: string }) => p.status)).to.deep.equal([
      'COMPLETED',
      'COMPLETED',
    ]);
    const after = await w.controller(
      'GET',
      `/v1/payment_runs/${created.id}/fund?linkedAccountIds=${account}`,
    );
    expect(after.body.fundingInstructions[0].status).to.equal('COMPLETED');
    expect(after.body.fundingInstructions[0].fundingDate).to.equal(
      new Date(w.sandbox.now() - 3000).toISOString(),
    );
  });

  it('ends COMPLETED_WITH_ERRORS when a payment fails or is returned', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [
      gbp('Good Ltd'),
      gbp('Payment Fails Ltd'),
      gbp('Goods Returned Ltd'),
    ]);
    const fund = await w.controller(
      'GET',
      `/v1/payment_runs/${id}/fund?linkedAccountIds=${account}`,
    );
    await w.controller(
      'POST',
      `/simulate/v1/payment_runs/${id}/fund_group/${fund.body.fundingInstructions[0].reference}`,
    );
    await w.sandbox.advance(3000);
    const run = (await w.creator('GET', `/v1/payment_runs/${id}`)).body;
    expect(run.status).to.equal('COMPLETED_WITH_ERRORS');
    expect(run.payments.map((p: { status: string }) => p.status)).to.deep.equal([
      'COMPLETED',
      'FAILED',
      'RETURNED',
    ]);
    const groups = await w.controller(
      'GET',
      `/v1/payment_runs/${id}/fund?linkedAccountIds=${account}`,
    );
    expect(groups.body.fundingInstructions[0].status).to.equal('COMPLETED_WITH_ERRORS');
  });

  it('answers PAYMENT_RUN_ALREADY_CONFIRMED (with a message) when confirming twice', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('Acme Ltd')]);
    await expectStatus(w.controller('POST', `/v1/payment_runs/${run.id}/confirm`), 200);
    const again = await w.controller('POST', `/v1/payment_runs/${run.id}/confirm`);
    expect(again.status).to.equal(409);
    expect(again.body.errorCode).to.equal('PAYMENT_RUN_ALREADY_CONFIRMED');
    expect(again.body.message).to.be.a('string');
  });

  it('updates a supplier while PENDING_CONFIRMATION and re-checks the payee', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('Blue Close Match Ltd'), gbp('Other Ltd')]);
    const line = run.payments[0];
    expect(line.validationOutcomes[0].categoryResult).to.deep.equal({
      match: 'CLOSE_MATCH',
      reasonCode: 'MBAM',
      accountName: 'Blue Ltd Limited',
    });
    const supplier = {
      ...line.supplier,
      name: line.validationOutcomes[0].categoryResult.accountName,
    };
    await expectStatus(
      w.creator('PUT', `/v1/payment_runs/${run.id}`, {
        payments: [{ paymentId: line.id, supplier }],
      }),
      204,
    );
    const after = (await w.creator('GET', `/v1/payment_runs/${run.id}`)).body;
    expect(after.payments[0].supplier.name).to.equal('Blue Ltd Limited');
    expect(after.payments[0].validationOutcomes[0].categoryResult).to.deep.equal({
      match: 'EXACT_MATCH',
    });
    const dup = await w.creator('PUT', `/v1/payment_runs/${run.id}`, {
      payments: [
        { paymentId: line.id, supplier },
        { paymentId: line.id, supplier },
      ],
    });
    expect(dup.body).to.deep.equal({ errorCode: 'PAYMENT_RUN_DUPLICATE_PAYMENT_ID' });
    const noType = await w.creator('PUT', `/v1/payment_runs/${run.id}`, {
      payments: [{ paymentId: line.id, supplier: { ...supplier, type: undefined } }],
    });
    expect(noType.body).to.deep.equal({ errorCode: 'MISSING_SUPPLIER_TYPE' });
    await expectStatus(w.controller('POST', `/v1/payment_runs/${run.id}/confirm`), 200);
    const late = await w.creator('PUT', `/v1/payment_runs/${run.id}`, {
      payments: [{ paymentId: line.id, supplier }],
    });
    expect(late.body).to.deep.equal({ errorCode: 'PAYMENT_RUN_INVALID_STATE' });
  });

  it('cancels a run in QUEUED..PENDING_FUNDING only', async () => {
    const w = await world();
    const queued = await w.creator('POST', '/v1/payment_runs', { payments: [gbp('Acme Ltd')] });
    await expectStatus(w.creator('POST', `/v1/payment_runs/${queued.body.id}/cancel`), 204);
    const cancelled = (await w.creator('GET', `/v1/payment_runs/${queued.body.id}`)).body;
    expect(cancelled.status).to.equal('CANCELLED');
    expect(cancelled.payments[0].status).to.equal('CANCELLED');
    await w.sandbox.advance(1500); // validation must not revive it
    expect((await w.creator('GET', `/v1/payment_runs/${queued.body.id}`)).body.status).to.equal(
      'CANCELLED',
    );
    const again = await w.controller('POST', `/v1/payment_runs/${queued.body.id}/cancel`);
    expect(again.status).to.equal(409);
    expect(again.body).to.deep.equal({ errorCode: 'CANNOT_CANCEL_PAYMENT_RUN' });
    const funding = await authorisedRun(w, [gbp('Acme Ltd')]);
    await expectStatus(w.controller('POST', `/v1/payment_runs/${funding}/cancel`), 204);
  });

  it('cancels single payments only while PENDING_CONFIRMATION; all cancelled cancels the run', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('A Ltd'), gbp('B Ltd')]);
    const [a, b] = run.payments.map((p: { id: string }) => p.id);
    const path = `/v1/payment_runs/${run.id}/cancel/payments`;
    const bad = await w.creator('PUT', path, { paymentIds: ['nope'] });
    expect(bad.status).to.equal(400);
    expect(bad.body.syntaxErrors.invalidFields[0]).to.deep.include({
      fieldName: 'paymentIds[0]',
      error: 'REGEX',
    });
    await expectStatus(w.creator('PUT', path, { paymentIds: [a] }), 204);
    expect((await w.creator('PUT', path, { paymentIds: [a] })).body).to.deep.equal({
      errorCode: 'PAYMENT_RUN_PAYMENT_INVALID_STATE',
    });
    expect((await w.creator('GET', `/v1/payment_runs/${run.id}`)).body.status).to.equal(
      'PENDING_CONFIRMATION',
    );
    await expectStatus(w.controller('PUT', path, { paymentIds: [b] }), 204);
    expect((await w.creator('GET', `/v1/payment_runs/${run.id}`)).body.status).to.equal(
      'CANCELLED',
    );
    expect((await w.creator('PUT', path, { paymentIds: [b] })).body).to.deep.equal({
      errorCode: 'CANNOT_CANCEL_PAYMENT_RUN_PAYMENT',
    });
  });

  it('answers 404 {code, message} for an unknown run and 400 for a malformed id', async () => {
    const w = await world();
    const missing = await w.creator('GET', '/v1/payment_runs/0123456789abcdef01234567');
    expect(missing.status).to.equal(404);
    expect(missing.body).to.deep.equal({
      code: 'PAYMENT_RUN_NOT_FOUND',
      message: 'Payment run 0123456789abcdef01234567 not found',
    });
    const malformed = await w.creator('GET', '/v1/payment_runs/xyz');
    expect(malformed.status).to.equal(400);
    expect(malformed.body.syntaxErrors.invalidFields).to.deep.equal([
      { fieldName: 'payment_run_id', error: 'REGEX', params: ['^[0-9a-fA-F]{24}$'] },
    ]);
  });
});
