import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { actionsOf, harness, mount, root, textOf, until, nextEvent } from './helpers.js';

/** What a user must see per status: label, explanation, and how the timeline ends. */
const EXPECTED: Record<string, { label: string; says: string; steps: string }> = {
  QUEUED: {
    label: 'Validating',
    says: 'checking the payments',
    steps: 'done current todo todo todo todo',
  },
  PENDING_CONFIRMATION: {
    label: 'Awaiting confirmation',
    says: 'a controller confirms the run',
    steps: 'done done current todo todo todo',
  },
  PENDING_CHALLENGE: {
    label: 'Awaiting authorisation',
    says: 'must now authorise this run with the one-time code',
    steps: 'done done done current todo todo',
  },
  SCA_FAILED: {
    label: 'Authorisation failed',
    says: 'A controller can restart the run',
    steps: 'done done done failed todo todo',
  },
  PENDING_FUNDING: {
    label: 'Awaiting funding',
    says: 'funds it from a linked bank account',
    steps: 'done done done done current todo',
  },
  EXECUTING: {
    label: 'Paying',
    says: 'the payments are being made',
    steps: 'done done done done done current',
  },
  COMPLETED: {
    label: 'Completed',
    says: 'All payments were made',
    steps: 'done done done done done done',
  },
  COMPLETED_WITH_ERRORS: {
    label: 'Completed with errors',
    says: 'but 2 failed or came back',
    steps: 'done done done done done warning',
  },
  CANCELLED: {
    label: 'Cancelled',
    says: 'Nothing more will be paid',
    steps: 'done cancelled skipped skipped skipped skipped',
  },
  INVALID: {
    label: 'Invalid',
    says: 'found this run invalid, so nothing will be paid',
    steps: 'done failed skipped skipped skipped skipped',
  },
};

/**
 * Enabled actions per status and roles (`cancel-payments` waits for a selection, so it is shown
 * but disabled). `undefined` roles: the host did not say, the API decides.
 */
const ACTIONS: Record<string, Record<string, Record<string, boolean>>> = {
  QUEUED: { CREATOR: { cancel: true }, CONTROLLER: { cancel: true } },
  PENDING_CONFIRMATION: {
    CREATOR: { confirm: false, 'cancel-payments': false, cancel: true },
    CONTROLLER: { confirm: true, 'cancel-payments': false, cancel: true },
  },
  PENDING_CHALLENGE: { CREATOR: { cancel: true }, CONTROLLER: { cancel: true } },
  SCA_FAILED: { CREATOR: { restart: false }, CONTROLLER: { restart: true } },
  PENDING_FUNDING: { CREATOR: { cancel: true }, CONTROLLER: { cancel: true } },
  EXECUTING: { CREATOR: {}, CONTROLLER: {} },
  COMPLETED: { CREATOR: {}, CONTROLLER: {} },
  COMPLETED_WITH_ERRORS: { CREATOR: {}, CONTROLLER: {} },
  CANCELLED: { CREATOR: {}, CONTROLLER: {} },
  INVALID: { CREATOR: {}, CONTROLLER: {} },
};

const stepsOf = (el: PaymentRunStatusElement) =>
  [...root(el).querySelectorAll<HTMLElement>('.step')].map((s) => s.dataset.state).join(' ');

describe('<payment-run-status> display', () => {
  for (const [status, expected] of Object.entries(EXPECTED)) {
    it(`${status}: shows what a user needs and exactly the allowed actions per role`, async () => {
      const h = harness();
      const run =
        status === 'QUEUED'
          ? await h.create(undefined, { validate: false })
          : await h.seeded(status);
      for (const roles of ['CREATOR', 'CONTROLLER'] as const) {
        const el = await mount(h, run, { roles });
        const text = textOf(el);
        expect(root(el).querySelector('.header .chip')!.textContent.trim()).to.equal(
          expected.label,
        );
        expect(text).to.contain(expected.says);
        expect(stepsOf(el)).to.equal(expected.steps);
        expect(text).to.contain(run.description ?? run.paymentRunRef ?? run.id);
        expect(root(el).querySelectorAll('tbody tr').length).to.equal(run.payments.length);
        if (run.statusReason) expect(text).to.contain(run.statusReason);
        expect(actionsOf(el), roles).to.deep.equal(ACTIONS[status][roles]);
        if (!Object.keys(ACTIONS[status][roles]).length && status !== 'EXECUTING') {
          expect(text).to.contain('No actions are possible');
        }
        // Disabled actions say why.
        for (const b of root(el).querySelectorAll('[part="actions"] [aria-disabled="true"]')) {
          const reason = root(el).getElementById(b.getAttribute('aria-describedby')!);
          expect(reason?.textContent).to.match(/Only|Select/);
        }
        await expect(el).to.be.accessible();
      }
    });
  }

  it('without roles every action the status allows is enabled (the API decides)', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_CONFIRMATION'), { user: 'creator' });
    expect(actionsOf(el)).to.deep.equal({ confirm: true, 'cancel-payments': false, cancel: true });
  });

  it('an empty roles attribute says nothing about the user, like none', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_CONFIRMATION'), { roles: '' });
    expect(el.roles).to.equal(undefined);
    expect(actionsOf(el).confirm).to.equal(true);
  });

  it('offers "edit supplier" to a creator and shows it disabled with the reason to a controller', async () => {
    const h = harness();
    const run = await h.seeded('PENDING_CONFIRMATION');
    const creator = await mount(h, run, { roles: 'CREATOR' });
    const edits = root(creator).querySelectorAll('tbody button[aria-label^="Edit supplier"]');
    expect(edits.length).to.equal(run.payments.length);
    expect(edits[0].getAttribute('aria-disabled')).to.equal('false');
    const controller = await mount(h, run, { roles: 'CONTROLLER' });
    const edit = root(controller).querySelector('tbody button[aria-label^="Edit supplier"]')!;
    expect(edit.getAttribute('aria-disabled')).to.equal('true');
    expect(
      root(controller).getElementById(edit.getAttribute('aria-describedby')!)!.textContent,
    ).to.equal('Only the creator role can do this.');
  });

  it('lists every payment with supplier, masked account, amount, reference and CoP badge; one shared status is said once', async () => {
    const h = harness();
    const run = await h.seeded('PENDING_CONFIRMATION');
    const el = await mount(h, run);
    const payment = run.payments.find((p) => p.supplier.name === 'Blue Close Match Ltd')!;
    const row = root(el).querySelector<HTMLTableRowElement>(`tr[data-id="${payment.id}"]`)!;
    const text = row.textContent.replace(/\s+/g, ' ');
    const details = payment.supplier.bankAccountDetails as { accountNumber: string };
    expect(text).to.contain('Blue Close Match Ltd');
    expect(text).to.contain(`Account ending•••• ${details.accountNumber.slice(-4)}`);
    expect(text).not.to.contain(details.accountNumber);
    expect(text).to.contain('£420.00');
    expect(text).to.contain('INV-1702');
    // Every payment awaits confirmation: the toolbar says so once instead of a column repeating it.
    expect(text).not.to.contain('Awaiting confirmation');
    expect(root(el).querySelector('.toolbar')!.textContent).to.contain(
      'Every payment: Awaiting confirmation',
    );
    expect(root(el).querySelector('button[data-key="status"]')).to.equal(null);
    const badge = row.querySelector('cop-result-badge')!;
    expect(badge.shadowRoot!.textContent).to.contain('Close match');
  });

  it('masks an IBAN to its last four characters', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('EXECUTING'));
    const text = textOf(el);
    expect(text).to.contain('IBAN ending•••• 3000');
    expect(text).not.to.contain('DE89370400440532013000');
  });

  it('totals the payments by status, money in the locale', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('COMPLETED_WITH_ERRORS'));
    const totals = root(el).querySelector('[part="totals"]')!.textContent.replace(/\s+/g, ' ');
    expect(totals).to.contain('Paid');
    expect(totals).to.contain('1 payment · £2,100.00');
    expect(totals).to.contain('Failed');
    expect(totals).to.contain('Returned');
    expect(totals).to.contain('All payments 3 payments · £2,349.00');
  });

  it('sorts by a column (aria-sort) and filters by status', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('COMPLETED_WITH_ERRORS'));
    const names = () =>
      [...root(el).querySelectorAll('tbody th')].map(
        (th) => th.firstChild!.textContent!.trim() || th.textContent.trim().split('\n')[0],
      );
    const sortBy = async (key: string) => {
      root(el).querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)!.click();
      await el.updateComplete;
    };
    // Payments in different statuses: each row shows its own.
    expect(root(el).querySelectorAll('tbody .status .chip').length).to.equal(3);
    await sortBy('amount');
    expect(names()[0]).to.contain('Goods Returned Ltd');
    expect(
      root(el).querySelector('button[data-key="amount"]')!.parentElement!.getAttribute('aria-sort'),
    ).to.equal('ascending');
    await sortBy('amount');
    expect(names()[0]).to.contain('Harbour Logistics Ltd');
    const select = root(el).querySelector<HTMLSelectElement>('#filter')!;
    select.value = 'FAILED';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(1);
    expect(textOf(el)).to.contain('Showing 1 of 3 payments');
    await expect(el).to.be.accessible();
  });

  it('shows statuses it does not know as sent, never crashing', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_FUNDING'));
    const run = el.paymentRun!;
    el.paymentRun = {
      ...run,
      status: 'VERIFYING_REQUIREMENTS',
      payments: run.payments.map((p) => ({ ...p, status: 'PENDING_FUNDS' })),
    };
    await el.updateComplete;
    const text = textOf(el);
    expect(root(el).querySelector('.header .chip')!.textContent.trim()).to.equal(
      'VERIFYING_REQUIREMENTS',
    );
    expect(text).to.contain('reports the status “VERIFYING_REQUIREMENTS”');
    expect(root(el).querySelector('[part="totals"] .chip')!.textContent.trim()).to.equal(
      'PENDING_FUNDS',
    );
    expect(root(el).querySelector('.toolbar')!.textContent).to.contain(
      'Every payment: PENDING_FUNDS',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading (:state(loading)), then the run', async () => {
    const h = harness();
    const run = await h.seeded('COMPLETED');
    h.sandbox.faults.add({
      path: `/v1/payment_runs/${run.id}`,
      method: 'GET',
      times: 1,
      latencyMs: 150,
    });
    const el = await fixture<PaymentRunStatusElement>(
      html`<payment-run-status
        payment-run-id=${run.id}
        poll-interval="0"
        .client=${h.client('controller')}
      ></payment-run-status>`,
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(root(el).querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
    await until(() => !!el.paymentRun);
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(root(el).querySelector('[part="skeleton"]')).to.equal(null);
  });

  it('shows a load error with Retry, and fires payment-run-error { action: "load" }', async () => {
    const h = harness();
    const run = await h.seeded('COMPLETED');
    h.sandbox.faults.add({
      path: `/v1/payment_runs/${run.id}`,
      method: 'GET',
      times: 1,
      status: 404,
      body: JSON.stringify({ code: 'NOT_FOUND', message: 'nope' }),
    });
    const el = document.createElement('payment-run-status');
    el.pollInterval = 0;
    el.client = h.client('controller');
    el.paymentRunId = run.id;
    const failed = nextEvent(el, 'payment-run-error');
    await fixture(html`<div>${el}</div>`);
    const { detail } = await failed;
    expect(detail.action).to.equal('load');
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be found');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => !!el.paymentRun);
    await el.updateComplete;
    expect(textOf(el)).to.contain('Completed');
  });

  it('shows a configuration error when it has no client', async () => {
    const el = await fixture<PaymentRunStatusElement>(
      html`<payment-run-status payment-run-id="0123456789abcdef01234567"></payment-run-status>`,
    );
    await until(() => !!root(el).querySelector('[role="alert"]'));
    expect(textOf(el)).to.contain('This component is not set up');
  });

  it('renders in another locale and in dark', async () => {
    const h = harness();
    const run = await h.seeded('COMPLETED');
    const el = await mount(h, run);
    el.locale = 'de-DE';
    el.theme = 'dark';
    await el.updateComplete;
    expect(textOf(el)).to.contain('1.250,00 £');
    await expect(el).to.be.accessible();
  });
});
