// Vue 3 renders the elements from a template, as an application's components do: `:data` reaches the element
// as a property, attributes are set, and `@policy-select` is Vue's own handler for the element's event.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref } from 'vue';
import '../../src/index.js';
import type { SelectDetail } from '../../src/index.js';
import { faultUrl, uniqueKey } from '../helpers.js';
import { clickItem, expectShown, pageFeed, selectDetail } from './render.js';

describe('Vue 3', () => {
  it('passes a feed object through :data, sets attributes, and hears @policy-select in its handler', async () => {
    const key = uniqueKey('vue');
    const container = document.body.appendChild(document.createElement('div'));
    const first = pageFeed('first');
    const feed = ref(first);
    const limit = ref(2);
    const selected: SelectDetail[] = [];
    const app = createApp({
      setup: () => ({ feed, limit, src: faultUrl({ key }), select: (detail: SelectDetail) => selected.push(detail) }),
      template: `<policy-news :src="src" :data="feed" :limit="limit" heading-level="2" layout="compact"
        @policy-select="select($event.detail)"></policy-news>`,
    });
    // Tags Vue should leave to the browser, as docs/frameworks.md has applications set.
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('policy-');
    try {
      app.mount(container);
      const element = container.querySelector('policy-news')!;
      await expectShown(element, first, 2, 2, key);
      expect(element.getAttribute('layout')).to.equal('compact');

      clickItem(element, 2);
      expect(selected).to.deep.equal([selectDetail(first, 2)]);

      // New reactive values update the same element.
      const second = pageFeed('second');
      feed.value = second;
      limit.value = 3;
      await nextTick();
      expect(container.querySelector('policy-news')).to.equal(element);
      await expectShown(element, second, 3, 2, key);
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
