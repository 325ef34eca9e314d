/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { createSandbox, type SandboxWebhook } from '../../src/sandbox/index.js';
import { authorisedRun, gbp, linkedAccount, world } from './helpers.js';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
// Computed with Node's crypto, independently of the sandbox:
// node -e "console.log(require('crypto').createHmac('sha256','sandbox-api-key').update('1767603600000').digest('base64'))"
const SIGNATURES: Record<string, string> = {
  '1767603600000': 'Jvp1DRKcPg+3eprYxWSodzIpLIWY71wK4lrWuT21tZE=',
  '1767603601500': 'ypP+5Q8bTttj7esF3XNq9h8+w6oCI1AOrYNulwQvza0=',
};
const OTHER_KEY_SIGNATURE = 's75rYCPRb+7oRbWXBojqVMK80S/Ze3wmlooFSrLSyKQ='; // key 'other-key', '1767603600000'
const V2_VECTOR = {
  message: 'ref-1{"type":"paymentRunWatch"}1767603600000',
  signature: 'CqhXCgmOo5l+nylNaWLqmOeBBfACISvfIaO5pPh3IV4=',
};

/** The test's own HMAC (Web Crypto), pinned to the Node vector above before it is trusted. */
async function hmac(key: string, message: string): Promise<string> {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey(
    'raw',
    enc.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(message)));
  return btoa(String.fromCharCode(...bytes));
}

const payloadOf = (e: SandboxWebhook) =>
  (JSON.parse(e.body) as { payload: Record<string, unknown> }).payload;

describe('sandbox: webhooks', () => {
  it('signs with HMAC-SHA256 of the api key as the spec says', async () => {
    expect(await hmac('sandbox-api-key', V2_VECTOR.message)).to.equal(V2_VECTOR.signature);
    const w = await world();
    await w.creator('POST', '/v1/payment_runs', { payments: [gbp('Acme Ltd')] });
    await w.sandbox.advance(1500);
    expect(w.webhooks.length).to.be.greaterThan(1);
    for (const event of w.webhooks) {
      const ts = event.headers['published-timestamp'];
      const callRef = event.headers['call-ref'];
      expect(callRef).to.be.a('string').and.not.empty;
      expect(event.headers.signature).to.equal(SIGNATURES[ts]);
      expect(event.headers['signature-v2']).to.equal(
        await hmac('sandbox-api-key', callRef + event.body + ts),
      );
    }
    expect(w.webhooks.map((e) => e.headers['published-timestamp'])).to.include.members([
      String(START),
      String(START + 1500),
    ]);
  });

  it('signs with the configured api key', async () => {
    const sandbox = createSandbox({ seed: false, apiKey: 'other-key' });
    const events: SandboxWebhook[] = [];
    sandbox.onWebhook((e) => events.push(e));
    await sandbox.fetch('/simulate/v1/linked_accounts', {
      method: 'POST',
      headers: { 'api-key': 'other-key' },
      body: JSON.stringify({
        buyerId: sandbox.buyerId,
        accountIdentification: { accountNumber: '12345678', sortCode: '123456' },
      }),
    });
    expect(events[0].type).to.equal('linkedAccountWatch');
    expect(events[0].headers.signature).to.equal(OTHER_KEY_SIGNATURE);
  });

  it('reports every run and payment status change, in order', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [gbp('Acme Ltd')]);
    const fund = await w.controller(
      'GET',
      `/v1/payment_runs/${id}/fund?linkedAccountIds=${account}`,
    );
    await w.controller(
      'POST',
      `/simulate/v1/payment_runs/${id}/fund_group/${fund.body.fundingInstructions[0].reference}`,
    );
    await w.sandbox.advance(3000);
    const runStatuses = w.webhooks
      .filter((e) => e.type === 'paymentRunWatch')
      .map((e) => payloadOf(e).status);
    expect(runStatuses).to.deep.equal([
      'QUEUED',
      'PENDING_CONFIRMATION',
      'PENDING_CHALLENGE',
      'PENDING_FUNDING',
      'EXECUTING',
      'COMPLETED',
    ]);
    const payments = w.webhooks.filter((e) => e.type === 'paymentRunPaymentWatch').map(payloadOf);
    expect(payments.map((p) => p.status)).to.deep.equal([
      'PENDING_CONFIRMATION',
      'PENDING_CHALLENGE',
      'PENDING_FUNDING',
      'AWAITING_FUNDS',
      'EXECUTING',
      'COMPLETED',
    ]);
    expect(payments[0]).to.include({ paymentRunId: id });
    expect(payments[0]).to.have.property('supplier');
    const last = w.webhooks.filter((e) => e.type === 'paymentRunWatch').at(-1)!;
    expect(JSON.parse(last.body)).to.deep.equal({
      type: 'paymentRunWatch',
      payload: (await w.creator('GET', `/v1/payment_runs/${id}`)).body,
    });
  });

  it('reports linked-account changes with buyerId and userId', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    await w.controller('POST', `/v1/linked_accounts/${account}/unlink`);
    const events = w.webhooks.filter((e) => e.type === 'linkedAccountWatch').map(payloadOf);
    expect(events.map((p) => p.status)).to.deep.equal(['LINKED', 'UNLINKED']);
    expect(events[1]).to.include({
      id: account,
      buyerId: w.sandbox.buyerId,
      userId: w.sandbox.users.controller.id,
    });
  });

  it('stops delivering after unsubscribe', async () => {
    const w = await world();
    const seen: string[] = [];
    const off = w.sandbox.onWebhook((e) => seen.push(e.type));
    off();
    await w.creator('POST', '/v1/payment_runs', { payments: [gbp('Acme Ltd')] });
    expect(seen).to.deep.equal([]);
    expect(w.webhooks).to.have.length(1);
  });
});
