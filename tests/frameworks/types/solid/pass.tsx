// Solid sets `data` (a property) on custom elements; `on:policy-select` listens to the event.
import type {} from 'policy-widgets/types/solid';

export const Page = (props: { feed: object }) => (
  <policy-news data={props.feed} limit={3} layout="grid" on:policy-select={(event) => console.log(event.detail.url)} />
);
