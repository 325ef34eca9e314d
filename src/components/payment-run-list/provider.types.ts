/**
 * The seam between `<payment-run-list>` and a payment-run provider (Weavr now, Zuora next): the
 * element knows only these shapes; each provider turns its API's list into them.
 */
import type { ListState } from './list-state.js';

export const PROVIDERS = ['weavr', 'zuora'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** How a status chip is coloured: the same words and tones as the run element's chip. */
export type StatusTone = 'success' | 'danger' | 'attention' | 'progress' | 'ended';

/** What the user has to do next with a run (a string-table key under `list.needs.`). */
export type NeedKey =
  | 'confirm.you'
  | 'confirm.other'
  | 'authorise.you'
  | 'authorise.other'
  | 'restart.you'
  | 'restart.other'
  | 'fund.you'
  | 'fund.other'
  | 'review'
  | 'wait'
  | 'none';

/** A total in one currency, integer minor units. */
export interface MoneyTotal {
  currency: string;
  minor: number;
}

/** One run as a row of the list, whatever its provider. */
export interface ListRow<Run = unknown> {
  id: string;
  /** Description, else the provider's reference, else the id. */
  name: string;
  /** Whether `name` is only the id (shown as "Payment run {id}"). */
  untitled: boolean;
  tag?: string;
  /** ISO timestamp. */
  created: string;
  /** Epoch ms of `created`, for sorting. */
  createdTime: number;
  status: string;
  statusTone: StatusTone;
  /** Number of payments. */
  count: number;
  /** One total per currency, in the order first met (a run has one, but no code assumes it). */
  totals: MoneyTotal[];
  needs: NeedKey;
  /** The run can still change (polling continues while any shown row can). */
  live: boolean;
  /** The provider's run, handed to the host in `payment-run-select`. */
  run: Run;
}

export interface ListPage<Run = unknown> {
  /** Runs matching the filters, over all pages. */
  total: number;
  runs: Run[];
}

/** What a provider gives the list. */
export interface ListProvider<Run = unknown> {
  readonly name: ProviderName;
  /** Reads the page `state` asks for; aborted through `signal` when no longer wanted. */
  load(state: ListState, signal: AbortSignal): Promise<ListPage<Run>>;
  /** A listed run checked in full before it is handed to the host; throws if it does not match. */
  checked(run: Run): Run;
  /** A run as a row, for a user with `roles` (unset: the host did not say). */
  toRow(run: Run, roles: readonly string[] | undefined): ListRow<Run>;
  /** True when `incoming` is an older picture of `current` (a late webhook, a crossed poll). */
  isStale(current: Run, incoming: Run): boolean;
  /** The run's id (to match updates pushed by the host). */
  idOf(run: Run): string;
}
