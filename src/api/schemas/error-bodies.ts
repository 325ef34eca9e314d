import * as z from 'zod/mini';

const optionalString = z.optional(z.string());

/** 400 body: `{ message?, syntaxErrors?: { invalidFields?: [...] } }`. */
export const badRequestBodySchema = z.object({
  message: optionalString,
  syntaxErrors: z.optional(
    z.object({
      invalidFields: z.optional(
        z.array(
          z.object({
            params: z.optional(z.array(z.string())),
            fieldName: optionalString,
            error: optionalString,
          }),
        ),
      ),
    }),
  ),
});

/** 403/409 body `{ errorCode?, message? }` and 404/default body `{ code?, message? }`. */
export const errorBodySchema = z.object({
  errorCode: optionalString,
  code: optionalString,
  message: optionalString,
});

/** What a token endpoint answers: `{ token, expiresIn? }` (seconds). */
export const tokenResponseSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresIn: z.optional(z.number().check(z.positive())),
});
