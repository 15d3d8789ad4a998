import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolicyCardElement } from '../../base/card.js';
import { heading, meta, titleLink, typeLabel } from '../../base/parts.js';
import type { Feed } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { whitePaperStyles } from './policy-white-paper.styles.js';

/**
 * A teaser for one white paper or other document: document label (such as
 * "Meld. St. 37 (2014–2015)"), title, subtitle, summary, date and link. A
 * white paper whose `document` has no label is announced, not yet published,
 * and reads as forthcoming ("New white paper"); one with no `document` is an
 * ordinary white paper. `item` picks a document by id;
 * without it, the teaser shows the latest white paper.
 *
 * @summary A white-paper teaser.
 * @tag policy-white-paper
 * @csspart card - The card box.
 * @csspart title - The card heading.
 * @csspart link - The link in the heading: the card's one link.
 * @csspart meta - The type label and date line.
 * @csspart type - The document type, or "New white paper" when forthcoming.
 * @csspart date - The `<time>` of publication.
 * @csspart label - The document label, such as "Meld. St. 37 (2014–2015)".
 * @csspart subtitle - The document's subtitle.
 * @csspart summary - The summary.
 * @cssprop [--policy-white-paper-accent=--policy-color-accent] - The stripe at the card's inline start.
 */
export class PolicyWhitePaper extends PolicyCardElement {
  static override styles = [...PolicyCardElement.styles, whitePaperStyles];

  static override readonly itemTypes = ['white-paper'] as const;

  protected override renderContent(feed: Feed, t: Messages) {
    const item = this.selected(feed)!;
    const documentInfo = item._policy?.document;
    return html`
      <article part="card" lang=${ifDefined(item.language ?? feed.language)}>
        ${heading(this.level, titleLink(item))}
        ${meta(item, typeLabel(item, t), this.locale)}
        ${documentInfo?.label ? html`<p part="label">${documentInfo.label}</p>` : nothing}
        ${documentInfo?.subtitle ? html`<p part="subtitle">${documentInfo.subtitle}</p>` : nothing}
        ${item.summary ? html`<p part="summary" dir="auto">${item.summary}</p>` : nothing}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-white-paper': PolicyWhitePaper;
  }
}
