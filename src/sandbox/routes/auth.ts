/**
 * Login, logout, SMS device enrolment, and the demo token endpoint
 * (`POST /sandbox/token/{creator|controller}`, no api-key: it plays the host's own token endpoint,
 * answering `{token, expiresIn}` as DESIGN.md's token-endpoint contract says).
 */
import { ENROLMENT_EXPIRY_MS, SANDBOX_OTP } from '../config.js';
import { conflict, empty, json, notFound, unauthorized } from '../http.js';
import type { UserRecord } from '../model.js';
import { userOf, type RequestContext, type Route } from '../router.js';
import type { SandboxState } from '../state.js';
import { FieldErrors, checkObject, checkString, isObject } from '../validate.js';

const OTP = /^[0-9]*$/;

function login(ctx: RequestContext): Response {
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const email = checkString(errors, 'email', body.email, true, {
    min: 1,
    pattern: /^[^\s@]+@[^\s@]+$/,
  });
  const password = checkObject(errors, 'password', body.password);
  const value =
    password && checkString(errors, 'password.value', password.value, true, { min: 1, max: 100 });
  errors.throwIfAny();
  const user = ctx.state.users.find((u) => u.email.toLowerCase() === email!.toLowerCase());
  if (!user || user.password !== value) throw unauthorized();
  return json(loginBody(ctx.state, user));
}

function loginBody(state: SandboxState, user: UserRecord) {
  return {
    token: state.tokens.issue(user.id),
    tokenType: 'AUTH',
    identity: { type: 'BUYER', id: user.buyerId },
    credentials: { type: 'USER', id: user.id },
  };
}

function logout(ctx: RequestContext): Response {
  if (ctx.token) ctx.state.tokens.revoke(ctx.token);
  return empty(204);
}

function checkChannel(channel: string | undefined): void {
  if (channel !== 'SMS') throw conflict('CHANNEL_NOT_SUPPORTED');
}

function enrol(ctx: RequestContext): Response {
  const user = userOf(ctx);
  checkChannel(ctx.params.channel);
  if (user.smsEnrolled) throw conflict('CHANNEL_ALREADY_REGISTERED');
  user.enrolment = { expiresAt: ctx.state.clock.now() + ENROLMENT_EXPIRY_MS, failures: 0 };
  return empty(204);
}

function verifyEnrolment(ctx: RequestContext): Response {
  const user = userOf(ctx);
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const code = checkString(errors, 'verificationCode', body.verificationCode, true, {
    min: 6,
    max: 6,
    pattern: OTP,
  });
  errors.throwIfAny();
  checkChannel(ctx.params.channel);
  if (user.smsEnrolled) throw conflict('CHANNEL_ALREADY_REGISTERED');
  const pending = user.enrolment;
  if (!pending) throw conflict('VERIFICATION_CODE_INVALID');
  if (ctx.state.clock.now() >= pending.expiresAt) {
    delete user.enrolment;
    throw conflict('VERIFICATION_CODE_EXPIRED');
  }
  if (code === SANDBOX_OTP) {
    user.smsEnrolled = true;
    delete user.enrolment;
    return empty(204);
  }
  pending.failures += 1;
  const left = ctx.state.config.scaMaxAttempts - pending.failures;
  if (left <= 0) {
    delete user.enrolment;
    throw conflict('CHALLENGE_LIMIT_EXCEEDED');
  }
  throw conflict(left === 1 ? 'ONE_CHALLENGE_LIMIT_REMAINING' : 'VERIFICATION_CODE_INVALID');
}

function demoToken(ctx: RequestContext): Response {
  const role = ctx.params.user;
  const user = ctx.state.users.find((u) => u.email.startsWith(`${role}@`));
  if (!user) throw notFound('USER_NOT_FOUND', `No sandbox user ${role}`);
  return json({
    token: ctx.state.tokens.issue(user.id),
    expiresIn: Math.floor(ctx.state.config.tokenLifetimeMs / 1000),
  });
}

const factor = '/v1/authentication_factors/otp/:channel';
export const authRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/v1/login_with_password',
    operation: 'acquireAuthToken',
    security: 'apiKey',
    body: true,
    handle: login,
  },
  { method: 'POST', path: '/v1/logout', operation: 'logout', security: 'user', handle: logout },
  {
    method: 'POST',
    path: factor,
    operation: 'enrolDeviceUsingOtpStepOne',
    security: 'user',
    handle: enrol,
  },
  {
    method: 'POST',
    path: `${factor}/verify`,
    operation: 'enrolDeviceUsingOtpStepTwo',
    security: 'user',
    body: true,
    handle: verifyEnrolment,
  },
  {
    method: 'POST',
    path: '/sandbox/token/:user',
    operation: 'sandboxToken',
    security: 'none',
    handle: demoToken,
  },
];

/** The same login as the endpoint, for `sandbox.login()`. */
export function issueLogin(state: SandboxState, user: UserRecord): string {
  return loginBody(state, user).token;
}
