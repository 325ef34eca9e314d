/**
 * `payment-run-elements/server`: host-side helpers. Web standards only (`Request`, `Response`,
 * Web Crypto), so they run on Node 20+, Deno, Bun and edge runtimes; nothing touches the DOM.
 */
export { DEFAULT_MAX_BODY_BYTES, createProxyHandler } from './proxy-handler.js';
export { ServerConfigurationError } from './configuration-error.js';
export type { ProxyHandlerOptions, RequestHandler } from './proxy-handler.js';
export { API_METHODS } from './api-routes.js';
export type { ApiMethod } from './api-routes.js';
export { FORWARDED_REQUEST_HEADERS, FORWARDED_RESPONSE_HEADERS } from './header-rules.js';
export { toNodeHandler } from './node-adapter.js';
export type {
  NodeHandlerOptions,
  NodeMiddleware,
  NodeRequest,
  NodeResponse,
} from './node-adapter.js';
export {
  WEBHOOK_REJECTION_REASONS,
  checkWebhookSignature,
  createWebhookVerifier,
  signWebhook,
  verifyWebhookSignature,
} from './webhook-signature.js';
export type {
  SignWebhookOptions,
  VerifyWebhookOptions,
  WebhookHeaders,
  WebhookRejectionReason,
  WebhookSignatureCheck,
  WebhookSignatureHeaders,
  WebhookVerifierOptions,
} from './webhook-signature.js';
export { createReplayGuard } from './replay-guard.js';
export type { ReplayGuard, ReplayGuardOptions } from './replay-guard.js';
export type { ByteSource } from './hmac.js';
