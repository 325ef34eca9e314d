/**
 * The demo's stand-in for a host's sign-in: the current user (CREATOR or CONTROLLER) lives in an
 * httpOnly cookie, and the token endpoint logs that user in to the sandbox. The page only ever
 * sees the user's short-lived token, never the api-key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cookieValue, isSameOrigin, readJson, sendJson } from './http.js';

export const DEMO_USERS = ['creator', 'controller'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

const COOKIE = 'demo-user';
/** The sandbox keeps a token alive for 5 minutes after its last use, like the API. */
const TOKEN_LIFE_SECONDS = 300;

function isDemoUser(value: unknown): value is DemoUser {
  return (DEMO_USERS as readonly unknown[]).includes(value);
}

export function currentUser(req: IncomingMessage): DemoUser {
  const value = cookieValue(req, COOKIE);
  return isDemoUser(value) ? value : 'creator';
}

/** `POST /demo/token`: `{ token, expiresIn }` for the current user. */
export async function answerToken(
  req: IncomingMessage,
  res: ServerResponse,
  login: (user: DemoUser) => Promise<string>,
): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use POST' });
  if (!isSameOrigin(req)) return sendJson(res, 403, { message: 'Cross-site request refused' });
  const token = await login(currentUser(req));
  sendJson(res, 200, { token, expiresIn: TOKEN_LIFE_SECONDS });
}

/** `GET /demo/user`: who is signed in; `POST /demo/user` `{ user }`: switch. */
export async function answerUser(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET') return sendJson(res, 200, { user: currentUser(req) });
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use GET or POST' });
  if (!isSameOrigin(req)) return sendJson(res, 403, { message: 'Cross-site request refused' });
  const body = await readJson(req);
  const user = (body as { user?: unknown } | undefined)?.user;
  if (!isDemoUser(user)) {
    return sendJson(res, 400, { message: `user must be one of ${DEMO_USERS.join(', ')}` });
  }
  res.setHeader('set-cookie', `${COOKIE}=${user}; Path=/; HttpOnly; SameSite=Strict`);
  sendJson(res, 200, { user });
}
