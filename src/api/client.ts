import type * as z from 'zod/mini';
import { PAYMENT_RUN_STATUSES, type PaymentRunStatus } from './enums.js';
import { ConfigurationError } from './errors/configuration-error.js';
import { ValidationError } from './errors/validation-error.js';
import { createTransport, pathOf, type CallSpec } from './http.js';
import { HEX_ID } from './schemas/helpers.js';
import { fundingInstructionsSchema, type FundingInstructions } from './schemas/funding.js';
import {
  institutionPageSchema,
  linkedAccountListSchema,
  linkedAccountSchema,
  type InstitutionPage,
  type LinkedAccount,
  type LinkedAccountList,
} from './schemas/linked-account.js';
import {
  paymentRunCreateSchema,
  paymentRunPageSchema,
  paymentRunSchema,
  paymentsCancelSchema,
  paymentsUpdateSchema,
  type PaymentRun,
  type PaymentRunCreate,
  type PaymentRunPage,
  type PaymentsUpdate,
} from './schemas/payment-run.js';
import { TokenStore, tokenEndpointLoader, type TokenGrant } from './token.js';

export interface PaymentRunClientOptions {
  /** Base URL of the host's proxy to the Weavr API, e.g. `/api/payment-run`. */
  apiBase: string;
  /** URL the user's token is fetched from: `POST`, cookies included, answering `{ token, expiresIn? }`. */
  tokenEndpoint?: string;
  /** Alternative to `tokenEndpoint`: returns the user's token (and optionally its life in seconds). */
  getToken?: () => Promise<TokenGrant>;
  /** The `fetch` to use (tests and the sandbox inject theirs); defaults to the global one. */
  fetch?: typeof fetch;
  /** Milliseconds before one attempt of a call gives up. Default 20 000. */
  timeout?: number;
  /** How many times a repeatable call is retried. Default 3. */
  retries?: number;
  /** Longest rate-limit reset (ms) worth waiting for before reporting it. Default 60 000. */
  maxRateLimitWait?: number;
}

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the call, including its waits between retries. */
  signal?: AbortSignal;
}

/** Options of a state change: one `idempotencyRef` per user intent, reused when it is retried. */
export interface MutationOptions extends CallOptions {
  idempotencyRef?: string;
}

/** Filters and paging of `listPaymentRuns`. Amounts are integer minor units. */
export interface PaymentRunQuery {
  status?: PaymentRunStatus;
  tag?: string[];
  /** The run's `paymentRunRef`. */
  reference?: string;
  minAmount?: number;
  maxAmount?: number;
  /** 0 and up. */
  offset?: number;
  /** 1 to 100 (the API caps it at 100). */
  limit?: number;
}

/** Filters and paging of `listInstitutions`. */
export interface InstitutionQuery {
  country?: string;
  institutionIds?: string[];
  institutionName?: string;
  market?: ('EEA' | 'UK')[];
  offset?: number;
  limit?: number;
}

export type PaymentRunClient = ReturnType<typeof buildClient>;

const clients = new Map<string, PaymentRunClient>();
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

/** A key equal for equal configurations; functions compare by identity. */
function configKey(options: PaymentRunClientOptions): string {
  return JSON.stringify(Object.entries(options).sort(), (_key, value: unknown) => {
    if (typeof value !== 'function') return value;
    if (!functionIds.has(value)) functionIds.set(value, ++nextFunctionId);
    return `fn#${functionIds.get(value)}`;
  });
}

/**
 * A client of the Weavr Payment Run API, through the host's proxy. Clients are shared: the same
 * options (same `apiBase`, same token source, same `fetch`) give the same client, so every element
 * on a page uses one token.
 */
export function createPaymentRunClient(options: PaymentRunClientOptions): PaymentRunClient {
  const key = configKey(options);
  let client = clients.get(key);
  if (!client) clients.set(key, (client = buildClient(options)));
  return client;
}

function buildClient(options: PaymentRunClientOptions) {
  const { apiBase, tokenEndpoint, getToken } = options;
  const load =
    getToken ?? (tokenEndpoint ? tokenEndpointLoader(tokenEndpoint, options.fetch) : undefined);
  if (!load) {
    throw new ConfigurationError('createPaymentRunClient needs a tokenEndpoint or getToken.');
  }
  const call = createTransport({
    apiBase,
    tokens: new TokenStore(load),
    fetch: options.fetch,
    timeout: options.timeout ?? 20_000,
    retries: options.retries ?? 3,
    maxRateLimitWait: options.maxRateLimitWait ?? 60_000,
  });
  const run = (id: string, ...rest: string[]) =>
    ['v1/payment_runs', checkId(id), ...rest.map(pathSegment)].join('/');

  return {
    apiBase,

    /**
     * Low level: sends any operation of the API with this client's token, retries and error
     * mapping. The elements use it for the sandbox-only `/simulate/...` calls.
     */
    call,

    /** Creates a run of supplier payments (postPaymentRun, CREATOR). The answer is QUEUED. */
    createPaymentRun: async (
      body: PaymentRunCreate,
      opts: MutationOptions = {},
    ): Promise<PaymentRun> =>
      call({
        operation: 'postPaymentRun',
        method: 'post',
        path: 'v1/payment_runs',
        body: checked(paymentRunCreateSchema, body),
        schema: paymentRunSchema,
        retry: 'idempotent',
        ...opts,
      }),

    /** Lists the buyer's runs, newest page by `offset`/`limit` (getPaymentRuns). */
    listPaymentRuns: async (
      query: PaymentRunQuery = {},
      opts: CallOptions = {},
    ): Promise<PaymentRunPage> => {
      checkQuery([
        [
          'status',
          query.status,
          (v: string) => (PAYMENT_RUN_STATUSES as readonly string[]).includes(v),
        ],
        ['limit', query.limit, intAtLeast(1, 100)],
        ['offset', query.offset, intAtLeast(0)],
        ['min_amount', query.minAmount, intAtLeast(0)],
        ['max_amount', query.maxAmount, intAtLeast(0)],
      ]);
      return call({
        operation: 'getPaymentRuns',
        method: 'get',
        path: 'v1/payment_runs',
        searchParams: searchParams({
          status: query.status,
          tag: unique(query.tag),
          reference: query.reference,
          min_amount: query.minAmount,
          max_amount: query.maxAmount,
          offset: query.offset,
          limit: query.limit,
        }),
        schema: paymentRunPageSchema,
        retry: 'read',
        ...opts,
      });
    },

    /** One run with all its payments (getPaymentRunsId). */
    getPaymentRun: async (id: string, opts: CallOptions = {}): Promise<PaymentRun> =>
      get('getPaymentRunsId', run(id), paymentRunSchema, opts),

    /**
     * Replaces the supplier of payments while the run is PENDING_CONFIRMATION (putPaymentRunsId,
     * CREATOR). The API takes no idempotency-ref here, so it is sent once and never retried.
     */
    updatePayments: async (
      id: string,
      body: PaymentsUpdate,
      opts: CallOptions = {},
    ): Promise<void> =>
      call({
        operation: 'putPaymentRunsId',
        method: 'put',
        path: run(id),
        body: checked(paymentsUpdateSchema, body),
        retry: 'never',
        signal: opts.signal,
      }),

    /** Confirms a run for execution (postPaymentRunsIdConfirm, CONTROLLER); it then needs SCA. */
    confirmPaymentRun: async (id: string, opts: MutationOptions = {}): Promise<PaymentRun> =>
      mutate('postPaymentRunsIdConfirm', run(id, 'confirm'), opts, paymentRunSchema),

    /**
     * Starts funding from linked accounts, one per currency, and returns the funding groups
     * (getPaymentRunsIdFund, CONTROLLER). A GET with effects that the API makes repeatable.
     */
    fundPaymentRun: async (
      id: string,
      linkedAccountIds: string[],
      opts: CallOptions = {},
    ): Promise<FundingInstructions> => {
      if (linkedAccountIds.length === 0) {
        throw new ValidationError([
          { fieldName: 'linkedAccountIds', error: 'REQUIRED', params: [] },
        ]);
      }
      return call({
        operation: 'getPaymentRunsIdFund',
        method: 'get',
        path: run(id, 'fund'),
        searchParams: searchParams({ linkedAccountIds: unique(linkedAccountIds.map(checkId)) }),
        schema: fundingInstructionsSchema,
        retry: 'read',
        ...opts,
      });
    },

    /** Cancels a run in QUEUED, PENDING_CONFIRMATION, PENDING_CHALLENGE or PENDING_FUNDING. */
    cancelPaymentRun: async (id: string, opts: MutationOptions = {}): Promise<void> =>
      mutate('postPaymentRunsIdCancel', run(id, 'cancel'), opts),

    /** Cancels payments of a run in PENDING_CONFIRMATION (putCancelPaymentRunPayment). */
    cancelPayments: async (
      id: string,
      paymentIds: string[],
      opts: MutationOptions = {},
    ): Promise<void> =>
      mutate(
        'putCancelPaymentRunPayment',
        run(id, 'cancel', 'payments'),
        opts,
        undefined,
        'put',
        checked(paymentsCancelSchema, { paymentIds: [...new Set(paymentIds)] }),
      ),

    /** Restarts a run after SCA_FAILED (postRestartPaymentRun, CONTROLLER). */
    restartPaymentRun: async (id: string, opts: MutationOptions = {}): Promise<void> =>
      mutate('postRestartPaymentRun', run(id, 'restart'), opts),

    /** Cancels a funding group while it is AWAITING_FUNDS (postCancelPaymentRunGroup, CONTROLLER). */
    cancelFundingGroup: async (
      id: string,
      groupReference: string,
      opts: MutationOptions = {},
    ): Promise<void> => {
      if (!groupReference) {
        throw new ValidationError([{ fieldName: 'groupReference', error: 'REQUIRED', params: [] }]);
      }
      return mutate('postCancelPaymentRunGroup', run(id, 'group', groupReference, 'cancel'), opts);
    },

    /** The buyer's linked bank accounts (getLinkedAccounts, CONTROLLER). */
    listLinkedAccounts: async (opts: CallOptions = {}): Promise<LinkedAccountList> =>
      get('getLinkedAccounts', 'v1/linked_accounts', linkedAccountListSchema, opts),

    /** One linked account (getLinkedAccountsId, CONTROLLER). */
    getLinkedAccount: async (id: string, opts: CallOptions = {}): Promise<LinkedAccount> =>
      get('getLinkedAccountsId', `v1/linked_accounts/${checkId(id)}`, linkedAccountSchema, opts),

    /** Banks that can fund runs (getInstitutions). */
    listInstitutions: async (
      query: InstitutionQuery = {},
      opts: CallOptions = {},
    ): Promise<InstitutionPage> => {
      checkQuery([
        ['offset', query.offset, intAtLeast(0)],
        ['limit', query.limit, intAtLeast(1)],
        ['market', query.market, (m: string[]) => m.every((v) => v === 'EEA' || v === 'UK')],
      ]);
      return call({
        operation: 'getInstitutions',
        method: 'get',
        path: 'v1/institutions',
        searchParams: searchParams({ ...query }),
        schema: institutionPageSchema,
        retry: 'read',
        ...opts,
      });
    },
  };

  function get<T>(operation: string, path: string, schema: z.ZodMiniType<T>, opts: CallOptions) {
    return call({ operation, method: 'get', path, schema, retry: 'read', signal: opts.signal });
  }

  function mutate<T>(
    operation: string,
    path: string,
    opts: MutationOptions,
    schema?: z.ZodMiniType<T>,
    method: CallSpec<T>['method'] = 'post',
    body?: unknown,
  ): Promise<T> {
    return call({ operation, method, path, body, schema, retry: 'idempotent', ...opts });
  }
}

/** Query string with arrays repeated (`?tag=a&tag=b`), as the API expects; undefined left out. */
function searchParams(params: Record<string, string | number | string[] | undefined>) {
  const result = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      result.append(name, String(item));
    }
  }
  return result;
}

/** Refuses a query value the spec does not allow before anything is sent. */
function checkQuery(rules: [string, unknown, (value: never) => boolean][]): void {
  const bad = rules.filter(([, value, ok]) => value !== undefined && !ok(value as never));
  if (bad.length > 0) {
    throw new ValidationError(
      bad.map(([fieldName]) => ({ fieldName, error: 'RANGE', params: [] })),
    );
  }
}
const intAtLeast =
  (min: number, max = Infinity) =>
  (n: number) =>
    Number.isSafeInteger(n) && n >= min && n <= max;
const unique = <T>(items: T[] | undefined) => (items ? [...new Set(items)] : undefined);

/** A path segment, encoded; text `encodeURIComponent` refuses (a lone surrogate) is a 400. */
function pathSegment(segment: string): string {
  try {
    return encodeURIComponent(segment);
  } catch {
    throw new ValidationError([{ fieldName: 'path', error: 'IN', params: [] }]);
  }
}

/** Refuses an id that cannot be one before anything is sent. */
export function checkId(id: string): string {
  if (!HEX_ID.test(id)) {
    throw new ValidationError([{ fieldName: 'id', error: 'REGEX', params: [HEX_ID.source] }]);
  }
  return id;
}

const ERROR_KINDS: Record<string, string> = {
  invalid_type: 'REQUIRED',
  too_small: 'SIZE',
  too_big: 'SIZE',
  invalid_format: 'REGEX',
};

interface ApiStyleError {
  error: string;
  params: string[];
}

/** Validates a request body, reporting problems the way the API's 400 does. */
function checked<T>(schema: z.ZodMiniType<T>, body: T): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => {
      // A check that names the API's own error code and params (see `requestAmount`).
      const own = issue.code === 'custom' ? (issue.params as ApiStyleError | undefined) : undefined;
      return {
        fieldName: pathOf(issue.path),
        error:
          own?.error ??
          (issue.code === 'invalid_type' && issue.input !== undefined
            ? 'IN'
            : (ERROR_KINDS[issue.code] ?? 'IN')),
        params: own?.params ?? [issue.message],
      };
    }),
  );
}
