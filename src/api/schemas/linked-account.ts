import * as z from 'zod/mini';
import type { ConsentStatus, Currency, LinkedAccountStatus, Market } from '../enums.js';
import { open } from './helpers.js';
import { bankDetailsSchemas } from './payment-run.js';

const images = z.optional(z.object({ icon: z.optional(z.string()), logo: z.optional(z.string()) }));

/** A bank account of the buyer, linked over open banking, that can fund runs. */
export const linkedAccountSchema = z.object({
  id: z.string(),
  accountIdentification: z.union([bankDetailsSchemas.fasterPayments, bankDetailsSchemas.sepa]),
  currency: open<Currency>(),
  institution: z.object({
    displayName: z.optional(z.string()),
    countries: z.array(z.string()),
    images,
    info: z.optional(
      z.object({
        loginUrl: z.optional(z.string()),
        helplinePhoneNumber: z.optional(z.string()),
      }),
    ),
  }),
  consent: z.object({
    expiresAt: z.string(),
    expiresIn: z.number(),
    status: open<ConsentStatus>(),
  }),
  status: open<LinkedAccountStatus>(),
  friendlyName: z.optional(z.string()),
});

/** Answer of `GET /v1/linked_accounts` (getLinkedAccounts). */
export const linkedAccountListSchema = z.object({
  linkedAccounts: z.array(linkedAccountSchema),
  count: z.optional(z.number()),
  responseCount: z.optional(z.number()),
});

/** A bank supported for funding (`GET /v1/institutions`). */
export const institutionSchema = z.object({
  id: z.string(),
  displayName: z.optional(z.string()),
  markets: z.optional(z.array(open<Market>())),
  currencies: z.optional(z.array(open<Currency>())),
  countries: z.array(z.string()),
  images,
});

/** Answer of `GET /v1/institutions` (getInstitutions). */
export const institutionPageSchema = z.object({
  institutions: z.array(institutionSchema),
  count: z.number(),
  responseCount: z.number(),
});

export type LinkedAccount = z.infer<typeof linkedAccountSchema>;
export type LinkedAccountList = z.infer<typeof linkedAccountListSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type InstitutionPage = z.infer<typeof institutionPageSchema>;
