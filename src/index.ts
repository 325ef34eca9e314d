/**
 * `payment-run-elements`: everything. Elements register themselves as they are added.
 */
export * from './api/index.js';
export { CONFLICT_CODES, type ConflictOperation } from './api/conflict-codes.js';
export { simulateScaChallenge, simulateScaVerify, simulateFundGroup } from './api/simulate.js';
export { configure, type PageConfiguration } from './config.js';
export { PaymentRunElement } from './components/base/payment-run-element.js';
export { registerStrings, type StringTable } from './i18n/translate.js';
