import { expect } from '@open-wc/testing';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import { $, $$, builder, errorOf, field, fillRow, frame, GOOD_FPS, until } from './helpers.js';

const HEADER = 'Supplier name\tSupplier type\tAccount number\tSort code\tAmount\tReference';
const line = (i: number) =>
  `Supplier ${i} Ltd\tBUSINESS\t${String(10000000 + i)}\t12-34-56\t${(i % 97) + 1}.50\tINV-${i}`;

/** Clicks the import panel's button whose text contains `text`. */
async function press(el: PaymentRunBuilderElement, text: string) {
  const button = $$<HTMLButtonElement>(el, '.import button').find((b) =>
    b.textContent.includes(text),
  )!;
  button.click();
  await el.updateComplete;
  await frame();
}

const previewText = (el: PaymentRunBuilderElement) =>
  $(el, '#import-result')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<payment-run-builder> paste and import', () => {
  it('pastes spreadsheet rows with a header into a preview, then adds them', async () => {
    const el = await builder();
    await el.importText([HEADER, line(1), line(2)].join('\n'));
    await el.updateComplete;
    expect(previewText(el)).to.equal('2 rows read: 2 ready, 0 with problems.');
    await expect(el).to.be.accessible();
    await press(el, 'Add all 2');
    expect(el.rowCount).to.equal(2); // the empty starting line is replaced
    expect(field(el, 1, 'name').value).to.equal('Supplier 2 Ltd');
    expect(el.request.payments[1].supplier.bankAccountDetails).to.deep.equal({
      accountNumber: '10000002',
      sortCode: '123456',
    });
  });

  it('maps columns by header name in any order, including the API names', async () => {
    const el = await builder();
    await el.importText(
      'reference,amount,sortCode,accountNumber,type,name\nINV-9,"1,000.00",654321,87654321,personal,Jane Doe',
    );
    await el.updateComplete;
    await press(el, 'Add all');
    const payment = el.request.payments[0];
    expect(payment.reference).to.equal('INV-9');
    expect(payment.paymentAmount.amount).to.equal(100000);
    expect(payment.supplier).to.deep.include({ name: 'Jane Doe', type: 'PERSONAL' });
  });

  it('shows each row’s problems before adding, and can add only the valid rows', async () => {
    const el = await builder();
    const bad = "O'Hara\tBUSINESS\t1234\t12-34-56\t1.234\tINV 1";
    await el.importText([HEADER, line(1), bad, line(3)].join('\n'));
    await el.updateComplete;
    expect(previewText(el)).to.equal('3 rows read: 2 ready, 1 with problems.');
    const problems = $(el, '.import table')!.textContent.replace(/\s+/g, ' ');
    expect(problems).to.contain('Row 3');
    expect(problems).to.contain('Supplier name').and.contain('Account number');
    expect(problems).to.contain('Amount').and.contain('Payment reference');
    await expect(el).to.be.accessible();
    await press(el, 'Add the 2 ready rows');
    expect(el.rowCount).to.equal(2);
    expect(field(el, 1, 'name').value).to.equal('Supplier 3 Ltd');
  });

  it('adds rows with problems too, showing them on the fields', async () => {
    const el = await builder();
    await el.importText(`${HEADER}\nAcme\tBUSINESS\t12345678\t12-34-5\t10\tINV-1`);
    await el.updateComplete;
    await press(el, 'Add all 1');
    expect(errorOf(el, 0, 'sortCode')).to.contain('6 digits');
  });

  it('asks for the mapping when there is no header row, with guesses filled in', async () => {
    const el = await builder();
    await el.importText(
      'Acme Ltd,12345678,12-34-56,10.00,INV-1,BUSINESS\nBeta Ltd,87654321,65-43-21,20.00,INV-2,PERSONAL',
    );
    await el.updateComplete;
    const selects = $$<HTMLSelectElement>(el, '.import select');
    expect(selects.map((s) => s.value)).to.deep.equal([
      'name',
      'accountNumber',
      'sortCode',
      'amount',
      'reference',
      'type',
    ]);
    await expect(el).to.be.accessible();
    await press(el, 'Continue');
    expect(previewText(el)).to.equal('2 rows read: 2 ready, 0 with problems.');
  });

  it('will not continue until the required columns are mapped', async () => {
    const el = await builder();
    await el.importText('Acme Ltd,10.00\nBeta Ltd,20.00');
    await el.updateComplete;
    expect($(el, '#import-missing')!.textContent).to.contain('Account number');
    await press(el, 'Continue');
    expect(previewText(el)).to.equal(undefined);
    const select = $$<HTMLSelectElement>(el, '.import select')[1];
    select.value = 'reference';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#import-missing')!.textContent).to.not.contain('Payment reference');
  });

  it('reads 1000 rows from a CSV file chosen with the file picker, rendering only what is on screen', async () => {
    const el = await builder();
    const rows = Array.from({ length: 1000 }, (_, i) => line(i + 1).replaceAll('\t', ','));
    const csv = [HEADER.replaceAll('\t', ','), ...rows].join('\r\n');
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'run.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(previewText(el)).to.equal('1000 rows read: 1000 ready, 0 with problems.');
    await press(el, 'Add all 1000');
    await until(() => el.rowCount === 1000);
    await frame();
    expect(el.rowCount).to.equal(1000);
    expect($$(el, '.row').length).to.be.lessThan(200);
    expect($(el, '.totals')!.textContent).to.contain('1,000 payments');
    expect(el.request.payments).to.have.length(1000);
    await expect(el).to.be.accessible();
    // A 1001st row does not fit.
    await el.importText(`${HEADER}\n${line(1001)}`);
    await el.updateComplete;
    expect($(el, '.import')!.textContent).to.contain('Only 0 more payments fit');
  });

  it('imports a file dropped on the element', async () => {
    const el = await builder();
    const transfer = new DataTransfer();
    transfer.items.add(new File([`${HEADER}\n${line(7)}`], 'run.tsv'));
    $(el, '.root')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(previewText(el)).to.equal('1 row read: 1 ready, 0 with problems.');
  });

  it('opens the preview when several cells are pasted into a field', async () => {
    const el = await builder();
    const transfer = new DataTransfer();
    transfer.setData('text/plain', `${line(1)}\n${line(2)}`);
    field(el, 0, 'name').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect($$(el, '.import select')).to.have.length(6);
  });

  it('says when nothing could be read and can be cancelled', async () => {
    const el = await builder();
    await el.importText('   \n  ');
    await el.updateComplete;
    expect($(el, '.import [role="alert"]')!.textContent).to.contain('No rows');
    await press(el, 'Cancel');
    expect($(el, '.import')).to.equal(null);
    expect(el.rowCount).to.equal(1);
  });

  it('exports the rows to CSV that imports back the same', async () => {
    const el = await builder();
    await fillRow(el, 0, { ...GOOD_FPS, name: 'Acme, "Best" Ltd' });
    await el.addPayments([{ ...GOOD_FPS, reference: 'INV-2' }]);
    const csv = await el.exportCsv();
    expect(csv.split('\r\n')[0]).to.match(
      /^Supplier name,Supplier type,Account number,Sort code,Amount,Reference,/,
    );
    expect(csv).to.contain('"Acme, ""Best"" Ltd"');
    const copy = await builder();
    await copy.importText(csv);
    await copy.updateComplete;
    await press(copy, 'Add all 2');
    expect(copy.request).to.deep.equal(el.request);
  });

  it('exports formula-like cells neutralised, and imports them back as typed', async () => {
    const el = await builder();
    const risky = {
      ...GOOD_FPS,
      name: '=HYPERLINK("http://x") Ltd',
      paymentRef: '+cmd',
      address: '@SUM(1)',
      bankName: '-1+2 Bank',
    };
    await el.addPayments([risky]);
    $$(el, '[data-action="remove"]')[0].click(); // the empty starting line
    await el.updateComplete;
    const csv = await el.exportCsv();
    expect(csv).to.contain('"\'=HYPERLINK(""http://x"") Ltd"');
    expect(csv).to.contain(",'+cmd,");
    expect(csv).to.contain(",'@SUM(1),");
    expect(csv).to.contain(",'-1+2 Bank,");
    const copy = await builder();
    await copy.importText(csv);
    await copy.updateComplete;
    await press(copy, 'Add all 1');
    expect(copy.request).to.deep.equal(el.request);
    expect(copy.request.payments[0].supplier.name).to.equal(risky.name);
  });
});
