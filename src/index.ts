/**
 * `payment-run-elements`: everything. Elements register themselves as they are added.
 */
export * from './api/index.js';
export { configure, type PageConfiguration } from './config.js';
export { PaymentRunElement } from './components/base/payment-run-element.js';
