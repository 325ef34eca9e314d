import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';

/**
 * Library builds.
 * - default: npm ESM, one file per source module under dist/, lit/@lit/zod/ky external.
 * - `--mode cdn`: one self-contained file (dist-cdn/payment-run-elements.js) with every
 *   dependency inlined; its Subresource Integrity hash is printed for the README snippet.
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

function printIntegrity(): Plugin {
  return {
    name: 'print-integrity',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const hash = createHash('sha384').update(file.code).digest('base64');
        this.info(`${file.fileName} integrity="sha384-${hash}"`);
      }
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [printIntegrity()],
        build: {
          target: 'es2022',
          outDir: 'dist-cdn',
          emptyOutDir: true,
          sourcemap: true,
          lib: { entry: { 'payment-run-elements': 'src/index.ts' }, formats: ['es'] },
          // Lib mode keeps whitespace in ES output; a CDN file should be fully minified.
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
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
      },
);
