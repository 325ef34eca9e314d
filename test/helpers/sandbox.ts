import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { createProxyHandler } from '../../src/server/index.js';

export interface SandboxSetup {
  sandbox: Sandbox;
  /** A client for the given user, going through the real proxy (which adds the api-key). */
  clientFor: (user: 'creator' | 'controller') => PaymentRunClient;
  /** The proxy's fetch, for elements configured with a client of their own. */
  fetch: typeof fetch;
}

/**
 * The whole path a host has, in memory: client → proxy (adds the api-key) → sandbox. No network.
 * `allowSimulate` lets the elements' `sandbox` attribute reach `/simulate/...`.
 */
export function setupSandbox(options: SandboxOptions = {}): SandboxSetup {
  const sandbox = createSandbox(options);
  const proxy = createProxyHandler({
    upstream: 'https://sandbox.test',
    apiKey: sandbox.apiKey,
    fetch: sandbox.fetch,
    allowSimulate: true,
  });
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    proxy(new Request(input, init))) as typeof globalThis.fetch;
  return {
    sandbox,
    fetch,
    clientFor: (user) =>
      createPaymentRunClient({
        apiBase: 'https://proxy.test',
        getToken: () => sandbox.login(user),
        fetch,
        retries: 1,
      }),
  };
}
