/**
 * `createSandbox`: wires the state, the seed, the pipeline, faults and the clock controls behind
 * one web-standard `fetch`.
 */
import { TokenStore } from './auth.js';
import { Clock } from './clock.js';
import { resolveConfig } from './config.js';
import { Faults } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { Ids } from './ids.js';
import { INSTITUTIONS } from './institutions.js';
import { serve, type Pipeline } from './pipeline.js';
import { ROUTES } from './routes/index.js';
import { issueLogin } from './routes/auth.js';
import { SEED_SPAN_MS, seed, seedUsers } from './seed.js';
import type { SandboxState } from './state.js';
import { deliver } from './transport.js';
import type { Sandbox, SandboxOptions, SandboxUser } from './types.js';
import { Webhooks } from './webhooks.js';

/**
 * Create an in-memory, deterministic Weavr Payment Run API. The same options and the same calls
 * give the same ids and answers. Nothing touches the DOM; timers run only with `autoAdvance`.
 *
 * @example
 * const sandbox = createSandbox();
 * const token = await sandbox.login('creator');
 * const res = await sandbox.fetch('/v1/payment_runs', {
 *   headers: { 'api-key': sandbox.apiKey, authorization: `Bearer ${token}` },
 * });
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const config = resolveConfig(options);
  const clock = new Clock(config.seed ? config.now - SEED_SPAN_MS : config.now);
  const ids = new Ids(clock);
  const webhooks = new Webhooks(config.apiKey, clock, ids);
  const state: SandboxState = {
    config,
    clock,
    ids,
    webhooks,
    tokens: new TokenStore(clock, ids, config.tokenLifetimeMs),
    buyer: {
      id: ids.numeric(),
      name: 'Sandbox Marketplace Buyer Ltd',
      supportedCurrencies: ['GBP', 'EUR'],
    },
    users: [],
    runs: new Map(),
    linkedAccounts: new Map(),
    institutions: INSTITUTIONS,
  };

  webhooks.muted = true;
  const cast = seedUsers(state);
  if (config.seed) seed(state, cast, config.now);
  webhooks.muted = false;

  const pipeline: Pipeline = {
    state,
    routes: ROUTES,
    idempotency: new IdempotencyStore(clock),
    inFlight: new Set(),
  };
  const faults = new Faults();

  // Clock moves are serialised, so an auto-advance tick never interleaves with `advance`.
  let clockQueue: Promise<void> = Promise.resolve();
  const advance = (ms: number): Promise<void> => {
    clockQueue = clockQueue.then(async () => {
      clock.runUntil(clock.now() + Math.max(0, ms));
      await webhooks.settle();
    });
    return clockQueue;
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  if (config.autoAdvanceMs !== undefined) {
    let last = Date.now();
    timer = setInterval(() => {
      const real = Date.now();
      void advance(real - last);
      last = real;
    }, config.autoAdvanceMs);
  }

  const publicUser = (user: (typeof cast)['creator']): SandboxUser => ({
    id: user.id,
    email: user.email,
    password: user.password,
    roles: user.roles,
  });

  return {
    fetch: (input, init) =>
      deliver(input, init, config.basePath, faults, async (request, path, delay) => {
        const response = await serve(pipeline, request, path, delay);
        await webhooks.settle();
        return response;
      }),
    apiKey: config.apiKey,
    buyerId: state.buyer.id,
    users: { creator: publicUser(cast.creator), controller: publicUser(cast.controller) },
    login: (user) => Promise.resolve(issueLogin(state, cast[user])),
    now: () => clock.now(),
    advance,
    onWebhook: (listener) => webhooks.on(listener),
    faults,
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}
