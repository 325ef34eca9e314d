import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import {
  $,
  $$,
  builder,
  errorOf,
  field,
  fillRow,
  frame,
  GOOD_FPS,
  once,
  type,
  until,
} from './helpers.js';

describe('<payment-run-builder> editing', () => {
  it('starts with one empty payment line and is accessible', async () => {
    const el = await builder();
    expect($$(el, '.row')).to.have.length(1);
    expect(el.rowCount).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a wrong character while typing, but an incomplete value only once the field is left', async () => {
    const el = await builder();
    const input = field(el, 0, 'accountNumber');
    input.value = '1234';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(errorOf(el, 0, 'accountNumber')).to.equal(undefined);
    input.value = '1234x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(errorOf(el, 0, 'accountNumber')).to.contain('digits only');
    await type(el, 0, 'accountNumber', '1234');
    expect(errorOf(el, 0, 'accountNumber')).to.contain('exactly 8 digits');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('normalises a sort code and an amount when the field is left, keeping minor units exact', async () => {
    const el = await builder();
    await fillRow(el, 0, { ...GOOD_FPS, sortCode: '123456', amount: '1234.5' });
    expect(field(el, 0, 'sortCode').value).to.equal('12-34-56');
    expect(field(el, 0, 'amount').value).to.equal('1,234.50');
    const payment = el.request.payments[0];
    expect(payment.supplier.bankAccountDetails).to.deep.equal({
      accountNumber: '12345678',
      sortCode: '123456',
    });
    expect(payment.paymentAmount).to.deep.equal({ currency: 'GBP', amount: 123450 });
  });

  it('does not call a field Required when it is only tabbed past, but once it was typed and cleared', async () => {
    const el = await builder();
    for (const name of ['name', 'type', 'accountNumber', 'sortCode', 'amount']) {
      field(el, 0, name).focus(); // leaving each field in turn, as Tab does
    }
    field(el, 0, 'reference').focus();
    await el.updateComplete;
    for (const name of ['name', 'type', 'accountNumber', 'sortCode', 'amount'])
      expect(errorOf(el, 0, name), name).to.equal(undefined);
    expect($(el, '[part="field-error"]')).to.equal(null);
    const name = field(el, 0, 'name');
    name.focus();
    name.value = 'A';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    name.value = '';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    field(el, 0, 'type').focus();
    await el.updateComplete;
    expect(errorOf(el, 0, 'name')).to.equal('Required.');
    expect(errorOf(el, 0, 'accountNumber')).to.equal(undefined);
  });

  it('tidies pasted and added values as it tidies typed ones', async () => {
    const el = await builder();
    await el.importText(
      'Supplier name\tSupplier type\tAccount number\tSort code\tAmount\tReference\n' +
        'North Ltd\tbusiness\t12345678\t301122\t30\tINV-1\n' +
        'South Ltd\tbusiness\t87654321\t65 43 21\t1234.5\tINV-2',
    );
    await el.updateComplete;
    $$(el, '.import button')
      .find((b) => b.textContent.includes('Add all'))!
      .click();
    await until(() => el.rowCount === 2);
    await el.updateComplete;
    expect(field(el, 0, 'sortCode').value).to.equal('30-11-22');
    expect(field(el, 0, 'amount').value).to.equal('30.00');
    expect(field(el, 1, 'sortCode').value).to.equal('65-43-21');
    expect(field(el, 1, 'amount').value).to.equal('1,234.50');
    await el.addPayments([{ ...GOOD_FPS, sortCode: '112233', amount: '250' }]);
    await el.updateComplete;
    expect(field(el, 2, 'sortCode').value).to.equal('11-22-33');
    expect(field(el, 2, 'amount').value).to.equal('250.00');
    expect(el.request.payments.map((p) => p.paymentAmount.amount)).to.deep.equal([
      3000, 123450, 25000,
    ]);
  });

  it('offers to replace an ASCII apostrophe with U+2019', async () => {
    const el = await builder();
    await type(el, 0, 'name', "O'Brien's");
    expect(errorOf(el, 0, 'name')).to.contain('’');
    await expect(el).to.be.accessible();
    $(el, '[data-action="fix-apostrophe"]')!.click();
    await el.updateComplete;
    expect(field(el, 0, 'name').value).to.equal('O\u2019Brien\u2019s');
    expect(errorOf(el, 0, 'name')).to.equal(undefined);
  });

  it('totals the valid amounts as the user types', async () => {
    const el = await builder();
    await type(el, 0, 'amount', '10.50');
    $(el, '.add button')!.click(); // add
    await el.updateComplete;
    await type(el, 1, 'amount', '2.25');
    expect($(el, '.totals')!.textContent).to.contain('2 payments').and.contain('£12.75');
    await type(el, 1, 'amount', '2.255');
    expect($(el, '.totals')!.textContent).to.contain('£10.50').and.contain('1 amount not counted');
  });

  it('adds, duplicates, removes and undoes a removal, moving focus on purpose', async () => {
    const el = await builder();
    await fillRow(el, 0, GOOD_FPS);
    $(el, '.add button')!.click();
    await el.updateComplete;
    await frame();
    expect($$(el, '.row')).to.have.length(2);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 1, 'name'));
    $$(el, '[data-action="duplicate"]')[0].click();
    await el.updateComplete;
    await frame();
    expect($$(el, '.row')).to.have.length(3);
    expect(field(el, 1, 'name').value).to.equal(GOOD_FPS.name);
    $$(el, '[data-action="remove"]')[0].click();
    await el.updateComplete;
    await frame();
    expect($$(el, '.row')).to.have.length(2);
    expect($(el, '.undo')!.textContent).to.contain('Payment 1 removed');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.undo button'));
    await expect(el).to.be.accessible();
    $(el, '.undo button')!.click();
    await el.updateComplete;
    await frame();
    expect($$(el, '.row')).to.have.length(3);
    expect(field(el, 0, 'name').value).to.equal(GOOD_FPS.name);
  });

  it('switches to IBAN and BIC for a EUR run and reads amounts in the locale', async () => {
    const el = await builder({ currencies: 'GBP EUR', locale: 'de-DE' });
    const select = $<HTMLSelectElement>(el, '#run-currency')!;
    select.value = 'EUR';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(field(el, 0, 'iban')).to.exist;
    expect(field(el, 0, 'accountNumber')).to.equal(null);
    await fillRow(el, 0, {
      name: 'Müller GmbH'.replace('ü', 'ue'),
      iban: 'de89 3704 0044 0532 0130 00',
      bic: 'deutdeff',
      amount: '1.234,50',
      reference: 'RE-2024-1',
    });
    expect(field(el, 0, 'iban').value).to.equal('DE89 3704 0044 0532 0130 00');
    const payment = el.request.payments[0];
    expect(payment.paymentAmount).to.deep.equal({ currency: 'EUR', amount: 123450 });
    expect(payment.supplier.bankAccountDetails).to.deep.equal({
      iban: 'DE89370400440532013000',
      bankIdentifierCode: 'DEUTDEFF',
    });
    expect(payment.supplier.type).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('checks the tag as the API does', async () => {
    const el = await builder();
    const tag = $<HTMLInputElement>(el, '#run-tag')!;
    tag.value = 'bad tag!';
    tag.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '#run-tag-e')!.textContent).to.contain('!');
    expect(tag.getAttribute('aria-describedby')).to.contain('run-tag-e');
  });

  it('moves down a column with Enter instead of submitting', async () => {
    const el = await builder();
    await el.addPayments([{}, {}]);
    await el.updateComplete;
    const first = field(el, 0, 'amount');
    first.focus();
    first.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    await frame();
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 1, 'amount'));
  });

  it('keeps the rows when the element is moved, and in sessionStorage with draft-key', async () => {
    sessionStorage.removeItem('test-draft');
    const el = await builder({ draftKey: 'test-draft' });
    await frame();
    await fillRow(el, 0, GOOD_FPS);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    await el.updateComplete;
    expect(field(el, 0, 'name').value).to.equal(GOOD_FPS.name);
    // Saved a moment after the last change, once the lazily loaded storage code is there (slow
    // under load): wait for it rather than for a fixed time.
    await until(() => sessionStorage.getItem('test-draft') !== null);
    const saved = sessionStorage.getItem('test-draft')!;
    expect(saved).to.contain(GOOD_FPS.name);
    expect(saved).to.not.match(/token|bearer/i);
    el.remove();
    const again = await builder({ draftKey: 'test-draft' });
    await new Promise((r) => setTimeout(r, 50));
    await again.updateComplete;
    expect(field(again, 0, 'name').value).to.equal(GOOD_FPS.name);
    sessionStorage.removeItem('test-draft');
  });

  it('keeps no draft without draft-key', async () => {
    const before = sessionStorage.length;
    const el = await builder();
    await fillRow(el, 0, GOOD_FPS);
    await new Promise((r) => setTimeout(r, 400));
    expect(sessionStorage.length).to.equal(before);
  });

  it('takes texts from `strings`', async () => {
    const el = await builder();
    el.strings = { 'builder.add': 'Zeile hinzufügen' };
    await el.updateComplete;
    expect($(el, '.add button')!.textContent.trim()).to.equal('Zeile hinzufügen');
  });

  it('blocks submit with client errors, lists them and focuses the first', async () => {
    const el = await builder();
    let fired = false;
    el.addEventListener('payment-run-submit', () => (fired = true));
    await type(el, 0, 'name', 'Acme');
    const result = await el.submit();
    await el.updateComplete;
    expect(result).to.equal(undefined);
    expect(fired).to.equal(false);
    expect($(el, '.summary')!.textContent).to.contain('problems');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 0, 'type'));
    expect(el.matches(':state(invalid)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lets the host take the submit over', async () => {
    const el = await builder();
    await fillRow(el, 0, GOOD_FPS);
    el.addEventListener('payment-run-submit', (e) => e.preventDefault());
    const event = once(el, 'payment-run-submit');
    const result = await el.submit();
    const { detail } = await event;
    expect(result).to.equal(undefined);
    expect(detail.request.payments[0].reference).to.equal('INV-1001');
  });
});

export type { PaymentRunBuilderElement };
