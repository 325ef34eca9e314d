export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (the manifest check analyzes into a temporary directory).
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order it happens to finish them; sort them so the
      // manifest (and the check that it is current) does not depend on timing.
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
