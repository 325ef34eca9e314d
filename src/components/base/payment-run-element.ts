import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { PaymentRunClient } from '../../api/client.js';
import { resolveClient } from '../../config.js';

/**
 * Base of every element that talks to the API: gives it its client from the `client` property,
 * else the `api-base` and `token-endpoint` attributes, else the page-wide `configure()` default.
 */
export abstract class PaymentRunElement extends LitElement {
  /** A client made with `createPaymentRunClient`; wins over the attributes and `configure()`. */
  @property({ attribute: false }) client?: PaymentRunClient;

  /** URL of the host's token endpoint (`POST`, answering `{ token, expiresIn? }`). */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint?: string;

  /** Base URL of the host's proxy to the Weavr API. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * The client to use now. Throws a `ConfigurationError` saying what is missing; render that
   * error like any other so the host sees it on the page.
   */
  protected get api(): PaymentRunClient {
    return resolveClient(this);
  }
}
