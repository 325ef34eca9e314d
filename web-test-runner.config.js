// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.js';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/** Serves Papa Parse's UMD file as an ES module with a default export (the dev server has no CJS). */
const papaparseAsEsm = {
  name: 'papaparse-esm',
  /** @param {import('koa').Context} context */
  transform(context) {
    if (!/\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {
      body: `const module = { exports: {} }; const exports = module.exports;\n${String(context.body)}\nexport default module.exports;`,
    };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    papaparseAsEsm,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { ...chromiumLaunchOptions, headless: true },
    }),
  ],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  reporters: [defaultReporter(), summaryLineReporter()],
  testFramework: { config: { timeout: 10000 } },
};
