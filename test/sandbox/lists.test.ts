/* eslint-disable @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-call --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { createSandbox } from '../../src/sandbox/index.js';
import { caller, expectStatus, gbp, world } from './helpers.js';

describe('sandbox: lists, linked accounts and institutions', () => {
  it('filters runs by tag, status, reference and amount, newest first, with paging', async () => {
    const w = await world();
    const make = async (tag: string, ref: string, amount: number) => {
      const res = await w.creator('POST', '/v1/payment_runs', {
        tag,
        paymentRunRef: ref,
        payments: [gbp('A Ltd', amount)],
      });
      await w.sandbox.advance(1000);
      return res.body.id as string;
    };
    const a = await make('jan', 'R-A', 1_000);
    const b = await make('feb', 'R-B', 5_000);
    const c = await make('jan', 'R-C', 9_000);
    const ids = async (query: string) => {
      const res = await expectStatus(w.creator('GET', `/v1/payment_runs${query}`), 200);
      return {
        count: res.body.count as number,
        responseCount: res.body.responseCount as number,
        ids: (res.body.paymentRuns as { id: string }[]).map((r) => r.id),
      };
    };
    expect(await ids('')).to.deep.equal({ count: 3, responseCount: 3, ids: [c, b, a] });
    expect((await ids('?tag=jan')).ids).to.deep.equal([c, a]);
    expect((await ids('?tag=jan&tag=feb')).ids).to.deep.equal([c, b, a]);
    expect((await ids('?status=PENDING_CONFIRMATION')).ids).to.deep.equal([b, a]);
    expect((await ids('?reference=R-B')).ids).to.deep.equal([b]);
    expect((await ids('?min_amount=5000&max_amount=9000')).ids).to.deep.equal([c, b]);
    expect(await ids('?offset=1&limit=1')).to.deep.equal({ count: 3, responseCount: 1, ids: [b] });
    const tooMany = await w.creator('GET', '/v1/payment_runs?limit=500');
    expect(tooMany.status, 'the schema caps limit at 100').to.equal(400);
    expect(tooMany.body.syntaxErrors.invalidFields[0]).to.deep.equal({
      fieldName: 'limit',
      error: 'RANGE',
      params: ['1', '100'],
    });
    const bad = await w.creator('GET', '/v1/payment_runs?limit=0&status=LOST');
    expect(bad.status).to.equal(400);
    expect(
      bad.body.syntaxErrors.invalidFields.map((f: { fieldName: string }) => f.fieldName),
    ).to.deep.equal(['limit', 'status']);
  });

  it('lists, gets, renames and unlinks linked accounts', async () => {
    const sandbox = createSandbox();
    const call = caller(sandbox, await sandbox.login('controller'));
    const list = await call('GET', '/v1/linked_accounts');
    expect(list.body.count).to.equal(6);
    const accounts = list.body.linkedAccounts as {
      id: string;
      currency: string;
      status: string;
      consent: { status: string; expiresIn: number };
      institution: { displayName: string; images: { icon: string } };
    }[];
    const usableGbp = accounts.filter(
      (a) => a.currency === 'GBP' && a.status === 'LINKED' && a.consent.status === 'ACTIVE',
    );
    expect(usableGbp.length).to.equal(3);
    expect(accounts.filter((a) => a.consent.status === 'EXPIRED')).to.have.length(1);
    expect(
      accounts.some((a) => a.consent.status === 'ACTIVE' && a.consent.expiresIn < 7 * 24 * 3600),
    ).to.equal(true);
    expect(accounts.find((a) => a.currency === 'EUR')!.status).to.equal('LINKED');
    expect(accounts[0].institution.images.icon).to.match(/^data:image\/svg\+xml,/);
    const id = accounts[0].id;
    expect((await call('GET', `/v1/linked_accounts/${id}`)).body).to.deep.equal(accounts[0]);
    const renamed = await call('PATCH', `/v1/linked_accounts/${id}`, { friendlyName: 'Main' });
    expect(renamed.body.friendlyName).to.equal('Main');
    const tooLong = await call('PATCH', `/v1/linked_accounts/${id}`, {
      friendlyName: 'x'.repeat(81),
    });
    expect(tooLong.body.syntaxErrors.invalidFields).to.deep.equal([
      { fieldName: 'friendlyName', error: 'SIZE', params: ['0', '80'] },
    ]);
    expect((await call('POST', `/v1/linked_accounts/${id}/unlink`)).body.status).to.equal(
      'UNLINKED',
    );
    expect((await call('POST', `/v1/linked_accounts/${id}/unlink`)).body).to.deep.equal({
      errorCode: 'LINKED_ACCOUNT_INVALID_STATE',
    });
    expect(
      (await call('PATCH', `/v1/linked_accounts/${id}`, { friendlyName: 'x' })).body,
    ).to.deep.equal({ errorCode: 'LINKED_ACCOUNT_INVALID_STATE' });
    expect((await call('GET', '/v1/linked_accounts/0123456789abcdef01234567')).status).to.equal(
      404,
    );
  });

  it('lists institutions with api-key only, with filters and paging', async () => {
    const sandbox = createSandbox({ seed: false });
    const call = caller(sandbox);
    const all = await call('GET', '/v1/institutions');
    expect(all.status).to.equal(200);
    expect(all.body.count).to.equal(all.body.institutions.length);
    for (const i of all.body.institutions) {
      expect(i).to.include.keys(
        'id',
        'displayName',
        'countries',
        'markets',
        'currencies',
        'images',
      );
      expect(i.images.logo).to.match(/^data:/);
    }
    const uk = await call('GET', '/v1/institutions?market=UK');
    expect(
      uk.body.institutions.every((i: { markets: string[] }) => i.markets.includes('UK')),
    ).to.equal(true);
    expect(
      (await call('GET', '/v1/institutions?country=DE')).body.institutions.map(
        (i: { id: string }) => i.id,
      ),
    ).to.deep.equal(['euro-sandbox-bank', 'rheinland-sparkasse']);
    expect((await call('GET', '/v1/institutions?institutionName=thames')).body.count).to.equal(1);
    expect(
      (
        await call(
          'GET',
          '/v1/institutions?institutionIds=liffey-bank&institutionIds=highland-mutual',
        )
      ).body.count,
    ).to.equal(2);
    const page = await call('GET', '/v1/institutions?offset=2&limit=3');
    expect(page.body.responseCount).to.equal(3);
    expect(page.body.count).to.equal(all.body.count);
    expect((await call('GET', '/v1/institutions?market=MARS')).status).to.equal(400);
  });
});
