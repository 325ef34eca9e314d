// Pass 1 of the CDN builds (scripts/build-cdn.mjs): Vite (rolldown) compiles, resolves and
// minifies, with the HTML and CSS inside `html` and `css` template literals minified too.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { quietTemplateMinifier } from './template-minifier.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Compiles `entry` (name -> source) into `outDir` as ES modules, minified. `external` and
 * `paths` are rolldown's; `preserveModules` writes one file per source module, for Rollup to
 * chunk in pass 2.
 */
export async function compile(outDir, { entry, external, paths, preserveModules = false }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [quietTemplateMinifier()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        ...(external && { external }),
        // The template minifier is slow by design; no timing report in the build output.
        checks: { bundlerTimings: false },
        output: {
          minify: true,
          ...(paths && { paths }),
          ...(preserveModules && { preserveModules: true, preserveModulesRoot: 'src' }),
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
        },
      },
    },
  });
}
