import * as z from 'zod/mini';
import type { Open } from '../enums.js';

/** 24 hexadecimal characters: the format of run, payment and linked-account ids. */
export const HEX_ID = /^[0-9a-fA-F]{24}$/;

/**
 * A string from an API enumeration that may hold a value this library does not know yet. It is
 * kept as sent (so the UI can show it) instead of failing the whole response.
 */
export const open = <T extends string>() => z.string() as unknown as z.ZodMiniType<Open<T>>;

/**
 * The largest amount, in minor units: 2^53 − 1, the largest integer JavaScript holds exactly (well
 * within the spec's int64). A larger amount is refused both ways rather than silently rounded: a
 * request before it is sent (ValidationError `RANGE`), an answer as an UnexpectedResponseError;
 * the sandbox answers 400 `RANGE` with the same bounds.
 */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** An amount the API sent: integer minor units JavaScript holds exactly. */
export const integer = z.number().check(z.refine(Number.isSafeInteger, 'Expected a safe integer'));

/**
 * An amount to send: integer minor units from 1 to {@link MAX_AMOUNT}. Refused with the codes the
 * sandbox answers: `RANGE [1, MAX_AMOUNT]` beyond the exact range, `AT_LEAST [1]` otherwise.
 */
export const requestAmount = z.number().check(
  z.refine((n) => !(Number.isInteger(n) && n > MAX_AMOUNT), {
    message: 'Too large',
    params: { error: 'RANGE', params: ['1', String(MAX_AMOUNT)] },
    abort: true,
  }),
  z.refine((n) => Number.isSafeInteger(n) && n >= 1, {
    message: 'Too small',
    params: { error: 'AT_LEAST', params: ['1'] },
  }),
);

/**
 * Request schemas check every constraint of the spec; response schemas only check the shape, so
 * that data the API itself produced (a SEPA name with an accent, a payment id of another format)
 * never makes a run unreadable. `text(strict, ...checks)` is a string with or without its checks.
 */
export const text = (strict: boolean, ...checks: z.core.$ZodCheck<string>[]) =>
  strict ? z.string().check(...checks) : z.string();
