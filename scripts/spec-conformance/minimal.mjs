/**
 * The client must read every answer the spec allows, not only the full ones our sandbox gives:
 * each 2xx body the client received is cut down to the properties the spec requires and parsed
 * again with the client's own (zod) response schema.
 */
const ZOD_SCHEMA_OF = {
  postPaymentRun: 'paymentRunSchema',
  getPaymentRunsId: 'paymentRunSchema',
  postPaymentRunsIdConfirm: 'paymentRunSchema',
  getPaymentRuns: 'paymentRunPageSchema',
  getPaymentRunsIdFund: 'fundingInstructionsSchema',
  getLinkedAccounts: 'linkedAccountListSchema',
  getLinkedAccountsId: 'linkedAccountSchema',
  patchLinkedAccountsId: 'linkedAccountSchema',
  unlinkLinkedAccountsId: 'linkedAccountSchema',
  getInstitutions: 'institutionPageSchema',
};

/** `value` with only the properties `schema` (a converted JSON schema) requires. */
export function minimal(schema, value) {
  if (!schema || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => minimal(schema.items, item));
  const parts = [schema, ...(schema.allOf ?? [])];
  const branch = schema.oneOf?.find((b) => (b.required ?? []).every((key) => key in value));
  if (branch) parts.push(branch);
  const required = new Set(parts.flatMap((p) => p.required ?? []));
  const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
  const kept = Object.entries(value).filter(([key]) => required.has(key));
  return Object.fromEntries(kept.map(([key, v]) => [key, minimal(properties[key], v)]));
}

export function checkMinimalAnswers(report, api, answers) {
  for (const { op, status, body } of answers) {
    const zod = api[ZOD_SCHEMA_OF[op.id]];
    const validate = op.response(status)?.validate();
    if (!zod || !validate) continue;
    const cut = minimal(validate.schema, body);
    if (!validate(cut)) continue; // cannot happen: a cut-down valid body stays valid
    const result = zod.safeParse(cut);
    const issues = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    report.check(
      result.success,
      `[client] reading a minimal ${op.id} ${status} answer fails: ${issues.join(', ')}`,
    );
  }
}
