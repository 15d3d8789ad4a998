/// <reference types="vite/client" />
// Every stylesheet in src/themes/, found at build time: a theme added there appears in the
// toolbar and on the Embed code page with no change here. The folder may be empty or absent.
const stylesheets = import.meta.glob<string>('../src/themes/*.css', { query: '?inline', import: 'default' });

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.css'.length);

/** The theme files' names, such as `designsystemet` for `src/themes/designsystemet.css`. */
export const themeNames: string[] = Object.keys(stylesheets).map(nameOf).sort();

/** The CSS of a theme file, or `''` for a name that is not one. */
export async function themeCss(name: string): Promise<string> {
  const load = Object.entries(stylesheets).find(([path]) => nameOf(path) === name)?.[1];
  return load ? load() : '';
}

/** The built-in looks, chosen with the `--policy-color-scheme` token. */
export const colorSchemes = ['light', 'dark'] as const;
