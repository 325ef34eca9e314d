/**
 * The checks: a request against its operation (route, security headers, idempotency-ref,
 * parameters, body) and a response against the operation's declared status (headers, body).
 * Every check counts once; a failure prints one line naming the source, operation and status.
 */
import { allowedError } from './allow-list.mjs';

export class Report {
  passed = 0;
  failed = 0;
  allowed = new Map();
  problems = [];

  /** A quiet report collects problem lines instead of printing them. */
  constructor({ quiet = false } = {}) {
    this.quiet = quiet;
  }

  check(ok, line) {
    if (ok) this.passed++;
    else {
      this.failed++;
      if (this.quiet) this.problems.push(line);
      else console.log(`✗ ${line}`);
    }
    return ok;
  }

  allow(entry) {
    this.allowed.set(entry.reason, (this.allowed.get(entry.reason) ?? 0) + 1);
  }
}

function formatErrors(errors, base = '') {
  const text = errors.map((e) => {
    const detail = e.params?.allowedValues;
    const path = `${base}${e.instancePath}` || '(root)';
    return `${path} ${e.message}${detail ? ` ${JSON.stringify(detail)}` : ''}`;
  });
  return text.length > 4 ? [...text.slice(0, 4), `(+${text.length - 4} more)`] : text;
}

/** Validates `value`; errors on the allow-list are recorded as allowed, not failed. */
export function validateWith(report, validate, value, where, line) {
  if (!validate) return true;
  validate(value);
  const errors = (validate.errors ?? []).filter((e) => {
    const entry = allowedError(where, e);
    if (entry) report.allow(entry);
    return !entry;
  });
  return report.check(errors.length === 0, `${line}: ${formatErrors(errors).join('; ')}`);
}

/** A query/path value as the schema's type wants it (query strings are text). */
function coerce(schema, raw) {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function checkParams(report, found, url, tag) {
  const { op, pathParams } = found;
  const problems = [];
  for (const param of op.params) {
    const header = param.in === 'header';
    if (header || param.in === 'cookie') continue;
    const values =
      param.in === 'path' ? [pathParams[param.name]] : url.searchParams.getAll(param.name);
    if (values.length === 0) {
      if (param.required) problems.push(`required ${param.in} parameter ${param.name} missing`);
      continue;
    }
    const array = param.schema?.type === 'array';
    if (!array && values.length > 1) problems.push(`${param.name} repeated`);
    const value = array
      ? values.map((v) => coerce(param.schema.items, v))
      : coerce(param.schema, values[0]);
    const validate = param.validate();
    if (validate && !validate(value)) {
      problems.push(...formatErrors(validate.errors, param.name));
    }
  }
  const declared = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!declared.has(name)) problems.push(`undeclared query parameter ${name}`);
  }
  report.check(problems.length === 0, `${tag} parameters: ${problems.join('; ')}`);
}

/** Checks one request (a clone: its body is read). Returns the operation found, if any. */
export async function checkRequest(spec, report, request, source) {
  const url = new URL(request.url);
  const found = spec.find(request.method, url.pathname);
  const route = `${request.method} ${url.pathname}`;
  if (!report.check(found, `[${source}] request ${route}: no such operation in the spec`)) return;
  const { op } = found;
  const tag = `[${source}] request ${op.id}`;
  const h = request.headers;
  const security = [];
  if (op.security.includes('apiKey') && !h.get('api-key')) security.push('api-key missing');
  if (op.security.includes('authToken') && !/^Bearer \S+$/i.test(h.get('authorization') ?? '')) {
    security.push('Authorization: Bearer missing');
  }
  report.check(security.length === 0, `${tag} security: ${security.join('; ')}`);
  const headerParams = op.params.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
  const idem = h.has('idempotency-ref');
  report.check(
    !idem || headerParams.includes('idempotency-ref'),
    `${tag} headers: idempotency-ref sent, but the operation does not declare it`,
  );
  checkParams(report, found, url, tag);
  const text = await request.text();
  if (!op.hasBody) {
    report.check(text === '', `${tag} body: a body on an operation without requestBody`);
  } else if (text === '') {
    report.check(!op.bodyRequired, `${tag} body: required requestBody missing`);
  } else {
    const json = /application\/json/.test(h.get('content-type') ?? '');
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (report.check(json && body !== undefined, `${tag} body: not application/json`)) {
      validateWith(report, op.validateBody(), body, { op: op.id, in: 'request' }, `${tag} body`);
    }
  }
  return found;
}

/** Checks one response (a clone: its body is read) of the operation at `method url`. */
export async function checkResponse(spec, report, method, url, response, source) {
  const found = spec.find(method, new URL(url).pathname);
  if (!found) return;
  const { op } = found;
  const { status } = response;
  const tag = `[${source}] response ${op.id} ${status}`;
  const declared = op.response(status);
  if (!report.check(declared, `${tag}: status not declared by the operation`)) return;
  const missing = declared.requiredHeaders.filter((name) => !response.headers.has(name));
  report.check(missing.length === 0, `${tag} headers: missing ${missing.join(', ')}`);
  const text = await response.text();
  if (!declared.hasBody) {
    report.check(text === '', `${tag} body: the spec declares no body, got ${text.slice(0, 80)}`);
    return;
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const json = /application\/json/.test(response.headers.get('content-type') ?? '');
  if (!report.check(json && body !== undefined, `${tag} body: not application/json`)) return;
  validateWith(report, declared.validate(), body, { op: op.id, status, in: 'response' }, tag);
}
