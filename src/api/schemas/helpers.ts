import * as z from 'zod/mini';
import type { Open } from '../enums.js';

/** 24 hexadecimal characters: the format of run, payment and linked-account ids. */
export const HEX_ID = /^[0-9a-fA-F]{24}$/;

/**
 * A string from an API enumeration that may hold a value this library does not know yet. It is
 * kept as sent (so the UI can show it) instead of failing the whole response.
 */
export const open = <T extends string>() => z.string() as unknown as z.ZodMiniType<Open<T>>;

/** A whole number: amounts are integer minor units, never fractions. */
export const integer = z.number().check(z.refine(Number.isInteger, 'Expected an integer'));

/**
 * Request schemas check every constraint of the spec; response schemas only check the shape, so
 * that data the API itself produced (a SEPA name with an accent, a payment id of another format)
 * never makes a run unreadable. `text(strict, ...checks)` is a string with or without its checks.
 */
export const text = (strict: boolean, ...checks: z.core.$ZodCheck<string>[]) =>
  strict ? z.string().check(...checks) : z.string();
