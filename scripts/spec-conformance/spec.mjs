/**
 * Loads the official OpenAPI 3.0 spec and turns every operation into validators (ajv, draft-07).
 *
 * OpenAPI 3.0 → JSON Schema conversion: `nullable: true` adds `null` to the type; `example`,
 * `x-*`, `xml`, `externalDocs` and `discriminator` are dropped; `format` int32/int64/password are
 * registered as ajv formats; in request schemas readOnly properties are not required.
 * Phantom `required` entries (names that are not properties of the same schema or of an allOf
 * sibling, digest §10.3) are stripped and recorded in `spec.phantoms`.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const DROPPED = new Set(['example', 'xml', 'externalDocs', 'discriminator']);
const INT32 = 2 ** 31;

function createAjv() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('password', () => true);
  return ajv;
}

/** A JSON-schema copy of an OpenAPI schema; `mode` is 'request' or 'response'. */
function convert(node, mode, phantoms, siblings = []) {
  if (Array.isArray(node)) return node.map((item) => convert(item, mode, phantoms));
  if (node === null || typeof node !== 'object') return node;
  const allOfProps = (node.allOf ?? []).flatMap((b) => Object.keys(b?.properties ?? {}));
  const known = new Set([...Object.keys(node.properties ?? {}), ...siblings, ...allOfProps]);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, convert(s, mode, phantoms)]),
      );
    } else if (key === 'allOf') {
      out.allOf = value.map((branch) => convert(branch, mode, phantoms, [...known]));
    } else if (key === 'required' && Array.isArray(value)) {
      out.required = value.filter((name) => {
        if (!known.has(name)) phantoms.add(name);
        return known.has(name) && !(mode === 'request' && node.properties?.[name]?.readOnly);
      });
    } else {
      out[key] = convert(value, mode, phantoms);
    }
  }
  if (node.nullable === true && out.type) out.type = [out.type, 'null'].flat();
  if (node.nullable === true && out.enum) out.enum = [...out.enum, null];
  return out;
}

/** `{payment_run_id}` templates → a RegExp with named groups; literal paths sort first. */
function pathMatcher(template) {
  const names = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n) => {
    names.push(n);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), names };
}

export function loadSpec(file) {
  const doc = parse(readFileSync(file, 'utf8'));
  const ajv = createAjv();
  const phantoms = new Set();
  const compiled = { request: new Map(), response: new Map() };
  const validator = (schema, mode) => {
    if (!schema) return undefined;
    const cache = compiled[mode];
    if (!cache.has(schema)) cache.set(schema, ajv.compile(convert(schema, mode, phantoms)));
    return cache.get(schema);
  };
  const operations = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const security = (op.security ?? doc.security).flatMap((req) => Object.keys(req));
      const body = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        ...pathMatcher(template),
        params: params.map((p) => ({ ...p, validate: () => validator(p.schema, 'request') })),
        security,
        hasBody: Boolean(op.requestBody),
        bodyRequired: op.requestBody?.required === true,
        validateBody: () => validator(body, 'request'),
        response(status) {
          const declared = op.responses[String(status)];
          if (!declared) return undefined;
          const schema = declared.content?.['application/json']?.schema;
          const headers = Object.entries(declared.headers ?? {});
          return {
            hasBody: Boolean(declared.content),
            requiredHeaders: headers.filter(([, h]) => h.required).map(([name]) => name),
            validate: () => validator(schema, 'response'),
          };
        },
      });
    }
  }
  operations.sort((a, b) => a.names.length - b.names.length);
  const webhooks = Object.fromEntries(
    Object.entries(doc['x-webhooks'] ?? {}).map(([name, { post }]) => [
      name,
      {
        requiredHeaders: post.parameters.filter((p) => p.required).map((p) => p.name),
        validate: () => validator(post.requestBody.content['application/json'].schema, 'response'),
      },
    ]),
  );
  return {
    phantoms,
    operations,
    webhooks,
    /** The operation serving `method pathname`, with its decoded path parameters. */
    find(method, pathname) {
      for (const op of operations) {
        const m = op.method === method.toUpperCase() && op.regex.exec(pathname);
        if (!m) continue;
        const values = op.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]);
        return { op, pathParams: Object.fromEntries(values) };
      }
      return undefined;
    },
  };
}
