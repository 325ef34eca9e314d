import {
  createPaymentRunClient,
  type PaymentRunClient,
  type PaymentRunClientOptions,
} from './api/client.js';
import { ConfigurationError } from './api/errors/configuration-error.js';

/** Page-wide defaults: client options (any subset), or a ready client. */
export type PageConfiguration = Partial<PaymentRunClientOptions> | { client: PaymentRunClient };

let pageDefault: PageConfiguration = {};

/**
 * Sets the page-wide default every element falls back to, once, e.g.
 * `configure({ apiBase: '/api/payment-run', tokenEndpoint: '/session/weavr-token' })`.
 * An element's own `client` property or `api-base`/`token-endpoint` attributes win over it.
 */
export function configure(configuration: PageConfiguration): void {
  pageDefault = configuration;
}

/** What an element knows of its configuration. */
export interface ElementConfiguration {
  client?: PaymentRunClient;
  apiBase?: string;
  tokenEndpoint?: string;
}

/**
 * The client an element uses: its `client` property, else its attributes over the page default,
 * else the page default's client. Elements with equal settings share one client (and one token).
 */
export function resolveClient(element: ElementConfiguration): PaymentRunClient {
  if (element.client) return element.client;
  const attributes = {
    ...(element.apiBase && { apiBase: element.apiBase }),
    ...(element.tokenEndpoint && { tokenEndpoint: element.tokenEndpoint }),
  };
  if ('client' in pageDefault && !attributes.apiBase && !attributes.tokenEndpoint) {
    return pageDefault.client;
  }
  const options = { ...('client' in pageDefault ? {} : pageDefault), ...attributes };
  const missing = [
    !options.apiBase && 'api-base',
    !options.tokenEndpoint && !options.getToken && 'token-endpoint',
  ].filter(Boolean);
  if (missing.length) {
    throw new ConfigurationError(
      `This element is not configured: set ${missing.join(' and ')}, a client, or call configure().`,
    );
  }
  return createPaymentRunClient(options as PaymentRunClientOptions);
}
