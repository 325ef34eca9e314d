/**
 * The user's choice of one linked account per currency of the run, and which account a group is
 * paid from.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LinkedAccount } from '../../api/schemas/linked-account.js';
import { defaultSelection, isUsable } from './accounts.js';

/**
 * The account per currency the user picked (or was given as the default), and the currencies
 * whose "link an account" no host handled. Changes update the host.
 */
export class AccountChoice {
  /** Chosen account id per currency. */
  selection: Record<string, string> = {};
  /** Currencies whose `funding-link-account` the host did not take over. */
  linkUnhandled = new Set<string>();
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The user picked `id` for `currency`. */
  select(currency: string, id: string): void {
    this.selection = { ...this.selection, [currency]: id };
    this.#host.requestUpdate();
  }

  /** No host handled linking an account for `currency`: the element says how instead. */
  linkNotHandled(currency: string): void {
    this.linkUnhandled = new Set([...this.linkUnhandled, currency]);
    this.#host.requestUpdate();
  }

  /** The accounts were read (again): keep the picks still usable, default the rest. */
  accountsRead(accounts: readonly LinkedAccount[], currencies: readonly string[]): void {
    const kept = Object.fromEntries(
      Object.entries(this.selection).filter(([, id]) =>
        accounts.some((a) => a.id === id && isUsable(a, currencies)),
      ),
    );
    this.selection = { ...defaultSelection(accounts, currencies), ...kept };
    this.#host.requestUpdate();
  }

  /** Another run: nothing is chosen. */
  clear(): void {
    this.selection = {};
    this.#host.requestUpdate();
  }

  /** The chosen account of every currency, in their order; `undefined` while one has none. */
  chosen(currencies: readonly string[]): string[] | undefined {
    const ids = currencies.map((c) => this.selection[c]);
    return ids.every((id): id is string => !!id) ? ids : undefined;
  }
}

/** Of `ids`, the account in `currency` (a group is paid from it), else the first one. */
export function accountFor(
  currency: string,
  ids: readonly string[],
  accounts: readonly LinkedAccount[] | undefined,
): string {
  const match = ids.find((id) => accounts?.find((a) => a.id === id)?.currency === currency);
  return match ?? ids[0] ?? '';
}
