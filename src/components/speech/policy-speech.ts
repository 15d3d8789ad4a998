import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolicyCardElement } from '../../base/card.js';
import { heading, meta, titleLink, typeLabel } from '../../base/parts.js';
import type { Feed } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * One speech or statement: type label, title, speaker and role, event and place, date and summary.
 * `item` picks one by id; without it, the card shows the latest speech or statement.
 *
 * @summary A speech or statement card.
 * @tag policy-speech
 * @csspart card - The card box.
 * @csspart title - The card heading.
 * @csspart link - The link in the heading: the card's one link.
 * @csspart meta - The type label and date line.
 * @csspart type - "Speech" or "Statement".
 * @csspart date - The `<time>` of the speech.
 * @csspart speaker - The speaker's name and role.
 * @csspart event - The event and its location.
 * @csspart summary - The summary.
 */
export class PolicySpeech extends PolicyCardElement {
  static override readonly itemTypes = ['speech', 'statement'] as const;

  protected override renderContent(feed: Feed, t: Messages) {
    const item = this.selected(feed)!;
    const { speaker, event } = item._policy ?? {};
    const speakerLine = [speaker?.name, speaker?.role].filter(Boolean).join(', ');
    const eventLine = [event?.name, event?.location].filter(Boolean).join(', ');
    return html`
      <article part="card" lang=${ifDefined(item.language ?? feed.language)}>
        ${heading(this.level, titleLink(item))} ${meta(item, typeLabel(item, t), this.locale)}
        ${speakerLine ? html`<p part="speaker">${speakerLine}</p>` : nothing}
        ${eventLine ? html`<p part="event">${eventLine}</p>` : nothing}
        ${item.summary ? html`<p part="summary" dir="auto">${item.summary}</p>` : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-speech': PolicySpeech;
  }
}
