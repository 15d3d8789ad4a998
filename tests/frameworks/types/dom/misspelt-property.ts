// Must fail with: Property 'limt' does not exist on type 'PolicyNews'. Did you mean 'limit'?
import type {} from 'policy-widgets/types/dom';

document.querySelector('policy-news')!.limt = 3;
