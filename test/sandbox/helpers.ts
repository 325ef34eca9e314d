/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   contract tests read the API's answers as untyped JSON and assert on their shape */
/** Shared helpers of the sandbox contract tests: a tiny client that only knows HTTP. */
import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
  type SandboxWebhook,
} from '../../src/sandbox/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  // Tests read what the API said; the shape is asserted, not trusted.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

export interface Call {
  (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** A call as `token` (or without a bearer when undefined). */
export function caller(sandbox: Sandbox, token?: string): Call {
  return async (method, path, body, headers = {}) => {
    const response = await sandbox.fetch(path, {
      method,
      headers: {
        'api-key': sandbox.apiKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: text ? JSON.parse(text) : undefined,
    };
  };
}

export interface World {
  sandbox: Sandbox;
  creator: Call;
  controller: Call;
  webhooks: SandboxWebhook[];
}

/** A sandbox (unseeded unless told) with both users logged in and webhooks recorded. */
export async function world(options: SandboxOptions = {}): Promise<World> {
  const sandbox = createSandbox({ seed: false, ...options });
  const webhooks: SandboxWebhook[] = [];
  sandbox.onWebhook((event) => webhooks.push(event));
  return {
    sandbox,
    creator: caller(sandbox, await sandbox.login('creator')),
    controller: caller(sandbox, await sandbox.login('controller')),
    webhooks,
  };
}

let accountSeq = 0;
/** A GBP payment line; the supplier name picks the outcome (see SUPPLIER_NAME_OUTCOMES). */
export function gbp(name: string, amount = 10_000, extra: Record<string, unknown> = {}) {
  accountSeq += 1;
  return {
    paymentAmount: { currency: 'GBP', amount },
    reference: `REF-${accountSeq}`,
    supplier: {
      name,
      type: 'BUSINESS',
      bankAccountDetails: { accountNumber: String(10_000_000 + accountSeq), sortCode: '040004' },
    },
    ...extra,
  };
}

export function eur(name: string, amount = 10_000, iban = 'FR1420041010050500013M02606') {
  return {
    paymentAmount: { currency: 'EUR', amount },
    reference: 'EU-REF-1',
    supplier: { name, bankAccountDetails: { iban } },
  };
}

/** Create a run and let validation run; returns the validated run. */
export async function validatedRun(
  w: World,
  payments: unknown[],
  extra: Record<string, unknown> = {},
): Promise<Answer['body']> {
  const created = await w.creator('POST', '/v1/payment_runs', { payments, ...extra });
  if (created.status !== 200) throw new Error(`create failed ${created.status} ${created.text}`);
  await w.sandbox.advance(1500);
  return (await w.creator('GET', `/v1/payment_runs/${created.body.id}`)).body;
}

/** Confirm and pass SCA: the run ends PENDING_FUNDING. */
export async function authorisedRun(w: World, payments: unknown[]): Promise<string> {
  const run = await validatedRun(w, payments);
  const id = run.id as string;
  await expectStatus(w.controller('POST', `/v1/payment_runs/${id}/confirm`), 200);
  await expectStatus(
    w.controller('POST', `/simulate/v1/payment_run_sca/${id}/challenges/otp/SMS`),
    204,
  );
  await expectStatus(
    w.controller('POST', `/simulate/v1/payment_run_sca/${id}/challenges/otp/SMS/verify`, {
      verificationCode: '123456',
    }),
    204,
  );
  return id;
}

/** A LINKED, ACTIVE account of the currency, created through the simulator. */
export async function linkedAccount(w: World, currency: 'GBP' | 'EUR' = 'GBP'): Promise<string> {
  const accountIdentification =
    currency === 'GBP'
      ? { accountNumber: '99887766', sortCode: '112233' }
      : { iban: 'NL91ABNA0417164300' };
  const answer = await w.controller('POST', '/simulate/v1/linked_accounts', {
    buyerId: w.sandbox.buyerId,
    accountIdentification,
  });
  if (answer.status !== 201) throw new Error(`link failed ${answer.status} ${answer.text}`);
  return answer.body.id as string;
}

export async function expectStatus(answer: Promise<Answer>, status: number): Promise<Answer> {
  const a = await answer;
  if (a.status !== status) throw new Error(`expected ${status}, got ${a.status}: ${a.text}`);
  return a;
}
