// The bare-Lit floor: a LitElement that renders the same markup as <policy-news> (list layout, heading level 3)
// with the same stylesheets, and nothing else: no validation, no locale resolution, no feed controller. It
// formats dates and names types because the markup shows them. bench/run.mjs bundles it with Lit into
// bench/results/bare-lit.js, as a page would ship it.
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TYPE_LABELS, dateFormat } from './baseline.js';

const figure = (image) =>
  image?.url
    ? html`<figure part="figure">
        <img part="image" src=${image.url} alt=${image.alt ?? ''} width=${ifDefined(image.width)} height=${ifDefined(image.height)} loading="lazy" decoding="async" />
        ${image.caption || image.credit
          ? html`<figcaption part="caption">
              ${image.caption ? html`<span lang=${ifDefined(image.caption_lang)}>${image.caption}</span>` : nothing}
              ${image.credit ? html`<span part="credit" lang="en">Photo: ${image.credit}</span>` : nothing}
            </figcaption>`
          : nothing}
      </figure>`
    : nothing;

const item = (entry) => {
  const label = TYPE_LABELS[entry._policy?.type];
  return html`<li part="item">
    <article part="article" lang=${ifDefined(entry.language)}>
      <div class="text">
        <h3 part="title" dir="auto">${entry.url ? html`<a part="link" href=${entry.url}>${entry.title}</a>` : entry.title}</h3>
        <p part="meta" lang="en">
          ${label ? html`<span part="type">${label}</span>` : nothing}${entry.date_published
            ? html`<time part="date" datetime=${entry.date_published}>${dateFormat.format(new Date(entry.date_published))}</time>`
            : nothing}
        </p>
        ${entry.summary ? html`<p part="summary" dir="auto">${entry.summary}</p>` : nothing}
      </div>
      ${figure(entry._policy?.image)}
    </article>
  </li>`;
};

/** Defines <bare-lit-news> with `styles` (<policy-news>'s own). */
export function defineBareLit(styles) {
  class BareLitNews extends LitElement {
    static styles = styles;
    static properties = { data: { attribute: false }, limit: { type: Number } };
    render() {
      const items = this.data?.items.slice(0, this.limit) ?? [];
      return html`<span class="visually-hidden" role="status" lang="en"></span>
        <div part="base" lang="en" aria-busy="false" tabindex="-1">
          <ul part="list" role="list" lang=${ifDefined(this.data?.language)}>
            ${items.map(item)}
          </ul>
        </div>`;
    }
  }
  customElements.define('bare-lit-news', BareLitNews);
}
