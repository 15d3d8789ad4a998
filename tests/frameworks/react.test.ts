// React 19 renders the elements as an application's components do: `data` reaches the element as a property,
// attributes are set, and `onpolicy-select` is React's own handler for the element's event.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type { SelectDetail } from '../../src/index.js';
import { faultUrl, uniqueKey } from '../helpers.js';
import { clickItem, expectShown, pageFeed, selectDetail } from './render.js';

describe('React 19', () => {
  it('passes a feed object through data, sets attributes, and hears policy-select in its handler', async () => {
    const key = uniqueKey('react');
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const selected: SelectDetail[] = [];
    const render = (feed: object, limit: number) =>
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
      const first = pageFeed('first');
      render(first, 2);
      const element = container.querySelector('policy-news')!;
      await expectShown(element, first, 2, 2, key);
      expect(element.getAttribute('layout')).to.equal('compact');

      clickItem(element, 2);
      expect(selected).to.deep.equal([selectDetail(first, 2)]);

      // A new render with a new object and limit updates the same element.
      const second = pageFeed('second');
      render(second, 3);
      expect(container.querySelector('policy-news')).to.equal(element);
      await expectShown(element, second, 3, 2, key);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
