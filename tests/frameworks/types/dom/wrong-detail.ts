// Must fail with: Property 'link' does not exist on type 'SelectDetail'.
import type {} from 'policy-widgets/types/dom';

document.querySelector('policy-news')!.addEventListener('policy-select', (event) => console.log(event.detail.link));
