import { defineConfig } from 'vite';

/**
 * The npm library build: ESM, one file per source module under dist/, lit/@lit/zod/ky external.
 * The CDN build is scripts/build-cdn.mjs.
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
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
