// The DOM as TypeScript's own lib sees it, with the package's dom types: tags are their classes, events typed.
import type {} from 'policy-widgets/types/dom';
import type { SelectDetail } from 'policy-widgets';

const news = document.querySelector('policy-news');
if (news) {
  news.limit = 3;
  news.layout = 'grid';
  news.data = { items: [] };
  news.addEventListener('policy-select', (event) => {
    const detail: SelectDetail = event.detail;
    console.log(detail.url.toUpperCase(), detail.position + 1);
  });
  news.addEventListener('policy-error', (event) => console.log(event.detail.kind === 'timeout'));
}
const speech: HTMLElement | null = document.querySelector('policy-speech');
console.log(speech);
document.querySelector('policy-white-paper')!.item = 'id-1';
// The events bubble: a listener on the document is typed too.
document.addEventListener('policy-load', (event) => console.log(event.detail.items.length));
const header = document.createElement('policy-topic-header');
header.headingLevel = 2;
