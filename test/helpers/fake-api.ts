/**
 * A recording `fetch` for client tests: each request is answered by `respond`, and kept (with its
 * body read) so a test can assert what the client sent. Injected into the client, never global.
 */
export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Responder = (request: Request, index: number) => Response | Promise<Response>;

export function fakeApi(respond: Responder) {
  const requests: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    return respond(request, requests.length - 1);
  };
  return { fetch: fetch, requests };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** A token source that counts its calls and hands out `token-1`, `token-2`, … */
export function countingTokens(expiresIn?: number) {
  const source = {
    calls: 0,
    getToken: async () => {
      source.calls++;
      await new Promise((r) => setTimeout(r, 5));
      return { token: `token-${source.calls}`, expiresIn };
    },
  };
  return source;
}

export const RUN_ID = '0123456789abcdef01234567';
export const PAYMENT_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';
export const ACCOUNT_ID = 'bbbbbbbbbbbbbbbbbbbbbbbb';

/** A payment run as the API sends it. */
export function runBody(overrides: Record<string, unknown> = {}) {
  return {
    id: RUN_ID,
    createdBy: '110747174434373672',
    status: 'PENDING_CONFIRMATION',
    createdAt: '2026-01-05T09:00:00.000Z',
    payments: [
      {
        id: PAYMENT_ID,
        status: 'PENDING_CONFIRMATION',
        paymentAmount: { currency: 'GBP', amount: 123450 },
        reference: 'INV-1001',
        supplier: {
          name: 'Acme Supplies Ltd',
          type: 'BUSINESS',
          bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' },
        },
        validationOutcomes: [
          { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } },
        ],
      },
    ],
    ...overrides,
  };
}

/** A valid create body. */
export function createBody() {
  return {
    description: 'September suppliers',
    tag: 'sept-2026',
    payments: [
      {
        paymentAmount: { currency: 'GBP' as const, amount: 123450 },
        reference: 'INV-1001',
        supplier: {
          name: 'Acme Supplies Ltd',
          type: 'BUSINESS' as const,
          bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' },
        },
      },
    ],
  };
}
