import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/components/payment-run-builder/csv.js';
import { parseTable, unquoteCell } from '../../src/components/payment-run-builder/parse.js';
import { RowStore } from '../../src/components/payment-run-builder/rows.js';

const FORMULAS = ['=1+2', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', "'=1", "''@x"];

describe('CSV export against spreadsheet formulas (CSV injection)', () => {
  it('puts a quote before a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).to.equal("'=1+2");
    expect(csvCell('+cmd|/C calc!A0')).to.equal("'+cmd|/C calc!A0");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).to.equal("'@SUM(A1:A9)");
    expect(csvCell('\t=1')).to.equal('"\'\t=1"');
    expect(csvCell('\r=1')).to.equal('"\'\r=1"');
    // A quote typed before a formula gets one more, so the import gives back what was typed.
    expect(csvCell("'=1")).to.equal("''=1");
    expect(csvCell('=HYPERLINK("x", "y")')).to.equal('"\'=HYPERLINK(""x"", ""y"")"');
  });

  it('leaves plain numbers (signed amounts) and ordinary text as they are', () => {
    for (const value of ['-12.50', '+1234.5', '-5', '1234.50', '12-34-56', 'INV-1', "O'Brien", ''])
      expect(csvCell(value)).to.equal(value);
    expect(csvCell('-1,234.50')).to.equal('"-1,234.50"'); // quoted for the comma only
  });

  it('the import drops exactly the quote the export added', async () => {
    for (const value of FORMULAS) expect(unquoteCell(`'${value}`)).to.equal(value);
    expect(unquoteCell("'5")).to.equal("'5");
    expect(unquoteCell('-5')).to.equal('-5');
    const cells = FORMULAS.map(csvCell).join(',');
    const [read] = await parseTable(`${cells}\r\n`);
    expect(read).to.deep.equal(FORMULAS.map((value) => value.trim()));
  });

  it('exports every row of a run with its formula-like cells neutralised', () => {
    const store = new RowStore({ scheme: 'fps', currency: 'GBP', locale: 'en-GB' });
    store.insert(0, store.create({ name: '=Acme+1', amount: '-12.50', reference: 'INV-1' }));
    const [header, line] = toCsv(store.rows, 'fps').split('\r\n');
    expect(header).to.match(/^Supplier name,/);
    expect(line).to.match(/^'=Acme\+1,/);
    expect(line).to.contain(',-12.50,INV-1,');
  });
});
