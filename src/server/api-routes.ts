/**
 * The paths and methods of the Weavr Payment Run API that a browser may reach through the proxy.
 * Everything else (login, buyers, users, passwords, step-up) stays a host-side concern.
 */

/** HTTP methods the API uses. */
export const API_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type ApiMethod = (typeof API_METHODS)[number];

interface ApiRoute {
  /** Path segments; `*` stands for one path parameter. */
  readonly segments: readonly string[];
  readonly methods: readonly ApiMethod[];
  readonly simulate: boolean;
}

function route(pattern: string, methods: readonly ApiMethod[]): ApiRoute {
  const segments = pattern.split('/').slice(1);
  return { segments, methods, simulate: segments[0] === 'simulate' };
}

/** From the spec's `paths` (see the digest, sections 3, 4 and 6). */
const API_ROUTES: readonly ApiRoute[] = [
  route('/v1/payment_runs', ['GET', 'POST']),
  route('/v1/payment_runs/*', ['GET', 'PUT']),
  route('/v1/payment_runs/*/confirm', ['POST']),
  route('/v1/payment_runs/*/fund', ['GET']),
  route('/v1/payment_runs/*/cancel', ['POST']),
  route('/v1/payment_runs/*/cancel/payments', ['PUT']),
  route('/v1/payment_runs/*/restart', ['POST']),
  route('/v1/payment_runs/*/group/*/cancel', ['POST']),
  route('/v1/linked_accounts', ['GET']),
  route('/v1/linked_accounts/*', ['GET', 'PATCH']),
  route('/v1/linked_accounts/*/unlink', ['POST']),
  route('/v1/institutions', ['GET']),
  route('/simulate/v1/payment_runs/*/fund_group/*', ['POST']),
  route('/simulate/v1/linked_accounts', ['POST']),
  route('/simulate/v1/linked_accounts/*', ['DELETE']),
  route('/simulate/v1/linked_accounts/*/fund', ['POST']),
  route('/simulate/v1/consents/*/extend', ['POST']),
  route('/simulate/v1/consents/*/change_status', ['POST']),
  route('/simulate/v1/buyers/*/verify', ['POST']),
  route('/simulate/v1/payment_run_sca/*/challenges/otp/*', ['POST']),
  route('/simulate/v1/payment_run_sca/*/challenges/otp/*/verify', ['POST']),
];

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * A path parameter as it appears in the (already dot-segment-normalised) URL. Rejects anything
 * that could change the path once the upstream decodes it: encoded slashes or backslashes, dot
 * segments, control characters, malformed escapes.
 */
function isSafeParameter(segment: string): boolean {
  if (segment === '') return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false;
  }
  if (decoded === '.' || decoded === '..') return false;
  return ![...decoded].some((char) => char === '/' || char === '\\' || isControl(char));
}

function matches(apiRoute: ApiRoute, segments: readonly string[]): boolean {
  if (apiRoute.segments.length !== segments.length) return false;
  return apiRoute.segments.every((expected, i) =>
    expected === '*' ? isSafeParameter(segments[i]) : expected === segments[i],
  );
}

/**
 * The methods the API accepts on `path` (e.g. `/v1/payment_runs/abc/confirm`), or `undefined`
 * when the path is not one the proxy forwards.
 */
export function apiMethodsFor(
  path: string,
  options: { allowSimulate: boolean },
): readonly ApiMethod[] | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.split('/').slice(1);
  const found = API_ROUTES.find(
    (apiRoute) => (options.allowSimulate || !apiRoute.simulate) && matches(apiRoute, segments),
  );
  return found?.methods;
}
