/** The page's event log: one line per element event or relayed webhook, newest first. */
import { formatStatus, formatTime } from './format.js';

export interface LogEntry {
  /** Where it came from: an element's tag name, or `webhook`. */
  source: string;
  name: string;
  summary: string;
  /** A cancelable event whose default the host prevented. */
  prevented?: boolean;
}

interface RunLike {
  id?: unknown;
  status?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A string field as is, anything else as a dash. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '—';
}

function describeRun(run: RunLike): string {
  const status = typeof run.status === 'string' ? ` · ${formatStatus(run.status)}` : '';
  return `run ${text(run.id)}${status}`;
}

/** A one-line summary of an event's detail or a webhook's payload, for people. */
export function summarise(detail: unknown): string {
  if (!isObject(detail)) return detail === undefined ? '' : JSON.stringify(detail);
  const parts: string[] = [];
  if (isObject(detail.paymentRun)) parts.push(describeRun(detail.paymentRun));
  if (isObject(detail.previous) && typeof detail.previous.status === 'string') {
    parts.push(`was ${formatStatus(detail.previous.status)}`);
  }
  if (typeof detail.paymentRunId === 'string') parts.push(`run ${detail.paymentRunId}`);
  if (Array.isArray(detail.paymentIds)) parts.push(`${detail.paymentIds.length} payment(s)`);
  if (isObject(detail.group) && typeof detail.group.reference === 'string') {
    parts.push(`group ${detail.group.reference}`);
  }
  if (typeof detail.linkedAccountId === 'string') parts.push(`account ${detail.linkedAccountId}`);
  if (typeof detail.currency === 'string') parts.push(detail.currency);
  if (typeof detail.accountName === 'string') parts.push(`name “${detail.accountName}”`);
  if (isObject(detail.request) && Array.isArray(detail.request.payments)) {
    parts.push(`${detail.request.payments.length} payment(s) to submit`);
  }
  if (detail.error instanceof Error) {
    parts.push(
      `${typeof detail.action === 'string' ? `${detail.action}: ` : ''}${detail.error.message}`,
    );
  }
  if (parts.length > 0) return parts.join(' · ');
  const json = JSON.stringify(detail);
  return json.length > 160 ? `${json.slice(0, 159)}…` : json;
}

/** A one-line summary of a relayed webhook, by its type. */
export function summariseWebhook(type: string, payload: unknown): string {
  if (!isObject(payload)) return '';
  const status = typeof payload.status === 'string' ? ` · ${formatStatus(payload.status)}` : '';
  const ofRun = typeof payload.paymentRunId === 'string' ? ` of run ${payload.paymentRunId}` : '';
  switch (type) {
    case 'paymentRunWatch':
      return describeRun(payload);
    case 'paymentRunPaymentWatch':
      return `payment ${text(payload.id)}${ofRun}${status}`;
    case 'paymentRunGroupNotFunded':
      return `group ${text(payload.reference)}${ofRun}${status}`;
    case 'linkedAccountWatch':
    case 'linkedAccountExpiringSoonWatch':
      return `account ${text(payload.id)}${status}`;
    default:
      return summarise(payload);
  }
}

export class EventLog {
  constructor(
    private readonly list: HTMLOListElement,
    private readonly limit = 200,
  ) {}

  add(entry: LogEntry): void {
    const item = document.createElement('li');
    item.className = `log-entry log-${entry.source === 'webhook' ? 'webhook' : 'element'}`;
    const time = document.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = formatTime(now);
    const source = document.createElement('span');
    source.className = 'log-source';
    source.textContent = entry.source;
    const name = document.createElement('code');
    name.className = 'log-name';
    name.textContent = entry.name + (entry.prevented ? ' (prevented by host)' : '');
    const summary = document.createElement('span');
    summary.className = 'log-summary';
    summary.textContent = entry.summary;
    item.append(time, ' ', source, ' ', name, ' ', summary);
    this.list.prepend(item);
    while (this.list.children.length > this.limit) this.list.lastElementChild?.remove();
  }

  clear(): void {
    this.list.replaceChildren();
  }
}
