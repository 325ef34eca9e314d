/**
 * Small validators that collect the API's 400 `invalidFields` directly. They are the sandbox's own
 * reading of the spec (independent of the client's schemas), so a client bug cannot hide behind
 * a matching sandbox bug.
 *
 * Kinds used: REQUIRED (missing or null), HAS_TEXT (not a string, or blank where text is needed),
 * SIZE (string length or array size out of bounds; params [min, max]), REGEX (pattern; params
 * [pattern]), IN (not one of the allowed values; params = the values), AT_LEAST / RANGE (numbers;
 * params [min] or [min, max]; also for non-integers), NOT_IN (a duplicate in a unique list),
 * EXACTLY (must equal params[0]), REQUIRES (an object needs one of the alternatives in params).
 */
import { badRequest, type InvalidField } from './http.js';
import type { FieldErrorKind } from '../api/enums.js';

export const HEX24 = /^[0-9a-fA-F]{24}$/;

export class FieldErrors {
  readonly list: InvalidField[] = [];

  add(fieldName: string, error: FieldErrorKind, params: (string | number)[] = []): void {
    this.list.push({ fieldName, error, params: params.map(String) });
  }

  /** Throw the 400 if anything was collected. */
  throwIfAny(): void {
    if (this.list.length > 0) throw badRequest(this.list);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

/** A string field; `required` decides whether absence is an error. Returns the value if valid. */
export function checkString(
  errors: FieldErrors,
  path: string,
  value: unknown,
  required: boolean,
  rules: StringRules = {},
): string | undefined {
  if (value === undefined || value === null) {
    if (required) errors.add(path, 'REQUIRED');
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'HAS_TEXT');
    return undefined;
  }
  const { min, max, pattern } = rules;
  if ((min !== undefined && value.length < min) || (max !== undefined && value.length > max)) {
    errors.add(path, 'SIZE', [min ?? 0, max ?? '']);
    return undefined;
  }
  if (pattern && !pattern.test(value)) {
    errors.add(path, 'REGEX', [pattern.source]);
    return undefined;
  }
  return value;
}

/** One of a fixed list of strings. */
export function checkEnum<T extends string>(
  errors: FieldErrors,
  path: string,
  value: unknown,
  required: boolean,
  values: readonly T[],
): T | undefined {
  if (value === undefined || value === null) {
    if (required) errors.add(path, 'REQUIRED');
    return undefined;
  }
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    errors.add(path, 'IN', [...values]);
    return undefined;
  }
  return value as T;
}

/** A safe integer `>= min` (and `<= max` when given). */
export function checkInteger(
  errors: FieldErrors,
  path: string,
  value: unknown,
  required: boolean,
  min: number,
  max?: number,
): number | undefined {
  if (value === undefined || value === null) {
    if (required) errors.add(path, 'REQUIRED');
    return undefined;
  }
  const ok =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= min &&
    (max === undefined || value <= max);
  if (!ok) {
    if (max === undefined) errors.add(path, 'AT_LEAST', [min]);
    else errors.add(path, 'RANGE', [min, max]);
    return undefined;
  }
  return value;
}

/** An array with `min..max` items. */
export function checkArray(
  errors: FieldErrors,
  path: string,
  value: unknown,
  min: number,
  max?: number,
): unknown[] | undefined {
  if (value === undefined || value === null) {
    errors.add(path, 'REQUIRED');
    return undefined;
  }
  if (!Array.isArray(value) || value.length < min || (max !== undefined && value.length > max)) {
    errors.add(path, 'SIZE', [min, max ?? '']);
    return undefined;
  }
  return value as unknown[];
}

/** A required object; returns it, or records REQUIRED. */
export function checkObject(
  errors: FieldErrors,
  path: string,
  value: unknown,
): Record<string, unknown> | undefined {
  if (isObject(value)) return value;
  errors.add(path, 'REQUIRED');
  return undefined;
}

/** A list of unique 24-hex ids (paths like `paymentIds[2]`). */
export function checkIdList(
  errors: FieldErrors,
  path: string,
  value: unknown,
): string[] | undefined {
  const items = checkArray(errors, path, value, 1);
  if (!items) return undefined;
  const seen = new Set<string>();
  const ids: string[] = [];
  items.forEach((item, i) => {
    const id = checkString(errors, `${path}[${i}]`, item, true, { pattern: HEX24 });
    if (id === undefined) return;
    if (seen.has(id)) errors.add(`${path}[${i}]`, 'NOT_IN', [id]);
    seen.add(id);
    ids.push(id);
  });
  return ids;
}

/** A path parameter that must be a 24-hex id. */
export function checkPathId(name: string, value: string): string {
  if (!HEX24.test(value))
    throw badRequest([{ fieldName: name, error: 'REGEX', params: [HEX24.source] }]);
  return value;
}
