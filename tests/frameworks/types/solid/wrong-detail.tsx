// Must fail with: Property 'link' does not exist on type 'SelectDetail'.
import type {} from 'policy-widgets/types/solid';

export const Page = () => <policy-news on:policy-select={(event) => console.log(event.detail.link)} />;
