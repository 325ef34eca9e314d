/**
 * Route table and matching. A route declares what the pipeline checks before its handler runs,
 * taken from the spec: security (api-key only, or api-key + bearer), roles, whether the op takes
 * `idempotency-ref`, and whether it has a JSON body.
 */
import type { UserRole } from '../api/enums.js';
import type { UserRecord } from './model.js';
import type { SandboxState } from './state.js';
import { unauthorized } from './http.js';

/** `none`: open (the demo token endpoint); `apiKey`: api-key only; `user`: api-key + bearer. */
export type Security = 'none' | 'apiKey' | 'user';

export interface RequestContext {
  readonly state: SandboxState;
  readonly request: Request;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body (undefined when the route takes none). */
  readonly body: unknown;
  readonly user: UserRecord | undefined;
  readonly token: string | undefined;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` parameters, e.g. `/v1/payment_runs/:payment_run_id`. */
  readonly path: string;
  /** The spec's operationId; part of the idempotency key. */
  readonly operation: string;
  readonly security: Security;
  /** Any one of these roles is enough; omit for any authenticated user. */
  readonly roles?: readonly UserRole[];
  readonly idempotent?: boolean;
  /** 409 code for a second call on the same path while one is in flight. */
  readonly exclusive?: string;
  readonly body?: boolean;
  handle(ctx: RequestContext): Response;
}

export type RouteMatch =
  { route: Route; params: Record<string, string> } | { route?: undefined; allow: string[] };

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i];
    const actual = got[i];
    if (segment.startsWith(':')) {
      if (!actual) return undefined;
      params[segment.slice(1)] = decodeURIComponent(actual);
    } else if (segment !== actual) {
      return undefined;
    }
  }
  return params;
}

/** The route for `method path`, or the methods the path allows (empty: unknown path). */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method.toUpperCase()) return { route, params };
    allow.push(route.method);
  }
  return { allow };
}

/** The authenticated user of a `user`-secured route. */
export function userOf(ctx: RequestContext): UserRecord {
  if (!ctx.user) throw unauthorized();
  return ctx.user;
}
