import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PaymentRunClient } from '../../api/client.js';
import { resolveClient } from '../../config.js';
import type { StringTable } from '../../i18n/translate.js';
import { emit } from '../shared/emit.js';

/**
 * Base of every element that talks to the API: gives it its client from the `client` property,
 * else the `api-base` and `token-endpoint` attributes, else the page-wide `configure()` default;
 * and the properties every element shares (locale, strings, theme).
 *
 * Nothing the data does can leave an element stuck: an exception while deriving (`willUpdate`)
 * or rendering becomes `viewFailure`, fires `payment-run-error` (`action: 'render'`) and renders
 * again, where the element shows its error with Retry (`retryView()` clears it).
 */
export abstract class PaymentRunElement extends LitElement {
  /** A client made with `createPaymentRunClient`; wins over the attributes and `configure()`. */
  @property({ attribute: false }) client?: PaymentRunClient;

  /** URL of the host's token endpoint (`POST`, answering `{ token, expiresIn? }`). */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint?: string;

  /** Base URL of the host's proxy to the Weavr API. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** BCP 47 locale of texts, money and dates; default: the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Texts to use instead of the built-in ones, by key (see the README's string table). */
  @property({ attribute: false }) strings?: StringTable;

  /** Forces the light or dark palette; default follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** What deriving or rendering the data threw; shown as the element's error with Retry. */
  protected viewFailure?: unknown;

  // The changes of the update under way, and those of updates that threw (given back on Retry).
  #changing?: PropertyValues;
  #lost = new Map<PropertyKey, unknown>();

  /** Forgets the failure so the next update derives and renders the data again (Retry). */
  protected retryView(): void {
    if (this.viewFailure === undefined) return;
    this.viewFailure = undefined;
    const lost = this.#lost;
    this.#lost = new Map();
    for (const [name, before] of lost) this.requestUpdate(name, before);
    this.requestUpdate();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.#changing = changed;
    return super.shouldUpdate(changed);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      for (const [name, before] of this.#changing ?? []) {
        if (!this.#lost.has(name)) this.#lost.set(name, before);
      }
      // Showing the failure threw as well: stop rather than loop; the event still says why.
      const again = this.viewFailure !== undefined;
      this.viewFailure = error;
      emit(this, 'payment-run-error', { error, action: 'render' });
      if (!again) this.requestUpdate();
    }
  }

  /**
   * The client to use now. Throws a `ConfigurationError` saying what is missing; render that
   * error like any other so the host sees it on the page.
   */
  protected get api(): PaymentRunClient {
    return resolveClient(this);
  }
}
