// Vue 3 renders the elements from a template, as an application's components do: `:data` reaches the element
// as a property, attributes are set, and `@policy-select` is Vue's own handler for the element's event.
import { createApp, nextTick, ref } from 'vue';
import '../../src/index.js';
import type { Feed, SelectDetail } from '../../src/index.js';
import { faultUrl, uniqueKey } from '../helpers.js';
import { expectRenderedByFramework } from './render.js';

describe('Vue 3', () => {
  it('passes a feed object through :data, sets attributes, and hears @policy-select in its handler', async () => {
    const key = uniqueKey('vue');
    const container = document.body.appendChild(document.createElement('div'));
    const feed = ref<Feed>();
    const limit = ref<number>();
    const selected: SelectDetail[] = [];
    const app = createApp({
      setup: () => ({ feed, limit, src: faultUrl({ key }), select: (detail: SelectDetail) => selected.push(detail) }),
      template: `<policy-news :src="src" :data="feed" :limit="limit" heading-level="2" layout="compact"
        @policy-select="select($event.detail)"></policy-news>`,
    });
    // Tags Vue should leave to the browser, as docs/frameworks.md has applications set.
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('policy-');
    try {
      await expectRenderedByFramework(container, key, selected, async (next, count) => {
        feed.value = next;
        limit.value = count;
        if (!container.firstElementChild) app.mount(container);
        await nextTick();
      });
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
