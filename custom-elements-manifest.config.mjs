/** Custom Elements Manifest from the JSDoc of the elements (`npm run analyze`). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/domain/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
