/**
 * Requests that break the spec (a schema, pattern, enum, size, uniqueness or required rule):
 * the API must answer 400 "Your request is invalid" and not act on them.
 */
import { createRejecter } from './driver.mjs';
import { UNKNOWN_ID, fps, gbpRun, line, oneLine, sepa } from './fixtures.mjs';

const RUNS = '/v1/payment_runs';
const withLine = (patch) => oneLine({ ...fps('Acme'), ...patch });
const withAmount = (amount, currency = 'GBP') => ({
  payments: [line(amount, currency, 'R1', fps('Acme'))],
});

export async function invalidRequestScenarios(ctx) {
  const rejects = createRejecter(ctx);
  const { tokens, sandbox } = ctx;
  const C = { token: tokens.creator };
  const K = { token: tokens.controller };
  const create = (body) => rejects('POST', RUNS, { ...C, body });

  for (const query of [
    'limit=101',
    'limit=0',
    'limit=2.5',
    'offset=-1',
    'tag=a&tag=a',
    'status=BOGUS',
    'min_amount=abc',
    'max_amount=-1',
  ]) {
    await rejects('GET', `${RUNS}?${query}`, K);
  }
  const run = gbpRun('BAD');
  await create({ ...run, tag: 'bad tag' });
  await create({ ...run, tag: 'a'.repeat(51) });
  await create({ ...run, payments: undefined });
  await create({ ...run, payments: 'x' });
  await create({ payments: Array.from({ length: 1001 }, () => run.payments[0]) });
  await create({ payments: [{ ...run.payments[0], reference: 'A'.repeat(19) }] });
  await create({ payments: [{ ...run.payments[0], reference: 'INV 1' }] });
  await create(withAmount(0));
  await create(withAmount(1.5));
  await create(withAmount(100, 'USD'));
  await create(withLine({ name: 'Café Ltd' }));
  await create(withLine({ name: 'N'.repeat(141) }));
  await create(withLine({ name: '' }));
  await create(withLine({ address: '' }));
  await create(withLine({ bankCountry: 'gb' }));
  await create(withLine({ type: 'COMPANY' }));
  await create(withLine({ bankAccountDetails: { accountNumber: '1234567', sortCode: '404784' } }));
  const iban = sepa('Acme').bankAccountDetails;
  await create(
    oneLine({ ...sepa('Acme'), bankAccountDetails: { ...iban, bankIdentifierCode: 'ABC' } }, 'EUR'),
  );
  await create(
    oneLine({ ...sepa('Acme'), bankAccountDetails: { iban: iban.iban.toLowerCase() } }, 'EUR'),
  );
  await create(
    withLine({ bankAccountDetails: { ...iban, accountNumber: '70872490', sortCode: '404784' } }),
  );
  await create('{"payments": [');

  const url = `${RUNS}/${UNKNOWN_ID}`;
  await rejects('PUT', url, { ...C, body: { payments: [] } });
  await rejects('PUT', url, {
    ...C,
    body: { payments: [{ paymentId: 'nope', supplier: fps('Acme') }] },
  });
  await rejects('PUT', url, C);
  for (const paymentIds of [[], [UNKNOWN_ID, UNKNOWN_ID], ['nope']]) {
    await rejects('PUT', `${url}/cancel/payments`, { ...C, body: { paymentIds } });
  }
  for (const action of ['confirm', 'restart', 'cancel']) {
    await rejects('POST', `${RUNS}/nope/${action}`, K);
  }
  await rejects('GET', `${url}/fund?linkedAccountIds=nope`, K);
  await rejects(
    'GET',
    `${url}/fund?linkedAccountIds=${UNKNOWN_ID}&linkedAccountIds=${UNKNOWN_ID}`,
    K,
  );
  await rejects('POST', '/v1/linked_accounts/nope/unlink', K);
  await rejects('PATCH', `/v1/linked_accounts/${UNKNOWN_ID}`, {
    ...K,
    body: { friendlyName: 123 },
  });
  for (const query of ['offset=-1', 'market=XX', 'limit=abc', 'limit=0']) {
    await rejects('GET', `/v1/institutions?${query}`, {});
  }

  const login = (password, email = sandbox.users.creator.email) => ({ body: { email, password } });
  await rejects('POST', '/v1/login_with_password', login({ value: '' }));
  await rejects('POST', '/v1/login_with_password', login({ value: 'p'.repeat(101) }));
  await rejects('POST', '/v1/login_with_password', login('x'));
  await rejects('POST', '/v1/login_with_password', login({ value: 'x' }, 'not-an-email'));
  for (const verificationCode of ['12345', 'abcdef']) {
    const body = { verificationCode };
    await rejects('POST', '/v1/authentication_factors/otp/SMS/verify', { ...K, body });
  }
  const sca = `/simulate/v1/payment_run_sca/${UNKNOWN_ID}/challenges/otp`;
  await rejects('POST', `${sca}/SMS/verify`, { ...K, body: { verificationCode: '' } });
  // The path allows only SMS, yet the 409 lists CHANNEL_NOT_SUPPORTED: either answer is the spec's.
  await rejects('POST', `${sca}/EMAIL`, K, 409);
  const details = { accountNumber: '11223344', sortCode: '200000' };
  const sim = '/simulate/v1/linked_accounts';
  await rejects('POST', sim, {
    body: { buyerId: sandbox.buyerId, accountIdentification: details, currency: 'USD' },
  });
  await rejects('POST', sim, { body: { accountIdentification: details } });
  await rejects('POST', `/simulate/v1/consents/${UNKNOWN_ID}/change_status`, {
    body: { action: 'FOO' },
  });
  await rejects('POST', '/simulate/v1/payment_runs/nope/fund_group/REF', {});
  await rejects('DELETE', `${sim}/nope`, {});
  await rejects('POST', `${sim}/nope/fund`, K);
}
