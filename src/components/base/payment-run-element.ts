import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { PaymentRunClient } from '../../api/client.js';
import { resolveClient } from '../../config.js';
import type { StringTable } from '../../i18n/translate.js';

/**
 * Base of every element that talks to the API: gives it its client from the `client` property,
 * else the `api-base` and `token-endpoint` attributes, else the page-wide `configure()` default;
 * and the properties every element shares (locale, strings, theme).
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

  /**
   * The client to use now. Throws a `ConfigurationError` saying what is missing; render that
   * error like any other so the host sees it on the page.
   */
  protected get api(): PaymentRunClient {
    return resolveClient(this);
  }
}
