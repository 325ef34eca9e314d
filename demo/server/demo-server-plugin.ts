/**
 * The demo's back end, as a Vite plugin: what a marketplace's own server would do, in front of
 * the in-memory sandbox instead of Weavr.
 *   /api/...      the API proxy from `payment-run-elements/server` (adds the api-key)
 *   /demo/token   the token endpoint of the signed-in demo user
 *   /demo/user    who is signed in (GET) and the switch between the two users (POST)
 *   /demo/events  the sandbox's webhooks, signature-checked, as server-sent events
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { createSandbox } from '../../src/sandbox/index.js';
import { createProxyHandler, toNodeHandler } from '../../src/server/index.js';
import { answerToken, answerUser } from './demo-users.js';
import { pathOf, sendJson } from './http.js';
import { WebhookRelay } from './webhook-relay.js';

/**
 * A strict policy for the page: no inline script or style, no eval, Trusted Types enforced
 * (Lit's templates use the `lit-html` policy). The HMR websocket is same-origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export function demoServer(): Plugin {
  return {
    name: 'payment-run-elements-demo-server',
    configureServer(server) {
      const sandbox = createSandbox({ autoAdvance: true });
      const relay = new WebhookRelay(sandbox.apiKey, () => sandbox.now());
      const stopRelaying = sandbox.onWebhook((webhook) => void relay.deliver(webhook));
      const proxy = toNodeHandler(
        createProxyHandler({
          upstream: 'http://sandbox.internal',
          apiKey: sandbox.apiKey,
          fetch: (request) => sandbox.fetch(request),
          basePath: '/api',
          // The demo only: lets the elements' `sandbox` attribute play SCA and open banking.
          allowSimulate: true,
        }),
        { onlyUnder: '/api' },
      );
      const routes: Record<string, Route> = {
        '/demo/token': (req, res) => answerToken(req, res, (user) => sandbox.login(user)),
        '/demo/user': answerUser,
        '/demo/events': (req, res) => relay.subscribe(req, res),
      };

      server.middlewares.use((req, res, next) => {
        const route = routes[pathOf(req)];
        if (route === undefined) {
          res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
          proxy(req, res, next);
          return;
        }
        Promise.resolve(route(req, res)).catch((error: unknown) => {
          console.error('[demo]', error);
          if (!res.headersSent) sendJson(res, 500, { message: 'Demo server error' });
          else res.end();
        });
      });

      server.httpServer?.once('close', () => {
        stopRelaying();
        relay.close();
        sandbox.stop();
      });
    },
  };
}
