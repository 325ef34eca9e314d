/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { expectStatus, gbp, validatedRun, world, type World } from './helpers.js';

async function confirmedRun(w: World): Promise<string> {
  const run = await validatedRun(w, [gbp('Acme Ltd')]);
  await expectStatus(w.controller('POST', `/v1/payment_runs/${run.id}/confirm`), 200);
  return run.id as string;
}

const sca = (id: string) => `/simulate/v1/payment_run_sca/${id}/challenges/otp/SMS`;
const statusOf = async (w: World, id: string) =>
  (await w.creator('GET', `/v1/payment_runs/${id}`)).body;

describe('sandbox: payment-run SCA', () => {
  it('fails the run after three wrong codes, then restarts it', async () => {
    const w = await world();
    const id = await confirmedRun(w);
    await expectStatus(w.controller('POST', sca(id)), 204);
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        (await w.controller('POST', `${sca(id)}/verify`, { verificationCode: '000000' })).body
          .errorCode,
      );
    expect(codes).to.deep.equal([
      'VERIFICATION_CODE_INVALID',
      'ONE_CHALLENGE_LIMIT_REMAINING',
      'CHALLENGE_LIMIT_EXCEEDED',
    ]);
    const failed = await statusOf(w, id);
    expect(failed.status).to.equal('SCA_FAILED');
    expect(failed.payments[0].status).to.equal('SCA_FAILED');
    expect(
      (await w.controller('POST', `${sca(id)}/verify`, { verificationCode: '123456' })).body
        .errorCode,
    ).to.equal('STATE_INVALID');
    expect((await w.creator('POST', `/v1/payment_runs/${id}/cancel`)).body.errorCode).to.equal(
      'CANNOT_CANCEL_PAYMENT_RUN',
    );
    await expectStatus(w.controller('POST', `/v1/payment_runs/${id}/restart`), 204);
    const restarted = await statusOf(w, id);
    expect(restarted.status).to.equal('PENDING_CHALLENGE');
    expect(restarted).not.to.have.property('statusReason');
    await expectStatus(w.controller('POST', sca(id)), 204);
    await expectStatus(
      w.controller('POST', `${sca(id)}/verify`, { verificationCode: '123456' }),
      204,
    );
    expect((await statusOf(w, id)).status).to.equal('PENDING_FUNDING');
  });

  it('fails the run when the challenge expires on the sandbox clock', async () => {
    const w = await world({ tokenLifetimeMs: 60 * 60_000 }); // the users stay logged in meanwhile
    const id = await confirmedRun(w);
    await expectStatus(w.controller('POST', sca(id)), 204);
    await w.sandbox.advance(5 * 60_000 - 1);
    expect((await statusOf(w, id)).status).to.equal('PENDING_CHALLENGE');
    await w.sandbox.advance(1);
    const expired = await statusOf(w, id);
    expect(expired.status).to.equal('SCA_FAILED');
    expect(expired.statusReason).to.equal('SCA challenge expired');
    expect(
      (await w.controller('POST', `${sca(id)}/verify`, { verificationCode: '123456' })).body
        .errorCode,
    ).to.equal('VERIFICATION_CODE_EXPIRED');
    await expectStatus(w.controller('POST', `/v1/payment_runs/${id}/restart`), 204);
  });

  it('answers STATE_INVALID outside PENDING_CHALLENGE and before a challenge is issued', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('Acme Ltd')]);
    expect((await w.controller('POST', sca(run.id))).body).to.deep.equal({
      errorCode: 'STATE_INVALID',
    });
    await expectStatus(w.controller('POST', `/v1/payment_runs/${run.id}/confirm`), 200);
    expect(
      (await w.controller('POST', `${sca(run.id)}/verify`, { verificationCode: '123456' })).body
        .errorCode,
    ).to.equal('STATE_INVALID');
  });

  it('needs an enrolled SMS channel (CHANNEL_NOT_REGISTERED), and SMS as the channel (400)', async () => {
    const w = await world();
    const id = await confirmedRun(w);
    expect((await w.creator('POST', sca(id))).body).to.deep.equal({
      errorCode: 'CHANNEL_NOT_REGISTERED',
    });
    // The path parameter's enum is [SMS]: schema validation answers before any state check.
    const email = await w.controller(
      'POST',
      `/simulate/v1/payment_run_sca/${id}/challenges/otp/EMAIL`,
    );
    expect(email.status).to.equal(400);
    expect(email.body.syntaxErrors.invalidFields[0].fieldName).to.equal('channel');
  });

  it('answers PAYMENT_RUN_INVALID_STATE (with a message) on restart of a run that did not fail SCA', async () => {
    const w = await world();
    const id = await confirmedRun(w);
    const res = await w.controller('POST', `/v1/payment_runs/${id}/restart`);
    expect(res.status).to.equal(409);
    expect(res.body.errorCode).to.equal('PAYMENT_RUN_INVALID_STATE');
    expect(res.body.message).to.be.a('string');
  });

  it('requires a verificationCode', async () => {
    const w = await world();
    const id = await confirmedRun(w);
    const res = await w.controller('POST', `${sca(id)}/verify`, {});
    expect(res.status).to.equal(400);
    expect(res.body.syntaxErrors.invalidFields).to.deep.equal([
      { fieldName: 'verificationCode', error: 'REQUIRED', params: [] },
    ]);
  });
});
