import { defineElement } from '../../define.js';
import { PolicyNews } from './policy-news.js';

defineElement('policy-news', PolicyNews);

export { PolicyNews };
