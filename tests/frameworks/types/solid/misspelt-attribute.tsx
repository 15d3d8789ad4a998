// Must fail with: Property 'limt' does not exist on type
import type {} from 'policy-widgets/types/solid';

export const Page = () => <policy-news src="https://example.org/feed.json" limt={3} />;
