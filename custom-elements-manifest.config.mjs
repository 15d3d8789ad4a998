// `npm run analyze` writes custom-elements.json from the elements' JSDoc:
// attributes, properties, events, slots, CSS parts and custom properties.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/generated/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
