import { html, nothing } from 'lit';
import type { InvalidField } from '../../api/errors/validation-error.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
export { apiStrings, errorText } from '../../i18n/api-strings.js';
import { errorText } from '../../i18n/api-strings.js';
import type { Params, Translate } from '../../i18n/translate.js';
import type { Problems } from './problems.js';
import type { Row, RowStore } from './rows.js';
import type { RunField } from './run-fields.js';
import type { FieldError, RowField, Scheme } from './validators.js';

/**
 * What the builder shows after a submit: the error summary, the API's 400 mapped onto rows and
 * fields, the banner of other failures, and the created run. Loaded with the first submit, not
 * at first paint (the state it shows is `ProblemsController`'s).
 */
export { builderFeedbackStrings } from './strings-feedback.js';
export { feedbackStyles } from './feedback.styles.js';

export interface FeedbackHost {
  store: RowStore;
  t: (key: string, params?: Params) => string;
  message: (error: FieldError) => string;
  /** Run fields with a problem (label key and error), in display order. */
  runFieldErrors: { field: string; error: FieldError }[];
  /** Problems the API reported on paths the builder cannot place on a field. */
  unplaced: readonly InvalidField[];
  focusField: (row: Row, field: RowField) => void;
  focusRunField: (field: string) => void;
}

const PATHS: Record<string, RowField> = {
  'supplier.name': 'name',
  'supplier.type': 'type',
  'supplier.bankAccountDetails.accountNumber': 'accountNumber',
  'supplier.bankAccountDetails.sortCode': 'sortCode',
  'supplier.bankAccountDetails.iban': 'iban',
  'supplier.bankAccountDetails.bankIdentifierCode': 'bic',
  'supplier.address': 'address',
  'supplier.bankName': 'bankName',
  'supplier.bankCountry': 'bankCountry',
  paymentAmount: 'amount',
  'paymentAmount.amount': 'amount',
  'paymentAmount.currency': 'amount',
  reference: 'reference',
  externalRef: 'externalRef',
  paymentRef: 'paymentRef',
};

/** The row field an API path inside one payment points at (`supplier.name` → `name`). */
export function fieldOfPath(path: string, scheme: Scheme): RowField | undefined {
  if (path === 'supplier.bankAccountDetails') return scheme === 'sepa' ? 'iban' : 'accountNumber';
  return PATHS[path];
}

/** A 400 entry as a field error (`server.REGEX` and the spec's parameters). */
export const serverError = (item: InvalidField): FieldError => ({
  code: `server.${item.error}`,
  params: { params: (item.params ?? []).join(', ') },
});

/**
 * Puts the API's 400 `invalidFields` on the rows that were sent (`sent[i]` is the row of
 * `payments[i]`). Returns the ones that name no row field (run fields, unknown paths).
 */
export function applyServerErrors(
  store: RowStore,
  invalid: readonly InvalidField[],
  sent: readonly Row[],
): InvalidField[] {
  const rest: InvalidField[] = [];
  for (const item of invalid) {
    const match = /^payments\[(\d+)\]\.(.+)$/.exec(item.fieldName ?? '');
    const row = match ? sent[Number(match[1])] : undefined;
    const field = match ? fieldOfPath(match[2], store.ctx.scheme) : undefined;
    if (row && field && store.byId.has(row.id)) {
      row.server[field] = serverError(item);
      row.render?.();
    } else rest.push(item);
  }
  return rest;
}

/** The list of problems shown after a submit attempt, each a button to its field. */
export function renderSummary(host: FeedbackHost) {
  const { t, store } = host;
  const { entries, count } = store.shownErrors(10);
  const total = count + host.runFieldErrors.length + host.unplaced.length;
  if (!total) return nothing;
  const label = (field: string) => t(`builder.field.${field}`, { currency: store.ctx.currency });
  return html`<div class="summary" part="error-summary" tabindex="-1">
    <h2>${t('builder.summary', { count: total })}</h2>
    <ul>
      ${host.runFieldErrors.map(
        ({ field, error }) =>
          html`<li>
            <button type="button" class="link" @click=${() => host.focusRunField(field)}>
              ${t('builder.summary.run', { field: t(`builder.${field}`), message: host.message(error) })}
            </button>
          </li>`,
      )}
      ${host.unplaced.map(
        (item) =>
          html`<li>
            ${t('builder.summary.run', {
              field: item.fieldName,
              message: host.message(serverError(item)),
            })}
          </li>`,
      )}
      ${entries.map(
        ({ row, index, field, error }) =>
          html`<li>
            <button
              type="button"
              class="link"
              @click=${() => host.focusField(row!, field as RowField)}
            >
              ${t('builder.summary.item', {
                n: index + 1,
                field: label(field),
                message: host.message(error),
              })}
            </button>
          </li>`,
      )}
      ${
        count > entries.length
          ? html`<li>${t('builder.summary.more', { count: count - entries.length })}</li>`
          : nothing
      }
    </ul>
  </div>`;
}

/**
 * What replaces the form once the run exists: what happens next (no status word, which would go
 * stale as the payment service checks the payees), the run's id and the host's reference.
 */
export function renderCreated(
  host: Pick<FeedbackHost, 't'>,
  run: PaymentRun,
  totals: string,
  onAnother: () => void,
) {
  const { t } = host;
  return html`<section class="done" part="success">
    <h2 tabindex="-1">${t('builder.created')}</h2>
    <p>${totals}</p>
    <p>${t('builder.created.detail')}</p>
    <dl>
      <dt>${t('builder.created.id')}</dt>
      <dd>${run.id}</dd>
      ${
        run.paymentRunRef
          ? html`<dt>${t('builder.paymentRunRef')}</dt>
              <dd>${run.paymentRunRef}</dd>`
          : nothing
      }
    </dl>
    <button type="button" class="button primary" @click=${onAnother}>
      ${t('builder.another')}
    </button>
  </section>`;
}

/**
 * Puts the API's 400 on the rows and run fields that were sent. Returns the entries no field can
 * hold, or `undefined` when the error is no 400 with fields (the banner says it then).
 */
export function placeServerErrors(p: Problems, error: unknown): InvalidField[] | undefined {
  const { kind, invalidFields } = error as { kind?: string; invalidFields?: InvalidField[] };
  if (kind !== 'validation' || !invalidFields?.length) return undefined;
  return applyServerErrors(p.store, invalidFields, p.sent).filter((item) => {
    const own = Object.hasOwn(p.run.values, item.fieldName);
    if (own) p.run.server[item.fieldName as RunField] = serverError(item);
    return !own;
  });
}

const focusRunField = (p: Problems, field: string) =>
  p.element.renderRoot.querySelector<HTMLElement>(`#run-${field}`)?.focus();

/** Announces how many problems there are and focuses the first (or the list of them). */
export async function focusFirstProblem(p: Problems): Promise<void> {
  await p.element.updateComplete;
  const { entries, count } = p.store.shownErrors(1);
  const runErrors = p.run.errors();
  p.announce(p.t('builder.summary', { count: count + runErrors.length + p.unplaced.length }));
  if (runErrors[0]) focusRunField(p, runErrors[0].field);
  else if (entries[0]?.row) await p.focusField(entries[0].row, entries[0].field as RowField);
  else p.element.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
}

/** Why the last submit failed (when no field can show it), and a Retry button. */
function renderBanner(t: Translate, text: string, onRetry: () => unknown) {
  return html`<div class="banner" role="alert" tabindex="-1">
    <p>${text}</p>
    <button type="button" class="button" @click=${onRetry}>${t('action.retry')}</button>
  </div>`;
}

/** The banner of a failure no field can show, and the list of problems after an attempt. */
export function renderProblems(p: Problems, failure: unknown, onRetry: () => unknown) {
  const { t } = p;
  const mapped = (failure as { invalidFields?: unknown[] } | undefined)?.invalidFields?.length;
  return html`${failure && !mapped ? renderBanner(t, errorText(t, failure, p.locale()), onRetry) : nothing}
  ${
    p.attempted
      ? renderSummary({
          ...p,
          runFieldErrors: p.run.errors(),
          focusField: (row, field) => void p.focusField(row, field),
          focusRunField: (field) => focusRunField(p, field),
        })
      : nothing
  }`;
}
