export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (the manifest check analyzes into a temporary directory).
  packagejson: false,
};
