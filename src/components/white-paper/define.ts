import { defineElement } from '../../define.js';
import { PolicyWhitePaper } from './policy-white-paper.js';

defineElement('policy-white-paper', PolicyWhitePaper);

export { PolicyWhitePaper };
