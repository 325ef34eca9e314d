/**
 * Everything the package exports, with the four elements registered (each only if its tag is
 * free) but no language besides English: the main entry (`index.ts`) adds German and French; the
 * CDN file is this module, its languages load from `locales/*.js` beside it.
 */
export * from './api/index.js';
export { CONFLICT_CODES, type ConflictOperation } from './api/conflict-codes.js';
export { simulateScaChallenge, simulateScaVerify, simulateFundGroup } from './api/simulate.js';
export { configure, type PageConfiguration } from './config.js';
export { PaymentRunElement } from './components/base/payment-run-element.js';
export type { PaymentRunErrorDetail } from './components/shared/events.js';
export { registerStrings, type StringTable } from './i18n/translate.js';
export * from './payment-run-builder.js';
export * from './payment-run-status.js';
export * from './funding-instructions.js';
export * from './cop-result-badge.js';
export * from './payment-run-list.js';
