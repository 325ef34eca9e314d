// The page of bench/list.bench.mjs: a <payment-run-list> whose client answers from memory with a
// page of `runs` runs of `payments` payments each, as the API sends it (JSON text), so a sample
// covers what a user waits for once the answer arrives: JSON parsed, checked by the client's
// schema, turned into rows, rendered and laid out.
import { createPaymentRunClient } from '../src/api/index.ts';
import '../src/payment-run-list.ts';

const STATUSES = ['PENDING_CONFIRMATION', 'EXECUTING', 'COMPLETED', 'PENDING_FUNDING', 'QUEUED'];
const hex = (n) => n.toString(16).padStart(24, '0');

function makePage(runs, payments) {
  return JSON.stringify({
    count: 137,
    responseCount: runs,
    paymentRuns: Array.from({ length: runs }, (_, r) => ({
      id: hex(0x100000 + r),
      createdBy: '110747174434373672',
      createdAt: new Date(Date.UTC(2026, 0, 5, 9) - r * 3_600_000).toISOString(),
      description: `Suppliers, batch ${r + 1}`,
      tag: r % 2 ? 'january' : 'december',
      status: STATUSES[r % STATUSES.length],
      payments: Array.from({ length: payments }, (_, i) => ({
        id: hex(r * 10_000 + i + 1),
        status: 'PENDING_CONFIRMATION',
        reference: `INV-${10_000 + i}`,
        paymentAmount: { currency: 'GBP', amount: 1_000 + i * 7 },
        supplier: {
          name: `Supplier ${i} Ltd`,
          type: 'BUSINESS',
          bankAccountDetails: { accountNumber: String(10_000_000 + i), sortCode: '123456' },
        },
        validationOutcomes: [
          { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } },
        ],
      })),
    })),
  });
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

window.bench = {
  ready: true,
  /** ms from the answer's arrival to every row of the page laid out. */
  async page(runs, payments) {
    const body = makePage(runs, payments);
    let arrived = 0;
    const fetch = async () => {
      arrived = performance.now();
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    const client = createPaymentRunClient({
      apiBase: 'https://bench.test',
      getToken: () => 't',
      fetch,
    });
    await client.listPaymentRuns({ limit: 1 }); // the token, fetched once as on a real page
    document.querySelector('payment-run-list')?.remove();
    await frame();
    const el = document.createElement('payment-run-list');
    el.pollInterval = 0;
    el.client = client;
    document.body.append(el);
    while (el.shadowRoot?.querySelectorAll('tbody tr').length !== runs) {
      await new Promise((r) => setTimeout(r));
    }
    await el.updateComplete;
    el.shadowRoot.querySelector('table').getBoundingClientRect();
    return performance.now() - arrived;
  },
};

/** The floor this machine sets now: reading the same body and JSON.parse alone, ms. */
window.bench.floor = async (runs, payments) => {
  const body = makePage(runs, payments);
  const t = performance.now();
  JSON.parse(await new Response(body).text());
  return performance.now() - t;
};
