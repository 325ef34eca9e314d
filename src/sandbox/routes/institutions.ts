/** GET /v1/institutions (api-key only): filters and offset/limit paging (no cap in the spec). */
import { MARKETS } from '../../api/enums.js';
import { json } from '../http.js';
import type { RequestContext, Route } from '../router.js';
import { FieldErrors, checkEnum } from '../validate.js';

function queryInteger(errors: FieldErrors, raw: string | null, name: string, min: number) {
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    errors.add(name, 'AT_LEAST', [min]);
    return undefined;
  }
  return Number(raw);
}

function list(ctx: RequestContext): Response {
  const { query, state } = ctx;
  const errors = new FieldErrors();
  const offset = queryInteger(errors, query.get('offset'), 'offset', 0) ?? 0;
  const limit = queryInteger(errors, query.get('limit'), 'limit', 1);
  const markets = query.getAll('market');
  markets.forEach((m, i) => checkEnum(errors, `market[${i}]`, m, true, MARKETS));
  errors.throwIfAny();
  const country = query.get('country');
  const ids = query.getAll('institutionIds').flatMap((v) => v.split(','));
  const name = query.get('institutionName')?.toLowerCase();
  const matching = state.institutions
    .filter((i) => country === null || i.countries.includes(country.toUpperCase()))
    .filter((i) => ids.length === 0 || ids.includes(i.id))
    .filter((i) => !name || i.displayName.toLowerCase().includes(name))
    .filter((i) => markets.length === 0 || i.markets.some((m) => markets.includes(m)));
  const page = matching.slice(offset, limit === undefined ? undefined : offset + limit);
  return json({
    institutions: page.map(({ id, displayName, markets: m, currencies, countries, images }) => ({
      id,
      displayName,
      markets: [...m],
      currencies: [...currencies],
      countries: [...countries],
      images: { ...images },
    })),
    count: matching.length,
    responseCount: page.length,
  });
}

export const institutionRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/v1/institutions',
    operation: 'getInstitutions',
    security: 'apiKey',
    handle: list,
  },
];
