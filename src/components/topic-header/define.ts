import { defineElement } from '../../define.js';
import { PolicyTopicHeader } from './policy-topic-header.js';

defineElement('policy-topic-header', PolicyTopicHeader);

export { PolicyTopicHeader };
