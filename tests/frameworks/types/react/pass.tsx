// React 19 sets `data` (a property) and listens to `policy-select` through `onpolicy-select`.
import type {} from 'policy-widgets/types/react';
import type { Feed } from 'policy-widgets';

export function Page({ feed, onSelect }: { feed: Feed; onSelect: (url: string) => void }) {
  return (
    <main>
      <policy-news
        data={feed}
        limit={3}
        layout="compact"
        show-more
        heading-level="2"
        lang="nb"
        className="news"
        onpolicy-select={(event) => onSelect(event.detail.url)}
        onpolicy-error={(event) => console.log(event.detail.kind)}
      >
        <a href="https://example.org/news">All news</a>
      </policy-news>
      <policy-speech src="https://example.org/feed.json" item="speech-1" headingLevel={2} />
      <policy-white-paper src="https://example.org/feed.json" onpolicy-load={(event) => console.log(event.detail.items)} />
      <policy-topic-header src="https://example.org/{lang}.json" />
    </main>
  );
}
