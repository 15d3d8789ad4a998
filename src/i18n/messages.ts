import { msg, str } from './msg-runtime.js';

/**
 * Every interface string, in the source locale (en). `lit-localize extract`
 * reads the `msg()` calls into locales/*.xlf; `lit-localize build` turns the
 * translations into src/i18n/generated/. Each id is `policy-widgets.` and its
 * key. msg() is the widgets' own (msg-runtime.ts), so an application's
 * lit-localize never answers for it. Each function's parameters appear in its
 * template in the same order, so translate.ts can fill a translation by position.
 */
export const messages = {
  loading: () => msg('Loading…', { id: 'policy-widgets.loading' }),
  retry: () => msg('Try again', { id: 'policy-widgets.retry' }),
  empty: () => msg('There is nothing to show here yet.', { id: 'policy-widgets.empty' }),
  errorSetup: () =>
    msg('This content cannot be shown: it has not been set up correctly.', { id: 'policy-widgets.errorSetup' }),
  errorNetwork: () =>
    msg('The content could not be loaded. Check your connection and try again.', {
      id: 'policy-widgets.errorNetwork',
    }),
  errorTimeout: () =>
    msg('The content is taking too long to load. Try again later.', { id: 'policy-widgets.errorTimeout' }),
  errorHttp: () => msg('The content is not available right now.', { id: 'policy-widgets.errorHttp' }),
  errorInvalid: () => msg('The content could not be read.', { id: 'policy-widgets.errorInvalid' }),
  photoCredit: (credit: string) => msg(str`Photo: ${credit}`, { id: 'policy-widgets.photoCredit' }),

  typeNews: () => msg('News', { id: 'policy-widgets.typeNews' }),
  typePressRelease: () => msg('Press release', { id: 'policy-widgets.typePressRelease' }),
  typeSpeech: () => msg('Speech', { id: 'policy-widgets.typeSpeech' }),
  typeStatement: () => msg('Statement', { id: 'policy-widgets.typeStatement' }),
  typeArticle: () => msg('Article', { id: 'policy-widgets.typeArticle' }),
  typeWhitePaper: () => msg('White paper', { id: 'policy-widgets.typeWhitePaper' }),
  typeProposition: () => msg('Proposition to the Storting', { id: 'policy-widgets.typeProposition' }),
  typeReport: () => msg('Report', { id: 'policy-widgets.typeReport' }),
  forthcomingWhitePaper: () => msg('New white paper', { id: 'policy-widgets.forthcomingWhitePaper' }),

  publisher: () => msg('Publisher', { id: 'policy-widgets.publisher' }),
  publishedUnder: () => msg('Published under', { id: 'policy-widgets.publishedUnder' }),
  earlierGovernment: (government: string) =>
    msg(str`This was published under ${government}, an earlier government.`, {
      id: 'policy-widgets.earlierGovernment',
    }),
  moreOn: (topic: string) => msg(str`More on ${topic}`, { id: 'policy-widgets.moreOn' }),

  noTagMatch: () => msg('No items match these tags.', { id: 'policy-widgets.noTagMatch' }),
  showMore: () => msg('Show more', { id: 'policy-widgets.showMore' }),
  // Counted strings have a form for one and one for any other count; plurals.ts says why that is enough.
  addedOne: (count: number) => msg(str`${count} item added`, { id: 'policy-widgets.addedOne' }),
  addedOther: (count: number) => msg(str`${count} items added`, { id: 'policy-widgets.addedOther' }),
  newOne: (count: number) => msg(str`${count} new item`, { id: 'policy-widgets.newOne' }),
  newOther: (count: number) => msg(str`${count} new items`, { id: 'policy-widgets.newOther' }),
};

export type Messages = typeof messages;
