import type { Args, StoryContext } from '@storybook/web-components-vite';
import type { Feed } from '../src/index.js';
import { loadFixture } from './feeds.js';

/**
 * Every story's element, built from its args as the manifest describes them: an argument in the
 * manifest's `attributes` becomes an attribute, one in `properties` a property (such as `.data`),
 * and an event's action listens for that event, so the Actions panel shows `policy-load` and `policy-error`.
 */
export function renderElement(args: Args, { component, argTypes }: StoryContext): HTMLElement {
  const element = document.createElement(component as string);
  for (const [name, value] of Object.entries(args)) {
    const argType = argTypes[name];
    const action = argType?.action as { name?: string } | string | undefined;
    if (value === undefined || value === null || value === '') continue;
    if (action && typeof value === 'function') {
      element.addEventListener(typeof action === 'string' ? action : (action.name ?? name), value as EventListener);
    } else if (argType?.table?.category === 'attributes') {
      element.setAttribute(name, String(value));
    } else if (argType?.table?.category === 'properties') {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  return element;
}

/** The element with the author's fallback link inside, shown before the script runs and in the error state. */
export function withFallback(element: HTMLElement, text: string, href = 'https://www.regjeringen.no/en/topics/foreign-affairs/security-policy/id1151/') {
  element.appendChild(Object.assign(document.createElement('a'), { href, textContent: text }));
  return element;
}

/**
 * A story whose element gets `.data` (no request): the topic feed in the toolbar's language, as `{lang}` in a
 * `src` would pick it (Sámi reads the Bokmål sample, as main.ts serves it), changed by `transform`.
 */
export const withFeedData = (transform: (feed: Feed) => Feed = (feed) => feed) => ({
  loaders: [
    async ({ globals }: StoryContext) => ({ feed: transform(await loadFixture(`security-policy.${globals.locale}.json`)) }),
  ],
  render: (args: Args, context: StoryContext) => renderElement({ ...args, src: undefined, data: context.loaded.feed }, context),
});
