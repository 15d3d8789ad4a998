import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { follow, heading, moreOn, placeholder } from '../../base/parts.js';
import { PolicyElement } from '../../base/policy-element.js';
import type { Feed } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { panelStyles } from '../../styles/shared.js';
import { topicHeaderStyles } from './policy-topic-header.styles.js';

/**
 * The topic a feed belongs to: title, intro, publisher, the government it was
 * published under and a "More on …" link. When the feed says the government
 * is not the current one, a notice says so, as GOV.UK's history mode does.
 *
 * @summary A topic header.
 * @tag policy-topic-header
 * @csspart header - The header box.
 * @csspart title - The topic title.
 * @csspart history-notice - The notice that the content was published under an earlier government.
 * @csspart intro - The topic intro.
 * @csspart facts - The publisher and government list.
 * @csspart more - The "More on …" link.
 * @cssprop [--policy-topic-header-notice-accent=--policy-color-notice] - The stripe of the history notice.
 */
export class PolicyTopicHeader extends PolicyElement {
  static override styles = [...PolicyElement.styles, panelStyles, topicHeaderStyles];

  protected override defaultHeadingLevel = 2;

  protected override hasContent(feed: Feed) {
    return !!feed.title?.trim();
  }

  protected override renderContent(feed: Feed, t: Messages) {
    const { publisher, government } = feed._policy ?? {};
    const title = feed.title!;
    const home = feed.home_page_url;
    // The header has no items: its one item-like link, "More on …", reports the topic page.
    const select = home && follow({ id: home, url: home, position: 1 });
    return html`
      <div part="header">
        ${heading(this.level, html`<span lang=${ifDefined(feed.language)}>${title}</span>`)}
        ${government?.name && government.current === false
          ? html`<p part="history-notice">${t.earlierGovernment(government.name)}</p>`
          : nothing}
        ${feed.description ? html`<p part="intro" lang=${ifDefined(feed.language)}>${feed.description}</p>` : nothing}
        ${publisher?.name || government?.name
          ? html`<dl part="facts">
              ${publisher?.name
                ? html`<div>
                    <dt>${t.publisher()}</dt>
                    <dd lang=${ifDefined(feed.language)}>
                      ${publisher.url ? html`<a href=${publisher.url}>${publisher.name}</a>` : publisher.name}
                    </dd>
                  </div>`
                : nothing}
              ${government?.name
                ? html`<div>
                    <dt>${t.publishedUnder()}</dt>
                    <dd lang=${ifDefined(feed.language)}>${government.name}</dd>
                  </div>`
                : nothing}
            </dl>`
          : nothing}
        ${select ? html`<a part="more" href=${home} @click=${select} @auxclick=${select}>${moreOn(feed, t)}</a>` : nothing}
      </div>
    `;
  }

  protected override renderPlaceholder() {
    return placeholder('placeholder-header');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-topic-header': PolicyTopicHeader;
  }
}
