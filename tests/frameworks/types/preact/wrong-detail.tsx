// Must fail with: Property 'link' does not exist on type 'SelectDetail'.
import type {} from 'policy-widgets/types/preact';

export const Page = () => (
  <policy-news src="https://example.org/feed.json" onpolicy-select={(event) => console.log(event.detail.link)} />
);
