import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { cardPlaceholder, cardStyles } from '../../base/card.js';
import { heading, latest, meta, titleLink, typeLabel } from '../../base/parts.js';
import { PolicyElement } from '../../base/policy-element.js';
import type { Feed, FeedItem } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';

const isSpeechOrStatement = (item: FeedItem) => ['speech', 'statement'].includes(item._policy?.type ?? '');

/**
 * One speech or statement: type label, title, speaker and role, event and place, date and summary.
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
export class PolicySpeech extends PolicyElement {
  static override styles = [...PolicyElement.styles, cardStyles];

  /** The id of the item to show. Without it, the latest speech or statement. */
  @property() item?: string;

  private select(feed: Feed): FeedItem | undefined {
    return this.item ? feed.items.find((item) => item.id === this.item) : latest(feed.items, isSpeechOrStatement);
  }

  protected override hasContent(feed: Feed) {
    return !!this.select(feed);
  }

  protected override renderContent(feed: Feed, t: Messages) {
    const item = this.select(feed)!;
    const { speaker, event } = item._policy ?? {};
    const speakerLine = [speaker?.name, speaker?.role].filter(Boolean).join(', ');
    const eventLine = [event?.name, event?.location].filter(Boolean).join(', ');
    return html`
      <article part="card" lang=${ifDefined(item.language ?? feed.language)}>
        ${heading(this.level, titleLink(item))} ${meta(item, typeLabel(item, t), this.locale)}
        ${speakerLine ? html`<p part="speaker">${speakerLine}</p>` : nothing}
        ${eventLine ? html`<p part="event">${eventLine}</p>` : nothing}
        ${item.summary ? html`<p part="summary">${item.summary}</p>` : nothing}
      </article>
    `;
  }

  protected override renderPlaceholder() {
    return cardPlaceholder;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-speech': PolicySpeech;
  }
}
