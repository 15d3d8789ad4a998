// React 19 renders the elements as an application's components do: `data` reaches the element as a property,
// attributes are set, and `onpolicy-select` is React's own handler for the element's event.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type { Feed, SelectDetail } from '../../src/index.js';
import { faultUrl, uniqueKey } from '../helpers.js';
import { expectRenderedByFramework } from './render.js';

describe('React 19', () => {
  it('passes a feed object through data, sets attributes, and hears policy-select in its handler', async () => {
    const key = uniqueKey('react');
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const selected: SelectDetail[] = [];
    const render = (feed: Feed, limit: number) =>
      flushSync(() =>
        root.render(
          createElement('policy-news', {
            src: faultUrl({ key }),
            data: feed,
            limit,
            'heading-level': '2',
            layout: 'compact',
            'onpolicy-select': (event: CustomEvent<SelectDetail>) => selected.push(event.detail),
          }),
        ),
      );
    try {
      await expectRenderedByFramework(container, key, selected, render);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
