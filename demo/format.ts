/**
 * Display helpers of the demo page. Amounts arrive as integer minor units, as the API sends them,
 * and are formatted exactly by the library's own money formatting.
 */
import type { PaymentRun } from '../src/api/index.js';
import { formatMoney } from '../src/format/money.js';

/** The page's language (`<html lang>`), else the browser's. */
function pageLocale(): string {
  return document.documentElement.lang || navigator.language;
}

/** The run's total per currency (a run has one currency, but nothing here assumes it). */
export function runTotals(run: PaymentRun): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { paymentAmount } of run.payments) {
    totals.set(
      paymentAmount.currency,
      (totals.get(paymentAmount.currency) ?? 0) + paymentAmount.amount,
    );
  }
  return totals;
}

export function formatRunTotal(run: PaymentRun, locale = pageLocale()): string {
  const parts = [...runTotals(run)].map(([currency, amount]) =>
    formatMoney(amount, currency, locale),
  );
  return parts.length > 0 ? parts.join(' + ') : '—';
}

/** `PENDING_CONFIRMATION` → "Pending confirmation". */
export function formatStatus(status: string): string {
  const words = status
    .toLowerCase()
    .replaceAll('_', ' ')
    .replace(/\bsca\b/, 'SCA');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatTime(date: Date, locale = pageLocale()): string {
  return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
