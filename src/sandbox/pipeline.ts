/**
 * One request through the API's checks, in the digest's order: route, api-key (401, no body),
 * bearer (401), role (403), body parse (400), idempotency, then the handler, which validates
 * (400), finds (404) and checks state (409) in that order by throwing `ApiError`s.
 */
import { bearerToken } from './auth.js';
import { ApiError, badRequest, empty, forbidden, json, unauthorized } from './http.js';
import type { IdempotencyStore } from './idempotency.js';
import type { UserRecord } from './model.js';
import { matchRoute, type RequestContext, type Route } from './router.js';
import type { SandboxState } from './state.js';

export interface Pipeline {
  readonly state: SandboxState;
  readonly routes: readonly Route[];
  readonly idempotency: IdempotencyStore;
  /** Paths with an `exclusive` call in flight. */
  readonly inFlight: Set<string>;
}

/**
 * Serve `request` at routed `path`. `delay` is the fault latency: awaited once before answering,
 * after the idempotency ref is registered so a duplicate sent meanwhile sees it in flight.
 */
export async function serve(
  pipeline: Pipeline,
  request: Request,
  path: string,
  delay: () => Promise<void>,
): Promise<Response> {
  let prepared: { ctx: RequestContext; route: Route } | Response;
  try {
    prepared = await prepare(pipeline, request, path);
  } catch (error) {
    prepared = toResponse(error);
  }
  if (prepared instanceof Response) {
    await delay();
    return withRequestRef(pipeline, prepared);
  }
  const { ctx, route } = prepared;
  const work = async (): Promise<Response> => {
    await delay();
    return runHandler(route, ctx);
  };
  let response: Response;
  const ref = request.headers.get('idempotency-ref');
  if (route.exclusive) {
    response = await exclusive(pipeline, route.exclusive, path, work);
  } else if (route.idempotent && ref) {
    const key = `${route.operation} ${path}\n${ref}\n${await bodyText(request)}`;
    response = await pipeline.idempotency.run(key, work);
  } else {
    response = await work();
  }
  return withRequestRef(pipeline, response);
}

async function prepare(
  pipeline: Pipeline,
  request: Request,
  path: string,
): Promise<{ ctx: RequestContext; route: Route } | Response> {
  const { state } = pipeline;
  const match = matchRoute(pipeline.routes, request.method, path);
  if (!match.route) {
    if (match.allow.length === 0)
      return json({ code: 'NOT_FOUND', message: `No route ${path}` }, 404);
    return empty(405, { allow: match.allow.join(', ') });
  }
  const { route, params } = match;
  if (route.security !== 'none' && request.headers.get('api-key') !== state.config.apiKey) {
    throw unauthorized();
  }
  let user: UserRecord | undefined;
  const token = bearerToken(request.headers);
  if (route.security === 'user') {
    const userId = token === undefined ? undefined : state.tokens.use(token);
    user = state.users.find((u) => u.id === userId);
    if (!user) throw unauthorized();
    if (route.roles && !route.roles.some((role) => user!.roles.includes(role))) throw forbidden();
  }
  const body = route.body ? parseJson(await bodyText(request)) : undefined;
  const query = new URL(request.url).searchParams;
  return { route, ctx: { state, request, params, query, body, user, token } };
}

// The body is read once and cached, because the idempotency key needs it too.
const bodies = new WeakMap<Request, Promise<string>>();
function bodyText(request: Request): Promise<string> {
  let text = bodies.get(request);
  if (!text) {
    text = request.text();
    bodies.set(request, text);
  }
  return text;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw badRequest([], 'Request body is required');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest([], 'Request body is not valid JSON');
  }
}

function runHandler(route: Route, ctx: RequestContext): Response {
  try {
    return route.handle(ctx);
  } catch (error) {
    return toResponse(error);
  }
}

async function exclusive(
  pipeline: Pipeline,
  code: string,
  path: string,
  work: () => Promise<Response>,
): Promise<Response> {
  if (pipeline.inFlight.has(path)) return new ApiError(409, { errorCode: code }).toResponse();
  pipeline.inFlight.add(path);
  try {
    return await work();
  } finally {
    pipeline.inFlight.delete(path);
  }
}

function toResponse(error: unknown): Response {
  if (error instanceof ApiError) return error.toResponse();
  // A sandbox bug should look like the API's 500, not crash the caller's fetch.
  console.error('[sandbox] handler failed', error);
  return empty(500);
}

/** The spec declares `request-ref` on every answer except 409s. */
function withRequestRef(pipeline: Pipeline, response: Response): Response {
  if (response.status !== 409) response.headers.set('request-ref', pipeline.state.ids.opaque('RR'));
  return response;
}
