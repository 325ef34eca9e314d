/** The page's list of payment runs, loaded through the library's client. */
import type { PaymentRun, PaymentRunClient } from '../src/api/index.js';
import { formatRunTotal, formatStatus } from './format.js';

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function row(run: PaymentRun, selected: string | undefined): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (run.id === selected) tr.setAttribute('aria-current', 'true');
  const id = document.createElement('td');
  const open = document.createElement('a');
  open.href = `#run=${run.id}`;
  open.className = 'run-link';
  // Named by its visible text alone (WCAG 2.5.3); the column header says what it is.
  const code = document.createElement('code');
  code.textContent = run.id;
  open.append(code);
  id.append(open);
  const status = document.createElement('td');
  const badge = document.createElement('span');
  badge.className = `status status-${run.status.toLowerCase().replaceAll('_', '-')}`;
  badge.textContent = formatStatus(run.status);
  status.append(badge);
  tr.append(
    id,
    cell(run.description ?? run.paymentRunRef ?? '—'),
    status,
    cell(String(run.payments.length), 'numeric'),
    cell(formatRunTotal(run), 'numeric'),
  );
  return tr;
}

export class RunsList {
  #loading?: AbortController;
  /** The run shown below the list, marked in it. */
  selected?: string;

  constructor(
    private readonly client: PaymentRunClient,
    private readonly elements: {
      table: HTMLTableElement;
      body: HTMLTableSectionElement;
      status: HTMLElement;
    },
  ) {}

  /** Loads the first page again; a load still under way is abandoned. */
  async refresh(): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const { table, body, status } = this.elements;
    status.textContent = 'Loading payment runs…';
    try {
      const page = await this.client.listPaymentRuns({ limit: 20 }, { signal: loading.signal });
      if (loading.signal.aborted) return;
      body.replaceChildren(...page.paymentRuns.map((run) => row(run, this.selected)));
      table.hidden = page.paymentRuns.length === 0;
      status.textContent =
        page.paymentRuns.length === 0
          ? 'No payment runs yet.'
          : `Showing ${page.responseCount} of ${page.count} payment runs.`;
    } catch (error) {
      if (loading.signal.aborted) return;
      status.textContent = `Could not load the payment runs: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
