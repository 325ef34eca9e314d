import type { PaymentRunApiError } from '../api/errors/api-error.js';
import type { Translate } from './translate.js';

/**
 * English texts every element that calls the API can show: what each kind of error means to a
 * user. The 409 texts are in `conflict-strings.ts`, by the calls that can answer them.
 */
export const apiErrorStrings = {
  'error.validation': 'Some details are not valid. Check the highlighted fields.',
  'error.unauthenticated': 'Your session has expired. Sign in again, then retry.',
  'error.permission':
    'Your role does not allow this action. Ask a colleague who has the right role.',
  'error.not-found': 'This payment run could not be found. It may belong to another account.',
  'error.conflict': 'This action is not possible in the current state. Refresh and try again.',
  'error.rate-limit': 'Too many requests. Try again in a moment.',
  'error.rate-limit-until': 'Too many requests. Try again after {time}.',
  'error.server': 'The payment service is unavailable right now. Try again in a few minutes.',
  'error.http': 'The payment service refused the request ({status}).',
  'error.network': 'No connection to the payment service. Check your connection and retry.',
  'error.timeout': 'The payment service took too long to answer. Retry.',
  'error.unexpected-response': 'The payment service sent an answer this page cannot read.',
  'error.token': 'Your sign-in could not be confirmed. Reload the page or sign in again.',
  'error.configuration': 'This component is not set up. {detail}',
  'error.unknown': 'Something went wrong. Retry.',
  'error.reference': 'Reference for support: {ref}',
  'action.retry': 'Retry',
} as const;

/** A sentence a user can act on for any error the elements meet. */
export function errorText(t: Translate, error: unknown, locale: string): string {
  const e = error as Partial<PaymentRunApiError> & {
    errorCode?: string;
    resetAt?: Date;
    message?: string;
  };
  if (e.kind === 'conflict' && e.errorCode) {
    const key = `conflict.${e.errorCode}`;
    const text = t(key);
    if (text !== key) return text;
  }
  if (e.kind === 'rate-limit' && e.resetAt) {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(e.resetAt);
    return t('error.rate-limit-until', { time });
  }
  if (e.kind) return t(`error.${e.kind}`, { status: e.status ?? '', detail: e.message ?? '' });
  return t('error.unknown');
}
