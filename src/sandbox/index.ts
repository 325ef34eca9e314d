/**
 * `payment-run-elements/sandbox`: an in-memory, deterministic Weavr Payment Run API behind a
 * web-standard `fetch`. See docs/sandbox.md.
 */
export { createSandbox } from './sandbox.js';
export { SUPPLIER_NAME_OUTCOMES } from './outcomes.js';
export type { SupplierNameOutcome } from './outcomes.js';
export type {
  FaultRule,
  Sandbox,
  SandboxFaults,
  SandboxOptions,
  SandboxUser,
  SandboxWebhook,
} from './types.js';
