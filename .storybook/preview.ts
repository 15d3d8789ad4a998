import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import '../src/index.js';
import { FAULT_SERVER } from './feeds.js';
import { renderElement } from './render.js';
import { colorSchemes, themeCss, themeNames } from './themes.js';

// Typed by Locale, so a locale added to the widgets must be named here too.
const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  se: 'Davvisámegiella',
};

interface Member {
  kind: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}

// Docs and controls come from custom-elements.json (`npm run analyze`), so they follow the code.
// cem also lists private and protected members and methods: show the public fields only. And an
// optional `string | undefined` would get an object control: drop the `undefined` so it gets a text box.
// Storybook keys attributes, properties, parts and custom properties by name in one table, so a part named
// like an attribute (`show-more`) would replace the attribute's control: parts are listed as `::part(name)`.
function withoutUndefined(member: Member) {
  if (member.type) member.type.text = member.type.text.replace(/\s*\|\s*undefined\b/g, '');
}
for (const module of manifest.modules) {
  for (const declaration of (module.declarations ?? []) as { members?: Member[]; attributes?: Member[]; cssParts?: { name: string }[] }[]) {
    declaration.members = declaration.members?.filter((member) => member.kind === 'field' && !member.privacy && !member.static);
    [...(declaration.members ?? []), ...(declaration.attributes ?? [])].forEach(withoutUndefined);
    declaration.cssParts?.forEach((part) => (part.name = `::part(${part.name})`));
  }
}
setCustomElementsManifest(manifest);

const themeStyle = document.createElement('style');
themeStyle.id = 'policy-storybook-theme';
document.head.append(themeStyle);
let themeRequest = 0;

/** Puts the chosen theme file's CSS in the preview document, or none for light and dark. */
async function applyTheme(theme: string) {
  const request = ++themeRequest;
  const css = await themeCss(theme);
  if (request === themeRequest) themeStyle.textContent = css;
}

/**
 * The toolbar's locale and theme, on every story: the locale as `lang` on a wrapper (the elements
 * resolve their locale from ancestors, and `{lang}` in `src` follows), light or dark as a page of that
 * scheme (the elements take the page's background and text colour), a theme file as a stylesheet.
 * The Embed code page has its own.
 */
const withLocaleAndTheme: Decorator = (story, { globals, parameters }) => {
  const { locale, theme } = globals as { locale: string; theme: string };
  void applyTheme(parameters.ownLocaleAndTheme ? '' : theme);
  if (parameters.ownLocaleAndTheme) return story();
  const scheme = (colorSchemes as readonly string[]).includes(theme) ? theme : undefined;
  const page = scheme === 'dark' ? '; background: #121212; color: #ececec; padding: 1rem' : '';
  return html`<div lang=${locale} style=${scheme ? `--policy-color-scheme: ${scheme}; color-scheme: ${scheme}${page}` : nothing}>${story()}</div>`;
};

/** Whether the fault server answers here: `npm run storybook` and the story checks mount it, a static host does not. */
const faultServerHere = fetch('faults/hits?key=storybook-probe').then((response) => response.ok, () => false);

/** A story that needs the fault server says so where there is none, rather than show a state it cannot reach. */
const withFaultServerNote: Decorator = (story, { tags }) =>
  tags.includes(FAULT_SERVER)
    ? html`${until(
        faultServerHere.then((here) =>
          here
            ? nothing
            : html`<p role="note" class="fault-server-note">
                This story needs the fault server that <code>npm run storybook</code> runs (slow, failing and changing
                feeds). This static build has none: its feed address answers 404, so the block below shows its error
                state.
              </p>`,
        ),
        nothing,
      )}${story()}`
    : story();

const preview: Preview = {
  tags: ['autodocs'],
  render: renderElement,
  decorators: [withLocaleAndTheme, withFaultServerNote],
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, dark or a theme file from src/themes/',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [...colorSchemes, ...themeNames].map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  argTypes: {
    // Reflected by the element; setting it from outside means nothing.
    state: { control: false },
  },
  parameters: {
    options: { storySort: { order: ['Embed code', 'Elements', 'Pages'] } },
    controls: { expanded: true },
    // Every story is checked by the a11y addon; `npm test` fails on any violation (scripts/check-stories.mjs).
    a11y: { test: 'error' },
  },
};

export default preview;
