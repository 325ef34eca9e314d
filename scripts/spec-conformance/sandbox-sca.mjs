/** SCA failure and restart, challenge expiry, and funding-group cancel against the sandbox. */
import { overlapping, ref } from './driver.mjs';
import { gbpRun } from './fixtures.mjs';

export const RUNS = '/v1/payment_runs';
export const sca = (id) => `/simulate/v1/payment_run_sca/${id}/challenges/otp/SMS`;

/** Creates a GBP run as the creator and waits until it is validated. */
export async function newRun(ctx, runRef, names) {
  const { call, sandbox, tokens } = ctx;
  const { data } = await call('POST', RUNS, {
    token: tokens.creator,
    body: gbpRun(runRef, names),
    idem: ref(),
    expect: 200,
  });
  await sandbox.advance(5000);
  return data;
}

async function passSca(ctx, id) {
  const { call, tokens } = ctx;
  await call('POST', sca(id), { token: tokens.controller, expect: 204 });
  await call('POST', `${sca(id)}/verify`, {
    token: tokens.controller,
    body: { verificationCode: '123456' },
    expect: 204,
  });
}

export async function scaScenarios(ctx) {
  const { call, sandbox, tokens, report, accounts } = ctx;
  const C = tokens.creator;
  const K = tokens.controller;

  // Confirm with a duplicate in flight; SCA_FAILED by wrong codes; restart; expiry; group cancel.
  const r4 = await newRun(ctx, 'GBP-4', ['Acme']);
  const u4 = `${RUNS}/${r4.id}`;
  await overlapping(
    sandbox,
    'POST',
    `${u4}/confirm`,
    () => call('POST', `${u4}/confirm`, { token: K, idem: 'confirm-4', expect: 200 }),
    () =>
      call('POST', `${u4}/confirm`, {
        token: K,
        idem: 'confirm-4',
        expect: 409,
        code: 'IDEMPOTENT_REQUEST_IN_PROGRESS',
      }),
  );
  await call('POST', sca(r4.id), { token: K, expect: 204 });
  const wrong = { token: K, body: { verificationCode: '999999' }, expect: 409 };
  await call('POST', `${sca(r4.id)}/verify`, { ...wrong, code: 'VERIFICATION_CODE_INVALID' });
  await call('POST', `${sca(r4.id)}/verify`, { ...wrong, code: 'ONE_CHALLENGE_LIMIT_REMAINING' });
  await call('POST', `${sca(r4.id)}/verify`, { ...wrong, code: 'CHALLENGE_LIMIT_EXCEEDED' });
  const { data: failed } = await call('GET', u4, { token: K, expect: 200 });
  report.check(
    failed?.status === 'SCA_FAILED',
    `[sandbox] scenario: run is ${failed?.status}, not SCA_FAILED`,
  );
  await call('POST', `${u4}/restart`, { token: C, idem: ref(), expect: 403 });
  await call('POST', `${u4}/restart`, { token: K, idem: ref(), expect: 204 });
  await call('POST', sca(r4.id), { token: K, expect: 204 });
  await sandbox.advance(6 * 60_000); // past the challenge's (and the tokens') 5 minutes
  await call('GET', u4, { token: K, expect: 401 });
  await ctx.login();
  const C2 = tokens.creator;
  const K2 = tokens.controller;
  await call('POST', `${sca(r4.id)}/verify`, {
    token: K2,
    body: { verificationCode: '123456' },
    expect: 409,
    code: 'VERIFICATION_CODE_EXPIRED',
  });
  await call('POST', `${u4}/restart`, { token: K2, idem: ref(), expect: 204 });
  await passSca({ ...ctx, tokens: { controller: K2 } }, r4.id);
  const { data: groups } = await call('GET', `${u4}/fund?linkedAccountIds=${accounts.gbp}`, {
    token: K2,
    expect: 200,
  });
  const group = groups?.fundingInstructions?.[0]?.reference;
  await call('POST', `${u4}/group/${group}/cancel`, { token: C2, idem: ref(), expect: 403 });
  await call('POST', `${u4}/group/${group}/cancel`, { token: K2, idem: ref(), expect: 204 });
  await call('POST', `${u4}/group/${group}/cancel`, {
    token: K2,
    idem: ref(),
    expect: 409,
    code: 'PAYMENT_RUN_GROUP_INVALID_STATE',
  });
  await call('POST', `/simulate/v1/payment_runs/${r4.id}/fund_group/${group}`, { expect: 409 });
}
