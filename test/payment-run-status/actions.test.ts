import { expect } from '@open-wc/testing';
import { apiStrings } from '../../src/i18n/api-strings.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { actionsOf, button, harness, mount, root, textOf, until, nextEvent } from './helpers.js';

const dialogOf = (el: PaymentRunStatusElement) => root(el).querySelector('dialog')!;
const alertText = (el: PaymentRunStatusElement) =>
  root(el).querySelector('.alert[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = async (el: PaymentRunStatusElement) => {
  await el.updateComplete;
  await until(() => !el.matches(':state(busy)'));
  await el.updateComplete;
};

describe('<payment-run-status> actions', () => {
  it('confirm: fires payment-run-confirm first, calls the API, reports the change and the challenge once', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { roles: 'CONTROLLER' });
    const seen: string[] = [];
    el.addEventListener('payment-run-confirm', (e) => {
      expect(e.cancelable).to.equal(true);
      expect(e.detail.paymentRun.id).to.equal(run.id);
      expect(h.requests.some((r) => r.endsWith('/confirm'))).to.equal(false);
      seen.push('confirm');
    });
    el.addEventListener('payment-run-change', (e) => {
      seen.push(`change ${e.detail.previous.status} -> ${e.detail.paymentRun.status}`);
    });
    el.addEventListener('payment-run-challenge', () => seen.push('challenge'));
    button(el, 'confirm').click();
    await settle(el);
    expect(seen).to.deep.equal([
      'confirm',
      'change PENDING_CONFIRMATION -> PENDING_CHALLENGE',
      'challenge',
    ]);
    expect(h.requests.filter((r) => r.endsWith('/confirm'))).to.have.length(1);
    expect(textOf(el)).to.contain('Authorise the run');
    await el.refresh();
    expect(seen.filter((s) => s === 'challenge')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('confirm: the host can take it over with preventDefault()', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    el.addEventListener('payment-run-confirm', (e) => e.preventDefault());
    button(el, 'confirm').click();
    await settle(el);
    expect(h.requests.filter((r) => r.endsWith('/confirm'))).to.deep.equal([]);
    expect(el.paymentRun!.status).to.equal('PENDING_CONFIRMATION');
  });

  it('a double click sends one request, with one idempotency-ref', async () => {
    const h = harness();
    const run = await h.create();
    h.sandbox.faults.add({ path: `/v1/payment_runs/${run.id}/confirm`, times: 1, latencyMs: 50 });
    const el = await mount(h, run);
    let events = 0;
    el.addEventListener('payment-run-confirm', () => events++);
    button(el, 'confirm').click();
    button(el, 'confirm').click();
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(button(el, 'confirm').getAttribute('aria-disabled')).to.equal('true');
    await settle(el);
    expect(events).to.equal(1);
    expect(h.requests.filter((r) => r.endsWith('/confirm'))).to.have.length(1);
  });

  it('retrying the same intent after a failure with no answer (502) reuses its idempotency-ref', async () => {
    const h = harness();
    const run = await h.create();
    h.sandbox.faults.add({ path: `/v1/payment_runs/${run.id}/confirm`, times: 1, drop: true });
    const el = await mount(h, run);
    const failed = nextEvent(el, 'payment-run-error');
    button(el, 'confirm').click();
    expect((await failed).detail.action).to.equal('confirm');
    await settle(el);
    expect(alertText(el)).to.contain('unavailable'); // the proxy answers 502
    button(el, 'confirm').click();
    await settle(el);
    expect(el.paymentRun!.status).to.equal('PENDING_CHALLENGE');
    const refs = h.refs.filter((r) => r.includes('/confirm')).map((r) => r.split(' ')[2]);
    expect(refs).to.have.length(2);
    expect(refs[0]).to.equal(refs[1]);
  });

  it('a creator confirming gets a 403 in plain words', async () => {
    const h = harness();
    const el = await mount(h, await h.create(), { user: 'creator' });
    const failed = nextEvent(el, 'payment-run-error');
    button(el, 'confirm').click();
    const { detail } = await failed;
    expect(detail.action).to.equal('confirm');
    expect((detail.error as { kind: string }).kind).to.equal('permission');
    await settle(el);
    expect(alertText(el)).to.contain(apiStrings['error.permission']);
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('cancel: asks in a labelled modal dialog; "keep" sends nothing and returns focus', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    const cancelButton = button(el, 'cancel');
    cancelButton.focus();
    const asked = nextEvent(el, 'payment-run-cancel');
    cancelButton.click();
    expect((await asked).cancelable).to.equal(true);
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(
      root(el).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent,
    ).to.contain('Cancel this payment run?');
    await expect(el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((b) => b.textContent.includes('No, keep'))!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(cancelButton);
    expect(h.requests.some((r) => r.endsWith('/cancel'))).to.equal(false);
  });

  it('cancel: "yes" cancels the run; the timeline shows where it stopped', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    const changed = nextEvent(el, 'payment-run-change');
    button(el, 'cancel').click();
    await el.updateComplete;
    [...dialogOf(el).querySelectorAll('button')]
      .find((b) => b.textContent.includes('Yes'))!
      .click();
    const { detail } = await changed;
    expect(detail.previous.status).to.equal('PENDING_CONFIRMATION');
    expect(detail.paymentRun.status).to.equal('CANCELLED');
    await settle(el);
    expect(h.requests.filter((r) => r.endsWith('/cancel'))).to.have.length(1);
    const steps = [...root(el).querySelectorAll<HTMLElement>('.step')].map((s) => s.dataset.state);
    expect(steps).to.deep.equal(['done', 'done', 'cancelled', 'skipped', 'skipped', 'skipped']);
    expect(actionsOf(el)).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('cancel: a host that prevents payment-run-cancel gets no dialog and no call', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    el.addEventListener('payment-run-cancel', (e) => e.preventDefault());
    button(el, 'cancel').click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(h.requests.some((r) => r.endsWith('/cancel'))).to.equal(false);
  });

  it('cancel selected payments: select, payment-cancel, dialog, PUT, the payment is cancelled', async () => {
    const h = harness();
    const run = await h.create(['Acme Ltd', 'Bright Co', 'Cedar Ltd']);
    const el = await mount(h, run, { roles: 'CREATOR' });
    const target = run.payments[1];
    const box = root(el).querySelector<HTMLInputElement>(`input[data-id="${target.id}"]`)!;
    box.click();
    await el.updateComplete;
    expect(actionsOf(el)['cancel-payments']).to.equal(true);
    expect(button(el, 'cancel-payments').textContent).to.contain('(1)');
    const asked = nextEvent(el, 'payment-cancel');
    button(el, 'cancel-payments').click();
    const { detail } = await asked;
    expect(detail.paymentIds).to.deep.equal([target.id]);
    await el.updateComplete;
    expect(dialogOf(el).textContent).to.contain('Cancel 1 payment?');
    [...dialogOf(el).querySelectorAll('button')]
      .find((b) => b.textContent.includes('Yes'))!
      .click();
    await until(() => el.paymentRun!.payments[1].status === 'CANCELLED');
    await settle(el);
    expect(h.requests).to.include(`PUT /v1/payment_runs/${run.id}/cancel/payments`);
    expect(el.paymentRun!.status).to.equal('PENDING_CONFIRMATION');
    expect(root(el).querySelector(`input[data-id="${target.id}"]`)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('restart after SCA_FAILED: payment-run-restart, the API call, back to PENDING_CHALLENGE', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('SCA_FAILED'), { roles: 'CONTROLLER' });
    const events: string[] = [];
    el.addEventListener('payment-run-restart', () => events.push('restart'));
    el.addEventListener('payment-run-challenge', () => events.push('challenge'));
    button(el, 'restart').click();
    await until(() => el.paymentRun!.status === 'PENDING_CHALLENGE');
    await settle(el);
    expect(events).to.deep.equal(['restart', 'challenge']);
    expect(h.requests.filter((r) => r.endsWith('/restart'))).to.have.length(1);
    expect(textOf(el)).to.contain('The run has restarted');
  });

  it('edit supplier: checks with the builder’s validators, fires payment-update, PUTs, re-checks CoP', async () => {
    const h = harness();
    const run = await h.create(['Oak No Match Ltd']);
    const el = await mount(h, run, { user: 'creator', roles: 'CREATOR' });
    const editButton = root(el).querySelector<HTMLButtonElement>('tbody button[data-id]')!;
    editButton.click();
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    const field = (name: string) => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field('accountNumber').value = '1234';
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(field('accountNumber').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById('edit-accountNumber-error')!.textContent).to.contain('8 digits');
    expect(root(el).activeElement).to.equal(field('accountNumber'));
    expect(h.requests.some((r) => r.startsWith('PUT'))).to.equal(false);
    await expect(el).to.be.accessible();

    field('accountNumber').value = '87654321';
    field('name').value = 'Oak Trading Ltd';
    const update = nextEvent(el, 'payment-update');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await update;
    expect(detail.payments[0].supplier.name).to.equal('Oak Trading Ltd');
    expect(detail.payments[0].supplier.bankAccountDetails).to.deep.equal({
      accountNumber: '87654321',
      sortCode: '123456',
    });
    await until(() => el.paymentRun!.payments[0].supplier.name === 'Oak Trading Ltd');
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(h.requests).to.include(`PUT /v1/payment_runs/${run.id}`);
    const badge = root(el).querySelector('cop-result-badge')!;
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('Name matches');
  });

  it('"use this name" on a close match opens the editor with the holder’s name', async () => {
    const h = harness();
    const el = await mount(h, await h.create(['Blue Close Match Ltd']), { roles: 'CREATOR' });
    const badge = root(el).querySelector('cop-result-badge')!;
    badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="label"]')!.click();
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="use-name"]')!.click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal(
      'Blue Ltd Limited',
    );
  });

  it('a failed PUT keeps the editor open with the reason', async () => {
    const h = harness();
    const run = await h.create(['Acme Ltd']);
    h.sandbox.faults.add({
      path: `/v1/payment_runs/${run.id}`,
      method: 'PUT',
      times: 1,
      status: 409,
      body: JSON.stringify({ errorCode: 'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS' }),
    });
    const el = await mount(h, run);
    root(el).querySelector<HTMLButtonElement>('tbody button[data-id]')!.click();
    await el.updateComplete;
    dialogOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => !!dialogOf(el).querySelector('[role="alert"]'));
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).querySelector('[role="alert"]')!.textContent).to.contain(
      apiStrings['conflict.INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS'],
    );
  });

  it('sandbox SCA: sends the code, takes 123456, the run moves to PENDING_FUNDING', async () => {
    const h = harness();
    const run = await h.seeded('PENDING_CHALLENGE');
    const el = await mount(h, run, { sandbox: true, roles: 'CONTROLLER' });
    expect(textOf(el)).to.contain('the one-time code is 123456');
    root(el).querySelector<HTMLButtonElement>('.sca button')!.click();
    await until(() => !!root(el).querySelector('#otp'));
    expect(h.requests).to.include(`POST /simulate/v1/payment_run_sca/${run.id}/challenges/otp/SMS`);
    await expect(el).to.be.accessible();
    const otp = root(el).querySelector<HTMLInputElement>('#otp')!;
    otp.value = '000000';
    root(el).querySelector<HTMLButtonElement>('.sca button[type="submit"]')!.click();
    await until(() => otp.getAttribute('aria-invalid') === 'true');
    expect(root(el).getElementById('otp-error')!.textContent).to.contain('not right');
    otp.value = '123456';
    root(el).querySelector<HTMLButtonElement>('.sca button[type="submit"]')!.click();
    await until(() => el.paymentRun!.status === 'PENDING_FUNDING');
    await settle(el);
    expect(textOf(el)).not.to.contain('Authorise the run');
  });

  describe('every 409 in plain words', () => {
    const cases: [string, string, string[]][] = [
      [
        'confirm',
        'confirm',
        [
          'PAYMENT_RUN_ALREADY_CONFIRMED',
          'BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT',
          'LINKED_ACCOUNT_INVALID_STATE',
          'ZERO_BALANCE_ACCOUNT_INVALID_STATE',
          'IDEMPOTENT_REQUEST_IN_PROGRESS',
        ],
      ],
      ['cancel', 'cancel', ['CANNOT_CANCEL_PAYMENT_RUN', 'IDEMPOTENT_REQUEST_IN_PROGRESS']],
      [
        'cancel-payments',
        'cancel/payments',
        ['CANNOT_CANCEL_PAYMENT_RUN_PAYMENT', 'PAYMENT_RUN_PAYMENT_INVALID_STATE'],
      ],
      [
        'update-payment',
        '',
        [
          'PAYMENT_RUN_INVALID_STATE',
          'PAYMENT_RUN_DUPLICATE_PAYMENT_ID',
          'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS',
          'MISSING_SUPPLIER_TYPE',
        ],
      ],
      ['restart', 'restart', ['PAYMENT_RUN_INVALID_STATE']],
    ];
    for (const [action, suffix, codes] of cases) {
      it(`${action}: ${codes.join(', ')}`, async () => {
        const h = harness();
        const run = await h.create();
        const el = await mount(h, run);
        for (const errorCode of codes) {
          h.sandbox.faults.add({
            path: `/v1/payment_runs/${run.id}${suffix ? `/${suffix}` : ''}`,
            method: action === 'cancel-payments' || action === 'update-payment' ? 'PUT' : 'POST',
            times: 1,
            status: 409,
            body: JSON.stringify({ errorCode }),
          });
          const failed = nextEvent(el, 'payment-run-error');
          if (action === 'confirm') void el.confirm();
          if (action === 'cancel') void el.cancel({ skipConfirmation: true });
          if (action === 'restart') void el.restart();
          if (action === 'cancel-payments')
            void el.cancelPayments([run.payments[0].id], { skipConfirmation: true });
          if (action === 'update-payment')
            void el.updateSupplier(run.payments[0].id, run.payments[0].supplier);
          const { detail } = await failed;
          expect(detail.action).to.equal(action);
          expect((detail.error as { errorCode: string }).errorCode).to.equal(errorCode);
          await settle(el);
          if (action !== 'update-payment') {
            expect(alertText(el)).to.contain(
              apiStrings[`conflict.${errorCode}` as keyof typeof apiStrings],
            );
          }
        }
        await expect(el).to.be.accessible();
      });
    }

    it('by state: restarting a run that did not fail SCA, confirming a confirmed one', async () => {
      const h = harness();
      const el = await mount(h, await h.seeded('PENDING_FUNDING'));
      const restart = nextEvent(el, 'payment-run-error');
      void el.restart();
      expect(((await restart).detail.error as { errorCode: string }).errorCode).to.equal(
        'PAYMENT_RUN_INVALID_STATE',
      );
      await settle(el);
      const confirm = nextEvent(el, 'payment-run-error');
      void el.confirm();
      expect(((await confirm).detail.error as { errorCode: string }).errorCode).to.equal(
        'PAYMENT_RUN_ALREADY_CONFIRMED',
      );
      await settle(el);
      expect(alertText(el)).to.contain(apiStrings['conflict.PAYMENT_RUN_ALREADY_CONFIRMED']);
    });
  });
});
