import { defineElement } from '../../define.js';
import { PolicySpeech } from './policy-speech.js';

defineElement('policy-speech', PolicySpeech);

export { PolicySpeech };
