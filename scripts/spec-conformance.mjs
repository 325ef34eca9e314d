// Spec-conformance check: drives the sandbox (raw HTTP) and the client against the official
// Weavr Payment Run OpenAPI spec and validates every request and response it sees.
//
//   node scripts/spec-conformance.mjs
//
// The spec is read from ../shared/reference/ beside the repository (never copied into it);
// SPEC_CONFORMANCE_SPEC=<file> overrides the location. Without the file the check is skipped.
// TypeScript sources are loaded through Vite's SSR module loader (no build, no extra dependency).
// Prints one line per problem, then `spec-conformance: N passed, N failed`; exits 1 on a failure.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ALLOWED_SCHEMA_ERRORS } from './spec-conformance/allow-list.mjs';
import { Report } from './spec-conformance/checks.mjs';
import { driveClient } from './spec-conformance/client-drive.mjs';
import { createCaller } from './spec-conformance/driver.mjs';
import {
  accountScenarios,
  enrolAndLogout,
  linkedAccountIds,
  loginScenarios,
} from './spec-conformance/sandbox-accounts.mjs';
import { invalidRequestScenarios } from './spec-conformance/sandbox-invalid.mjs';
import { runScenarios } from './spec-conformance/sandbox-runs.mjs';
import { scaScenarios } from './spec-conformance/sandbox-sca.mjs';
import { loadSpec } from './spec-conformance/spec.mjs';
import { watchWebhooks } from './spec-conformance/webhooks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specFile =
  process.env.SPEC_CONFORMANCE_SPEC ??
  resolve(root, '../shared/reference/weavr-payment-run-openapi.yml');

if (!existsSync(specFile)) {
  console.log('spec-conformance: skipped (spec not found)');
  process.exit(0);
}

const started = performance.now();
const spec = loadSpec(specFile);
const report = new Report();
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});

try {
  const modules = {
    sandbox: await vite.ssrLoadModule('/src/sandbox/index.ts'),
    api: await vite.ssrLoadModule('/src/api/index.ts'),
    simulate: await vite.ssrLoadModule('/src/api/simulate.ts'),
  };

  // 1. The sandbox, spoken to as the spec describes the API.
  const sandbox = modules.sandbox.createSandbox();
  watchWebhooks(sandbox, spec, report);
  const ctx = { sandbox, spec, report, tokens: {} };
  ctx.call = createCaller(ctx);
  ctx.login = await loginScenarios(ctx);
  ctx.accounts = await linkedAccountIds(ctx);
  await runScenarios(ctx);
  await scaScenarios(ctx);
  await accountScenarios(ctx);
  await invalidRequestScenarios(ctx);
  await enrolAndLogout(ctx);
  sandbox.stop();

  // 2. The client, whose every request is checked.
  await driveClient({ modules, spec, report });
} catch (error) {
  report.check(false, `spec-conformance crashed: ${error?.stack ?? error}`);
} finally {
  await vite.close();
}

console.log(
  `phantom required entries stripped (spec bug §10.3): ${[...spec.phantoms].sort().join(', ')}`,
);
for (const [reason, count] of report.allowed) console.log(`allowed ×${count}: ${reason}`);
if (ALLOWED_SCHEMA_ERRORS.length > 0)
  console.log(`schema allow-list: ${ALLOWED_SCHEMA_ERRORS.length} entries`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`checked in ${seconds} s`);
console.log(`spec-conformance: ${report.passed} passed, ${report.failed} failed`);
process.exitCode = report.failed > 0 ? 1 : 0;
