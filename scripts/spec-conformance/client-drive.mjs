/**
 * Drives `createPaymentRunClient` through the happy path (and the SCA-failure/restart and
 * group-cancel paths) against a fresh sandbox. Its fetch adds the api-key, as the host's proxy
 * would, then validates every request the client sends and every answer it gets.
 */
import { checkRequest, checkResponse } from './checks.mjs';
import { ORIGIN } from './driver.mjs';
import { eurRun, fps, gbpRun, oneLine } from './fixtures.mjs';
import { checkMinimalAnswers } from './minimal.mjs';

export async function driveClient({ modules, spec, report }) {
  const { createSandbox } = modules.sandbox;
  const { createPaymentRunClient } = modules.api;
  const { simulateScaChallenge, simulateScaVerify, simulateFundGroup } = modules.simulate;
  const sandbox = createSandbox();
  const answers = [];
  const fetch = async (input, init) => {
    const original = input instanceof Request ? input : new Request(input, init);
    const headers = new Headers(original.headers);
    headers.set('api-key', sandbox.apiKey);
    const request = new Request(original, { headers });
    await checkRequest(spec, report, request.clone(), 'client');
    const response = await sandbox.fetch(request);
    await checkResponse(spec, report, request.method, request.url, response.clone(), 'client');
    const found = spec.find(request.method, new URL(request.url).pathname);
    const text = await response.clone().text();
    if (found && response.ok && text) {
      answers.push({ op: found.op, status: response.status, body: JSON.parse(text) });
    }
    return response;
  };
  const client = (user) =>
    createPaymentRunClient({
      apiBase: ORIGIN,
      getToken: () => sandbox.login(user),
      fetch,
      retries: 0,
    });
  const creator = client('creator');
  const controller = client('controller');
  const step = async (name, work) => {
    try {
      return await work();
    } catch (error) {
      report.check(false, `[client] ${name} threw ${error?.name}: ${error?.message}`);
      return undefined;
    }
  };
  const refuses = async (name, work, code) => {
    const error = await work().then(
      () => undefined,
      (e) => e,
    );
    report.check(
      error?.errorCode === code,
      `[client] ${name}: expected ${code}, got ${error?.errorCode ?? error}`,
    );
  };
  const validated = async (body) => {
    const run = await step('createPaymentRun', () => creator.createPaymentRun(body));
    await sandbox.advance(5000);
    return run;
  };

  await step('listPaymentRuns', () =>
    creator.listPaymentRuns({
      status: 'PENDING_CONFIRMATION',
      tag: ['january', 'spec-check'],
      reference: 'JAN-2026-05',
      minAmount: 0,
      maxAmount: 99_999_999,
      offset: 0,
      limit: 10,
    }),
  );
  const run = await validated(gbpRun('CLI-1'));
  if (!run) return;
  await step('getPaymentRun', () => controller.getPaymentRun(run.id));
  const [p1, , p3] = run.payments.map((p) => p.id);
  const supplier = { ...run.payments[0].supplier, name: 'Acme Supplies Limited' };
  await step('updatePayments', () =>
    creator.updatePayments(run.id, { payments: [{ paymentId: p1, supplier }] }),
  );
  await step('cancelPayments', () => creator.cancelPayments(run.id, [p3]));
  await step('confirmPaymentRun', () => controller.confirmPaymentRun(run.id));
  await step('simulateScaChallenge', () => simulateScaChallenge(controller, run.id));
  await refuses(
    'simulateScaVerify',
    () => simulateScaVerify(controller, run.id, '000000'),
    'VERIFICATION_CODE_INVALID',
  );
  await step('simulateScaVerify', () => simulateScaVerify(controller, run.id, '123456'));
  const accounts = await step('listLinkedAccounts', () => controller.listLinkedAccounts());
  const gbp = accounts?.linkedAccounts.find((a) => a.friendlyName === 'Operating account');
  await step('getLinkedAccount', () => controller.getLinkedAccount(gbp.id));
  const funding = await step('fundPaymentRun', () => controller.fundPaymentRun(run.id, [gbp.id]));
  for (const group of funding?.fundingInstructions ?? []) {
    await step('simulateFundGroup', () => simulateFundGroup(controller, run.id, group.reference));
  }
  await sandbox.advance(5000);
  const done = await step('getPaymentRun', () => creator.getPaymentRun(run.id));
  report.check(done?.status === 'COMPLETED', `[client] funded run is ${done?.status}`);
  await step('listInstitutions', () =>
    creator.listInstitutions({
      country: 'GB',
      institutionIds: ['sandbox-bank-uk', 'liffey-bank'],
      institutionName: 'bank',
      market: ['UK', 'EEA'],
      offset: 0,
      limit: 3,
    }),
  );

  // Cancel a run; SCA_FAILED then restart; cancel a funding group.
  const euro = await validated(eurRun('CLI-2'));
  await step('cancelPaymentRun', () => creator.cancelPaymentRun(euro.id));
  const other = await validated(gbpRun('CLI-3', ['Acme']));
  await step('confirmPaymentRun', () => controller.confirmPaymentRun(other.id));
  await step('simulateScaChallenge', () => simulateScaChallenge(controller, other.id));
  for (const code of [
    'VERIFICATION_CODE_INVALID',
    'ONE_CHALLENGE_LIMIT_REMAINING',
    'CHALLENGE_LIMIT_EXCEEDED',
  ]) {
    await refuses(
      'simulateScaVerify',
      () => simulateScaVerify(controller, other.id, '999999'),
      code,
    );
  }
  await step('restartPaymentRun', () => controller.restartPaymentRun(other.id));
  await step('simulateScaChallenge', () => simulateScaChallenge(controller, other.id));
  await step('simulateScaVerify', () => simulateScaVerify(controller, other.id, '123456'));
  const groups = await step('fundPaymentRun', () => controller.fundPaymentRun(other.id, [gbp.id]));
  const reference = groups?.fundingInstructions?.[0]?.reference;
  await step('cancelFundingGroup', () => controller.cancelFundingGroup(other.id, reference));

  // Careless input: the client must refuse it (ValidationError, nothing sent) or send a request
  // the spec accepts. Whatever the API answers does not matter here; the requests are checked.
  const careless = [
    () => creator.listPaymentRuns({ tag: ['january', 'january'] }),
    () => creator.listPaymentRuns({ limit: 500 }),
    () => creator.listPaymentRuns({ limit: 0, offset: -1 }),
    () => creator.listPaymentRuns({ minAmount: -5, maxAmount: 2.5 }),
    () => controller.fundPaymentRun(run.id, [gbp.id, gbp.id]),
    () => controller.fundPaymentRun(run.id, []),
    () => creator.listInstitutions({ limit: 0, offset: -1 }),
    () => controller.cancelFundingGroup(other.id, ''),
    () => simulateScaVerify(controller, other.id, ''),
    () => simulateScaChallenge(controller, 'not-a-run-id'),
    () => simulateFundGroup(controller, run.id, ''),
    () => creator.listInstitutions({ market: ['XX'] }),
    () => creator.listPaymentRuns({ status: 'BOGUS' }),
    () => creator.createPaymentRun({ payments: [] }),
    () => creator.createPaymentRun(oneLine(fps('Café Ltd'))),
    () => creator.cancelPayments(run.id, []),
    () => creator.getPaymentRun('nope'),
  ];
  for (const attempt of careless)
    await Promise.resolve()
      .then(attempt)
      .catch(() => undefined);
  checkMinimalAnswers(report, modules.api, answers);
}
