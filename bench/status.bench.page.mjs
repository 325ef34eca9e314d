/**
 * The page side of `bench/status.bench.mjs`: one `<payment-run-status>` receives a large run and
 * is opened, sorted, filtered and scrolled; every figure is ms until the next frame was painted,
 * with the longest main-thread task seen meanwhile ('longtask' entries: 50 ms and more).
 */
import '../src/payment-run-status.js';

const NAMES = ['Acme Office Supplies Ltd', 'Blue Close Match Ltd', 'Oak No Match Ltd', 'Opted Out'];
const OUTCOMES = [
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } },
  {
    category: 'UK_CONFIRMATION_OF_PAYEE',
    categoryResult: { match: 'CLOSE_MATCH', reasonCode: 'MBAM', accountName: 'Blue Limited' },
  },
  {
    category: 'UK_CONFIRMATION_OF_PAYEE',
    categoryResult: { match: 'NO_MATCH', reasonCode: 'ANNM' },
  },
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { reasonCode: 'OPTO' } },
];
const hex = (n) => n.toString(16).padStart(24, '0');
const statusOf = (i) => (i % 10 === 0 ? 'FAILED' : i % 3 === 0 ? 'COMPLETED' : 'EXECUTING');

function makeRun(count) {
  return {
    id: hex(0xabc),
    createdBy: '110747174434373672',
    createdAt: '2026-01-05T09:00:00Z',
    description: 'Benchmark run',
    tag: 'bench',
    status: 'EXECUTING',
    payments: Array.from({ length: count }, (_, i) => ({
      id: hex(i + 1),
      status: statusOf(i),
      reference: `INV-${10000 + ((i * 7919) % count)}`,
      paymentAmount: { currency: 'GBP', amount: 1000 + ((i * 104729) % 99991) },
      supplier: {
        name: `${NAMES[i % 4]} ${(i * 31) % count}`,
        type: 'BUSINESS',
        bankAccountDetails: { accountNumber: String(10000000 + i), sortCode: '123456' },
      },
      validationOutcomes: [OUTCOMES[i % 4]],
    })),
  };
}

/** Resolves once the browser has painted the next frame. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

let longest = 0;
const longTasks = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
});
longTasks.observe({ type: 'longtask' });

/** The longest task since the last call (0 when none reached 50 ms). */
async function takeLongest() {
  await painted();
  for (const entry of longTasks.takeRecords()) longest = Math.max(longest, entry.duration);
  const value = longest;
  longest = 0;
  return value;
}

const shadow = (el) => el.shadowRoot;

/** ms from `act()` until its result is painted. */
async function timed(el, act) {
  const start = performance.now();
  act();
  await el.updateComplete;
  await painted();
  return performance.now() - start;
}

async function open(count) {
  document.querySelector('payment-run-status')?.remove();
  const el = document.createElement('payment-run-status');
  el.pollInterval = 0;
  document.body.append(el);
  await el.updateComplete;
  await takeLongest();
  const run = makeRun(count);
  const firstRows = await timed(el, () => {
    el.paymentRun = run;
  });
  if (!shadow(el).querySelector('tbody tr[data-id]')) throw new Error('No row was painted.');
  return { el, firstRows, longOpen: await takeLongest() };
}

/** One run of every figure on a fresh element with `count` payments. */
async function measure(count) {
  const { el, firstRows, longOpen } = await open(count);
  const root = shadow(el);
  // The page is never shorter than the viewport; beyond that it should be the content's height.
  const page = document.documentElement.scrollHeight;
  const content = Math.max(innerHeight, Math.ceil(el.getBoundingClientRect().bottom + scrollY) + 8);
  const sortButton = () => root.querySelector('button[data-key="supplier"]');
  const sortAsc = await timed(el, () => sortButton().click());
  const sortDesc = await timed(el, () => sortButton().click());
  const longSort = await takeLongest();
  const select = root.querySelector('#filter');
  const filterOn = await timed(el, () => {
    select.value = 'EXECUTING';
    select.dispatchEvent(new Event('change'));
  });
  const filterOff = await timed(el, () => {
    select.value = '';
    select.dispatchEvent(new Event('change'));
  });
  const longFilter = await takeLongest();
  const box = root.querySelector('.table-wrap');
  for (let i = 0; i < 20; i++) {
    box.scrollTop += 400;
    await painted();
  }
  const start = performance.now();
  box.scrollTop = box.scrollHeight;
  const rows = () => root.querySelectorAll('tbody tr[data-id]');
  const lastShown = () => {
    const all = rows();
    return (
      all.length >= count || all[all.length - 1]?.getAttribute('aria-rowindex') === `${count + 1}`
    );
  };
  // Every row is reachable: the last one is there once the box is scrolled to its end.
  while (!lastShown()) {
    if (performance.now() - start > 5000) throw new Error('The last row never appeared.');
    await painted();
  }
  const toLast = performance.now() - start;
  const longScroll = await takeLongest();
  return {
    firstRows,
    sort: Math.max(sortAsc, sortDesc),
    filter: Math.max(filterOn, filterOff),
    toLast,
    pageExcess: page - content,
    rowsInDom: rows().length,
    longOpen,
    longSort,
    longFilter,
    longScroll,
  };
}

Object.assign(window, { bench: { measure, ready: true } });
