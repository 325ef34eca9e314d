/** The `bank-payment` slot: the host's open-banking UI, in light DOM, in the group being paid. */
import { expect, fixture, html } from '@open-wc/testing';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  $,
  $$,
  choose,
  gbp,
  nextEvent,
  pendingFundingRun,
  simulate,
  startFunding,
  waitUntil,
} from './helpers.js';

const shows = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

describe('<funding-instructions> bank-payment slot', () => {
  it('shows the host’s bank step inside the group being paid, only while it is paid', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const id = await pendingFundingRun(setup, [
      gbp('Acme Office Supplies Ltd', 90_000, 'INV-1'),
      gbp('Bright Cleaning Co', 60_000, 'INV-2'),
    ]);
    const el = await fixture<FundingInstructionsElement>(html`
      <funding-instructions
        .client=${setup.clientFor('controller')}
        poll-interval="0"
        payment-run-id=${id}
      >
        <div slot="bank-payment" id="bank-ui" style="height: 120px">Your bank's secure page</div>
      </funding-instructions>
    `);
    const bank = el.querySelector('#bank-ui')!;
    await waitUntil(() => $(el, '[part="accounts"]'), 'the accounts did not show');
    expect(shows(bank), 'hidden while choosing the account').to.equal(false);
    await choose(el, 'Operating account');
    await startFunding(el);
    expect(shows(bank), 'hidden before Pay').to.equal(false);
    expect(bank.assignedSlot).to.equal(null);

    // Pay the second group: the slot shows in that group's card, in light DOM.
    const second = $$(el, '[part="group"]')[1];
    setTimeout(() => second.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click());
    const event = await nextEvent(el, 'funding-start');
    await el.updateComplete;
    expect(bank.parentElement).to.equal(el);
    expect(shows(bank), 'shown once the payment started').to.equal(true);
    expect(second.contains(bank.assignedSlot)).to.equal(true);
    const card = second.getBoundingClientRect();
    const box = bank.getBoundingClientRect();
    expect(box.top >= card.top && box.bottom <= card.bottom, 'inside the group').to.equal(true);
    expect(box.left >= card.left && box.right <= card.right, 'inside the group').to.equal(true);
    await expect(el).to.be.accessible();

    // The funds arrive: the bank step is over and the slot is gone.
    const reference = event.detail.group.reference;
    expect((await simulate(setup, `payment_runs/${id}/fund_group/${reference}`)).status).to.equal(
      201,
    );
    await el.refresh();
    await waitUntil(() => !shows(bank), 'the bank step still shows once funded');
    expect(bank.assignedSlot).to.equal(null);
  });
});
