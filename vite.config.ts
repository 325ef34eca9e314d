import { defineConfig } from 'vite';
import { quietTemplateMinifier } from './scripts/template-minifier.mjs';

/**
 * The npm library build: ESM, one file per source module under dist/, lit/@lit/zod/ky external.
 * The CDN build is scripts/build-cdn.mjs. The HTML and CSS inside `html` and `css` literals are
 * minified (comments, indentation), as in the CDN build: hosts bundle dist/ as it is.
 */
export const entries = {
  index: 'src/index.ts',
  'api/index': 'src/api/index.ts',
  'sandbox/index': 'src/sandbox/index.ts',
  'server/index': 'src/server/index.ts',
  'payment-run-builder': 'src/payment-run-builder.ts',
  'payment-run-status': 'src/payment-run-status.ts',
  'funding-instructions': 'src/funding-instructions.ts',
  'cop-result-badge': 'src/cop-result-badge.ts',
  'payment-run-list': 'src/payment-run-list.ts',
  'locales/de': 'src/locales/de.ts',
  'locales/fr': 'src/locales/fr.ts',
  'react/index': 'src/react/index.ts',
  'types/jsx': 'src/types/jsx.ts',
  'types/vue': 'src/types/vue.ts',
};

const external = [
  /^lit($|\/)/,
  /^@lit(-labs)?\//,
  /^zod($|\/)/,
  /^ky$/,
  /^papaparse$/,
  /^react($|\/)/,
  /^vue$/,
];

export default defineConfig({
  plugins: [{ ...quietTemplateMinifier(), apply: 'build' }],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      // The template minifier is slow by design; no timing report in the build output.
      checks: { bundlerTimings: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
