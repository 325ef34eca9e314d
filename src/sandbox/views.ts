/**
 * Records as the API shows them. PaymentRun also carries `buyerId`, which the spec lists as
 * required without declaring it (digest §10.3), so both strict and lenient readers are satisfied.
 */
import type { GroupRecord, LinkedAccountRecord, PaymentRecord, RunRecord } from './model.js';
import type { SandboxState } from './state.js';

export function paymentView(payment: PaymentRecord): Record<string, unknown> {
  return {
    id: payment.id,
    status: payment.status,
    ...(payment.externalRef !== undefined && { externalRef: payment.externalRef }),
    ...(payment.paymentRef !== undefined && { paymentRef: payment.paymentRef }),
    paymentAmount: { ...payment.paymentAmount },
    reference: payment.reference,
    supplier: structuredClone(payment.supplier),
    ...(payment.validationOutcomes && {
      validationOutcomes: structuredClone(payment.validationOutcomes),
    }),
  };
}

export function paymentRunView(run: RunRecord): Record<string, unknown> {
  return {
    id: run.id,
    ...(run.paymentRunRef !== undefined && { paymentRunRef: run.paymentRunRef }),
    ...(run.tag !== undefined && { tag: run.tag }),
    ...(run.description !== undefined && { description: run.description }),
    buyerId: run.buyerId,
    createdBy: run.createdBy,
    status: run.status,
    ...(run.statusReason !== undefined && { statusReason: run.statusReason }),
    payments: run.payments.map(paymentView),
    createdAt: new Date(run.createdAt).toISOString(),
  };
}

export function groupView(run: RunRecord, group: GroupRecord): Record<string, unknown> {
  return {
    reference: group.reference,
    totalAmount: { ...group.totalAmount },
    status: group.status,
    ...(group.fundingDate !== undefined && {
      fundingDate: new Date(group.fundingDate).toISOString(),
    }),
    payments: run.payments.filter((p) => group.paymentIds.includes(p.id)).map(paymentView),
  };
}

export function linkedAccountView(
  state: SandboxState,
  account: LinkedAccountRecord,
): Record<string, unknown> {
  const institution = state.institutions.find((i) => i.id === account.institutionId);
  const remainingMs = Math.max(0, account.consent.expiresAt - state.clock.now());
  return {
    id: account.id,
    accountIdentification: { ...account.accountIdentification },
    currency: account.currency,
    institution: {
      displayName: institution?.displayName ?? account.institutionId,
      countries: [...(institution?.countries ?? ['GB'])],
      images: { ...institution?.images },
      ...(institution?.info && { info: { ...institution.info } }),
    },
    consent: {
      expiresAt: new Date(account.consent.expiresAt).toISOString(),
      // The spec leaves the unit open; seconds left on the sandbox clock, 0 once expired.
      expiresIn: account.consent.status === 'ACTIVE' ? Math.floor(remainingMs / 1000) : 0,
      status: account.consent.status,
    },
    status: account.status,
    ...(account.friendlyName !== undefined && { friendlyName: account.friendlyName }),
  };
}

/** The total of a run, used by the min_amount / max_amount filters (all lines, any status). */
export function runTotal(run: RunRecord): number {
  return run.payments.reduce((sum, p) => sum + p.paymentAmount.amount, 0);
}
