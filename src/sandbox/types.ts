/**
 * The sandbox's public types: what `createSandbox` takes and returns.
 */
import type { UserRole } from '../api/enums.js';

/** Options of {@link createSandbox}. Every field is optional; the defaults suit tests and the demo. */
export interface SandboxOptions {
  /** The `api-key` the sandbox accepts and signs webhooks with. Default `'sandbox-api-key'`. */
  apiKey?: string;
  /** Pathname prefix stripped before routing, e.g. `'/api'`. Default `''` (so `/v1/payment_runs`). */
  basePath?: string;
  /** Seed a buyer, users, linked accounts and runs in several states. Default `true`. */
  seed?: boolean;
  /** Start of the sandbox clock, epoch ms. Default `Date.UTC(2026, 0, 5, 9, 0, 0)`. */
  now?: number;
  /** Move the clock with real time: `true` ticks every 250 ms, a number every that many ms. Default `false`. */
  autoAdvance?: boolean | number;
  /** Sandbox time a new run stays QUEUED before it is validated. Default 1500. */
  validationDelayMs?: number;
  /** Sandbox time a funded group stays EXECUTING before its payments are final. Default 3000. */
  executionDelayMs?: number;
  /** Per-bank maximum total of one funding group, minor units. Default 2_500_000. */
  fundingGroupLimit?: number;
  /** Wrong SCA codes allowed per challenge session before the run is SCA_FAILED. Default 3. */
  scaMaxAttempts?: number;
  /** Sandbox time an issued SCA challenge stays valid. Default 5 minutes. */
  scaExpiryMs?: number;
  /** Sliding life of an auth token, renewed on every use. Default 5 minutes. */
  tokenLifetimeMs?: number;
}

/** A seeded user and the credentials `POST /v1/login_with_password` accepts. */
export interface SandboxUser {
  id: string;
  email: string;
  password: string;
  roles: readonly UserRole[];
}

/** One webhook as the sandbox would POST it to an embedder. */
export interface SandboxWebhook {
  /** `paymentRunWatch`, `paymentRunPaymentWatch`, `paymentRunGroupNotFunded` or `linkedAccountWatch`. */
  type: string;
  /** `published-timestamp`, `call-ref`, `signature`, `signature-v2` and `content-type`. */
  headers: Record<string, string>;
  /** The raw JSON text, exactly as signed. */
  body: string;
}

/** A rule that changes how the sandbox answers matching requests. */
export interface FaultRule {
  /** HTTP method to match (any case); omit to match every method. */
  method?: string;
  /** Routed pathname (after `basePath`) to match, exactly or by RegExp; omit to match every path. */
  path?: string | RegExp;
  /** Apply to the next N matching calls, then drop the rule; omit to keep it until removed. */
  times?: number;
  /** Answer with this status instead of running the real handler. */
  status?: number;
  /** Headers of the `status` answer, e.g. `x-ratelimit-limit` and `x-ratelimit-reset` for a 429. */
  headers?: Record<string, string>;
  /** Body of the `status` answer. */
  body?: string;
  /** Real-time delay before answering; the real handler still runs unless `status` is set. */
  latencyMs?: number;
  /** Reject the fetch with `TypeError('Failed to fetch')`, like a dropped connection. */
  drop?: boolean;
  /** Run the real handler but replace its body with broken JSON. */
  malformed?: boolean;
}

/** Fault injection controls. */
export interface SandboxFaults {
  /** Add a rule (the first matching rule wins); returns a function that removes it. */
  add(rule: FaultRule): () => void;
  /** Remove every rule. */
  clear(): void;
}

/** An in-memory, deterministic Weavr Payment Run API. */
export interface Sandbox {
  /** Web-standard fetch serving the API paths (and `/sandbox/token/{creator|controller}`). */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** The `api-key` to send, and the webhook signing key. */
  readonly apiKey: string;
  /** The seeded buyer's id. */
  readonly buyerId: string;
  /** The seeded users: a CREATOR and a CONTROLLER (SMS enrolled). */
  readonly users: { creator: SandboxUser; controller: SandboxUser };
  /** A fresh auth token for a seeded user, as `POST /v1/login_with_password` gives. */
  login(user: 'creator' | 'controller'): Promise<string>;
  /** The sandbox clock, epoch ms. */
  now(): number;
  /** Move the clock forward and run everything that falls due, in time order. */
  advance(ms: number): Promise<void>;
  /** Listen to every webhook the sandbox emits; returns an unsubscribe function. */
  onWebhook(listener: (event: SandboxWebhook) => void): () => void;
  /** Fault injection. */
  readonly faults: SandboxFaults;
  /** Stop the auto-advance timer. */
  stop(): void;
}
