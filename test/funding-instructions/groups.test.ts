import { expect } from '@open-wc/testing';
import { createPaymentRunClient } from '../../src/api/index.js';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  waitUntil,
  nextEvent,
  $,
  $$,
  PROXY,
  choose,
  gbp,
  mount,
  pendingFundingRun,
  seededRun,
  shown,
  simulate,
  startFunding,
  text,
} from './helpers.js';

const groupStatus = (group: Element) => text(group.querySelector('.status'));

describe('<funding-instructions> funding groups', () => {
  it('starts funding with the chosen account and shows the one group', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    await startFunding(el);

    const groups = $$(el, '[part="group"]');
    expect(groups).to.have.length(1);
    const group = groups[0];
    expect(groupStatus(group)).to.equal('Awaiting funds');
    expect(text(group.querySelector('dl'))).to.contain('£1,500.00');
    expect(text(group.querySelector('dl'))).to.contain('Not funded yet');
    expect(text(group.querySelector('summary'))).to.equal('Show the 2 payments');
    expect(text($(el, '#groups-title + p'))).to.contain('Pay this group from your bank');
    expect(text($(el, '#progress-text'))).to.contain('0 of 1 group funded');
    expect(el.shadowRoot!.activeElement?.id).to.equal('groups-title');
    await waitUntil(() => text($(el, '[role="status"][aria-live]')).includes('1 funding group'));
    await expect(el).to.be.accessible();

    // The payments on demand.
    group.querySelector('summary')!.click();
    await el.updateComplete;
    const rows = $$(el, '[part="group"] tbody tr');
    expect(rows.map((r) => text(r.querySelector('td')))).to.deep.equal([
      'Acme Office Supplies Ltd',
      'Bright Cleaning Co',
    ]);
    await expect(el).to.be.accessible();

    // The API has the groups too: funding really started with that account.
    const run = await setup.clientFor('controller').getPaymentRun(id);
    expect(run.payments.map((p) => p.status)).to.deep.equal(['AWAITING_FUNDS', 'AWAITING_FUNDS']);
  });

  it('explains a run split into several groups by the bank’s limit, with progress', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const id = await pendingFundingRun(setup, [
      gbp('Acme Office Supplies Ltd', 90_000, 'INV-1'),
      gbp('Bright Cleaning Co', 60_000, 'INV-2'),
      gbp('Harbour Logistics Ltd', 30_000, 'INV-3'),
    ]);
    const el = await mount(setup.clientFor('controller'), id, { sandbox: setup });
    await choose(el, 'Operating account');
    await startFunding(el);
    const groups = $$(el, '[part="group"]');
    expect(groups).to.have.length(2);
    expect(text($(el, '#groups-title + p'))).to.contain('split into 2 funding groups');
    expect(text($(el, '#progress-text'))).to.contain('0 of 2 groups funded');
    expect(text($(el, '#progress-text'))).to.contain('£0.00 of £1,800.00 funded');
    await expect(el).to.be.accessible();

    // Fund the first group: progress moves.
    groups[0].querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
    await waitUntil(() => text($(el, '#progress-text')).includes('1 of 2 groups funded'));
    expect(text($(el, '#progress-text'))).to.contain('£900.00 of £1,800.00 funded');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('fires funding-start and, in sandbox mode, funds the group until the run completes', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const controller = setup.clientFor('controller');
    const accounts = (await controller.listLinkedAccounts()).linkedAccounts;
    const payroll = accounts.find((a) => a.friendlyName === 'Payroll account')!;
    const el = await mount(controller, id, { sandbox: setup, pollInterval: 30 });
    await choose(el, 'Payroll account');
    await startFunding(el);

    const pay = $<HTMLButtonElement>(el, '[part="pay-button"]')!;
    setTimeout(() => pay.click());
    const event = await nextEvent(el, 'funding-start');
    expect(event.cancelable).to.equal(false);
    expect(event.detail.paymentRunId).to.equal(id);
    expect(event.detail.linkedAccountId).to.equal(payroll.id);
    expect(event.detail.group.status).to.equal('AWAITING_FUNDS');

    await waitUntil(() => groupStatus($(el, '[part="group"]')!) === 'Paying');
    expect($(el, '[part="pay-button"]')).to.equal(null);
    expect($(el, '[part="group"] button.danger'), 'no cancel once funded').to.equal(null);
    await expect(el).to.be.accessible();

    await setup.sandbox.advance(3_000);
    await waitUntil(() => groupStatus($(el, '[part="group"]')!) === 'Completed', 'not completed');
    await waitUntil(() => text($(el, 'header')).includes('Completed'));
    expect(text($(el, '#progress-text'))).to.contain('1 of 1 group funded');
    expect(text($(el, '.notice'))).to.contain(
      'Every group is final. The payment run is Completed.',
    );
    expect(text($(el, '[part="group"] dl'))).not.to.contain('Not funded yet');
    // Worded for what happened, not for what is still to do.
    expect(text($(el, '#groups-intro'))).to.equal(
      'This run was paid from your bank in one funding group.',
    );
    expect(text($(el, 'header'))).to.contain('Total paid: £1,500.00');
    expect(text($(el, 'header'))).not.to.contain('Total to fund');
    expect((await controller.getPaymentRun(id)).status).to.equal('COMPLETED');
    expect(el.matches(':state(busy)')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without sandbox mode only hands the group to the host', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    await choose(el, 'Operating account');
    await startFunding(el);
    let starts = 0;
    el.addEventListener('funding-start', () => starts++);
    $<HTMLButtonElement>(el, '[part="pay-button"]')!.click();
    await el.updateComplete;
    expect(starts).to.equal(1);
    expect(text($(el, '[part="group"]'))).to.contain('Your bank payment was started');
    await el.refresh();
    expect(groupStatus($(el, '[part="group"]')!)).to.equal('Awaiting funds');
  });

  it('shows the groups of a run whose funding started elsewhere (partly funded)', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await seededRun(setup, 'EU-2026-01'));
    await shown(el, '[part="group"]');
    const statuses = $$(el, '[part="group"]').map(groupStatus);
    expect(statuses).to.deep.equal(['Completed', 'Awaiting funds']);
    expect(text($(el, '#progress-text'))).to.contain('1 of 2 groups funded');
    await expect(el).to.be.accessible();
  });
});

describe('<funding-instructions> group buttons', () => {
  it('names each group’s Pay and Cancel by its reference and amount, after the visible text', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const id = await pendingFundingRun(setup, [
      gbp('Acme Office Supplies Ltd', 90_000, 'INV-1'),
      gbp('Bright Cleaning Co', 60_000, 'INV-2'),
    ]);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    await startFunding(el);
    const names = (selector: string) => $$(el, selector).map((b) => text(b));
    const pays = names('[part="pay-button"]');
    const cancels = names('[part="group"] button.danger');
    const refs = $$(el, '[part="group"] h4').map((h) => h.dataset.group!);
    expect(pays).to.deep.equal([
      `Pay from your bank: group ${refs[0]}, £900.00`,
      `Pay from your bank: group ${refs[1]}, £600.00`,
    ]);
    expect(cancels).to.deep.equal([
      `Cancel group: group ${refs[0]}, £900.00`,
      `Cancel group: group ${refs[1]}, £600.00`,
    ]);
    // What is seen is the start of the name (WCAG 2.5.3 Label in Name).
    for (const button of $$(el, '[part="group"] button')) {
      const visible = [...button.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim();
      expect(text(button).startsWith(visible)).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });
});

describe('<funding-instructions> group cancel', () => {
  it('confirms in a modal dialog, then cancels once per intent', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const refs: string[] = [];
    const spy: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/cancel')) refs.push(request.headers.get('idempotency-ref') ?? '');
      return setup.fetch(request);
    };
    const client = createPaymentRunClient({
      apiBase: PROXY,
      getToken: () => setup.sandbox.login('controller'),
      fetch: spy,
      retries: 1,
    });
    const id = await pendingFundingRun(setup, [
      gbp('Acme Office Supplies Ltd', 90_000, 'INV-1'),
      gbp('Bright Cleaning Co', 60_000, 'INV-2'),
    ]);
    const el = await mount(client, id);
    await choose(el, 'Operating account');
    await startFunding(el);
    const [first] = $$(el, '[part="group"]');
    const cancel = first.querySelector<HTMLButtonElement>('button.danger')!;
    expect(text($(el, `#${cancel.getAttribute('aria-describedby')}`))).to.match(/^Group FG/);

    cancel.focus();
    setTimeout(() => cancel.click());
    const event = await nextEvent(el, 'funding-group-cancel');
    expect(event.cancelable).to.equal(true);
    expect(event.detail.paymentRunId).to.equal(id);
    const reference = event.detail.group.reference;
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text($(el, `#${dialog.getAttribute('aria-labelledby')}`))).to.equal(
      `Cancel group ${reference}?`,
    );
    expect(text($(el, '#cancel-text'))).to.contain('£900.00');
    await expect(el).to.be.accessible();

    // The first try fails (the client's retry too): the error shows in the dialog.
    const remove = setup.sandbox.faults.add({
      path: /\/cancel$/,
      method: 'POST',
      times: 2,
      status: 503,
    });
    dialog.querySelector<HTMLButtonElement>('button.danger')!.click();
    await shown(el, 'dialog [role="alert"]');
    expect(text($(el, 'dialog [role="alert"]'))).to.contain('unavailable right now');
    await expect(el).to.be.accessible();
    remove();

    // Retrying the same intent sends the same idempotency-ref.
    dialog.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close');
    await waitUntil(() => groupStatus($$(el, '[part="group"]')[0]) === 'Cancelled');
    expect(refs).to.have.length(3);
    expect(new Set(refs).size).to.equal(1);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-group')).to.equal(reference);
    expect(text($(el, '#progress-text'))).to.contain('0 of 1 group funded');
    // A cancelled group says so, and has no "Funded on".
    const cancelledGroup = $$(el, '[part="group"]')[0];
    expect(text(cancelledGroup)).to.contain(
      'Cancelled: the payments in this group will not be paid.',
    );
    expect(text(cancelledGroup.querySelector('dl'))).not.to.contain('Funded on');
    expect(text($$(el, '[part="group"]')[1].querySelector('dl'))).to.contain('Not funded yet');
    expect($$(el, '[part="group"]')[0].querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();

    // A new intent gets a new ref.
    $$(el, '[part="group"]')[1].querySelector<HTMLButtonElement>('button.danger')!.click();
    await el.updateComplete;
    dialog.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitUntil(() => !dialog.open);
    expect(new Set(refs).size).to.equal(2);
    await waitUntil(() => text($(el, 'header')).includes('Cancelled'));
  });

  it('keeps the group when the user changes their mind, and returns focus', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    await choose(el, 'Operating account');
    await startFunding(el);
    const cancel = $<HTMLButtonElement>(el, '[part="group"] button.danger')!;
    cancel.focus();
    cancel.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLButtonElement>('button:not(.danger)')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(cancel);
    expect(groupStatus($(el, '[part="group"]')!)).to.equal('Awaiting funds');
  });

  it('leaves the cancel to a host that prevents funding-group-cancel', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    await choose(el, 'Operating account');
    await startFunding(el);
    el.addEventListener('funding-group-cancel', (e) => e.preventDefault());
    $<HTMLButtonElement>(el, '[part="group"] button.danger')!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('refuses a cancel once the group is no longer awaiting funds (409 by state)', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    await startFunding(el);
    $<HTMLButtonElement>(el, '[part="group"] button.danger')!.click();
    await el.updateComplete;
    // Meanwhile the funds arrive.
    const reference = text($(el, '[part="group"] dd'));
    expect((await simulate(setup, `payment_runs/${id}/fund_group/${reference}`)).status).to.equal(
      201,
    );
    $<HTMLButtonElement>(el, 'dialog button.danger')!.click();
    const alert = await shown(el, 'dialog [role="alert"]');
    expect(text(alert)).to.contain('can only be cancelled while it awaits funds');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog button:not(.danger)')!.click();
    await waitUntil(() => groupStatus($(el, '[part="group"]')!) === 'Paying');
    expect($(el, '[part="group"] button.danger')).to.equal(null);
  });
});

describe('<funding-instructions> in the page', () => {
  it('aborts its work when removed and loads again when put back', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => $(el, '[part="start-button"]') && !$(el, '.skeleton'));
    expect(el.matches(':state(error)')).to.equal(false);
  });
});
