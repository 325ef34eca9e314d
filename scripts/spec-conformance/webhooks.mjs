/**
 * Every webhook the sandbox emits: its body against the spec's `x-webhooks` schema, its required
 * headers, and both signatures as the spec describes them (HMAC-SHA256 with the api key, base64):
 * `signature` of the published-timestamp, `signature-v2` of call-ref + body + published-timestamp.
 */
import { createHmac } from 'node:crypto';
import { validateWith } from './checks.mjs';

const hmac = (key, text) => createHmac('sha256', key).update(text).digest('base64');

export function watchWebhooks(sandbox, spec, report) {
  return sandbox.onWebhook(({ type, headers, body }) => {
    const declared = spec.webhooks[type];
    const tag = `[sandbox] webhook ${type}`;
    if (!report.check(declared, `${tag}: not a webhook of the spec`)) return;
    const missing = declared.requiredHeaders.filter((name) => headers[name] === undefined);
    report.check(missing.length === 0, `${tag} headers: missing ${missing.join(', ')}`);
    const stamp = headers['published-timestamp'];
    const v2 = `${headers['call-ref'] ?? ''}${body}${stamp}`;
    report.check(headers.signature === hmac(sandbox.apiKey, stamp), `${tag}: bad signature`);
    report.check(headers['signature-v2'] === hmac(sandbox.apiKey, v2), `${tag}: bad signature-v2`);
    validateWith(report, declared.validate(), JSON.parse(body), { op: type, in: 'webhook' }, tag);
  });
}
