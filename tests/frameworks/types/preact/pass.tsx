// Preact sets `data` (a property) and listens to `policy-select` through `onpolicy-select`.
import type {} from 'policy-widgets/types/preact';

export const Page = ({ feed }: { feed: object }) => (
  <policy-news data={feed} limit={3} layout="grid" onpolicy-select={(event) => console.log(event.detail.url)} />
);
