/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { createSandbox } from '../../src/sandbox/index.js';
import { caller, expectStatus, world } from './helpers.js';

describe('sandbox: simulator endpoints', () => {
  it('creates a linked account (201 with createdAt) and checks the buyer and currency', async () => {
    const w = await world();
    const open = caller(w.sandbox); // api-key only
    const created = await open('POST', '/simulate/v1/linked_accounts', {
      buyerId: w.sandbox.buyerId,
      accountIdentification: { iban: 'BE68539007547034' },
    });
    expect(created.status).to.equal(201);
    expect(created.body).to.include({ currency: 'EUR', status: 'LINKED' });
    expect(created.body.consent.status).to.equal('ACTIVE');
    expect(created.body.createdAt).to.equal(new Date(w.sandbox.now()).toISOString());
    expect(
      (
        await open('POST', '/simulate/v1/linked_accounts', {
          buyerId: '1',
          accountIdentification: { iban: 'BE68539007547034' },
        })
      ).body,
    ).to.deep.equal({ errorCode: 'BUYER_ID_INVALID' });
    expect(
      (
        await open('POST', '/simulate/v1/linked_accounts', {
          buyerId: w.sandbox.buyerId,
          currency: 'GBP',
          accountIdentification: { iban: 'BE68539007547034' },
        })
      ).body,
    ).to.deep.equal({ errorCode: 'UNSUPPORTED_CURRENCY' });
    const bad = await open('POST', '/simulate/v1/linked_accounts', {
      accountIdentification: { accountNumber: '1', sortCode: '123456' },
    });
    expect(
      bad.body.syntaxErrors.invalidFields.map((f: { fieldName: string }) => f.fieldName),
    ).to.deep.equal(['buyerId', 'accountIdentification.accountNumber']);
  });

  it('changes, expires and extends consent', async () => {
    const sandbox = createSandbox({ seed: false, tokenLifetimeMs: 365 * 24 * 3600_000 });
    const open = caller(sandbox);
    const controller = caller(sandbox, await sandbox.login('controller'));
    const id = (
      await open('POST', '/simulate/v1/linked_accounts', {
        buyerId: sandbox.buyerId,
        accountIdentification: { accountNumber: '12345678', sortCode: '123456' },
      })
    ).body.id as string;
    const before = (await controller('GET', `/v1/linked_accounts/${id}`)).body.consent;
    await sandbox.advance(10 * 24 * 3600_000);
    await expectStatus(open('POST', `/simulate/v1/consents/${id}/extend`), 204);
    const after = (await controller('GET', `/v1/linked_accounts/${id}`)).body.consent;
    expect(Date.parse(after.expiresAt)).to.be.greaterThan(Date.parse(before.expiresAt));
    expect(
      (await open('POST', `/simulate/v1/consents/${id}/change_status`, { action: 'MAYBE' })).status,
    ).to.equal(400);
    await expectStatus(
      open('POST', `/simulate/v1/consents/${id}/change_status`, { action: 'REVOKED' }),
      204,
    );
    expect((await controller('GET', `/v1/linked_accounts/${id}`)).body.consent.status).to.equal(
      'REVOKED',
    );
    expect((await open('POST', `/simulate/v1/consents/${id}/extend`)).body).to.deep.equal({
      errorCode: 'CONSENT_EXPIRED',
    });
    expect(
      (await open('POST', '/simulate/v1/consents/0123456789abcdef01234567/extend')).body,
    ).to.deep.equal({ errorCode: 'LINKED_ACCOUNT_NOT_FOUND' });
    // A consent runs out on the sandbox clock.
    const other = (
      await open('POST', '/simulate/v1/linked_accounts', {
        buyerId: sandbox.buyerId,
        accountIdentification: { accountNumber: '87654321', sortCode: '123456' },
      })
    ).body.id as string;
    await sandbox.advance(90 * 24 * 3600_000);
    expect((await controller('GET', `/v1/linked_accounts/${other}`)).body.consent).to.include({
      status: 'EXPIRED',
      expiresIn: 0,
    });
  });

  it('verifies a PENDING_FUNDING linked account, and deletes accounts', async () => {
    const sandbox = createSandbox();
    const controller = caller(sandbox, await sandbox.login('controller'));
    const accounts = (await controller('GET', '/v1/linked_accounts')).body.linkedAccounts as {
      id: string;
      status: string;
    }[];
    const pending = accounts.find((a) => a.status === 'PENDING_FUNDING')!;
    await expectStatus(controller('POST', `/simulate/v1/linked_accounts/${pending.id}/fund`), 204);
    expect((await controller('GET', `/v1/linked_accounts/${pending.id}`)).body.status).to.equal(
      'LINKED',
    );
    expect(
      (await controller('POST', `/simulate/v1/linked_accounts/${pending.id}/fund`)).body,
    ).to.deep.equal({ errorCode: 'STATE_INVALID' });
    await expectStatus(controller('DELETE', `/simulate/v1/linked_accounts/${pending.id}`), 204);
    expect((await controller('GET', `/v1/linked_accounts/${pending.id}`)).status).to.equal(404);
  });

  it('refuses to delete an account that is funding a group, and fund_group on an unknown group', async () => {
    const sandbox = createSandbox();
    const creator = caller(sandbox, await sandbox.login('creator'));
    const controller = caller(sandbox, await sandbox.login('controller'));
    const executing = (
      (await creator('GET', '/v1/payment_runs?status=EXECUTING')).body.paymentRuns as {
        id: string;
      }[]
    )[0];
    const euro = (
      (await controller('GET', '/v1/linked_accounts')).body.linkedAccounts as {
        id: string;
        currency: string;
      }[]
    ).find((a) => a.currency === 'EUR')!;
    const groups = await controller(
      'GET',
      `/v1/payment_runs/${executing.id}/fund?linkedAccountIds=${euro.id}`,
    );
    expect(groups.body.fundingInstructions.map((g: { status: string }) => g.status)).to.deep.equal([
      'COMPLETED',
      'AWAITING_FUNDS',
    ]);
    expect(
      (await controller('DELETE', `/simulate/v1/linked_accounts/${euro.id}`)).body,
    ).to.deep.equal({ errorCode: 'STATE_INVALID' });
    expect(
      (await controller('POST', `/simulate/v1/payment_runs/${executing.id}/fund_group/NOPE`))
        .status,
    ).to.equal(404);
    await expectStatus(
      controller(
        'POST',
        `/simulate/v1/payment_runs/${executing.id}/fund_group/${groups.body.fundingInstructions[1].reference}`,
      ),
      201,
    );
    await sandbox.advance(3000);
    expect((await creator('GET', `/v1/payment_runs/${executing.id}`)).body.status).to.equal(
      'COMPLETED',
    );
  });
});
