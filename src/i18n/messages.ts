import { msg, str } from '@lit/localize';

/**
 * Every interface string, in the source locale (en). `lit-localize extract`
 * reads the `msg()` calls into locales/*.xlf; `lit-localize build` turns the
 * translations into src/i18n/generated/. Each id equals its key, and each
 * function's parameters appear in its template in the same order, so
 * translate.ts can fill a translation by position.
 */
export const messages = {
  loading: () => msg('Loading…', { id: 'loading' }),
  retry: () => msg('Try again', { id: 'retry' }),
  empty: () => msg('There is nothing to show here yet.', { id: 'empty' }),
  errorNetwork: () =>
    msg('The content could not be loaded. Check your connection and try again.', {
      id: 'errorNetwork',
    }),
  errorTimeout: () =>
    msg('The content is taking too long to load. Try again later.', { id: 'errorTimeout' }),
  errorHttp: () => msg('The content is not available right now.', { id: 'errorHttp' }),
  errorInvalid: () => msg('The content could not be read.', { id: 'errorInvalid' }),
  photoCredit: (credit: string) => msg(str`Photo: ${credit}`, { id: 'photoCredit' }),

  typeNews: () => msg('News', { id: 'typeNews' }),
  typePressRelease: () => msg('Press release', { id: 'typePressRelease' }),
  typeSpeech: () => msg('Speech', { id: 'typeSpeech' }),
  typeStatement: () => msg('Statement', { id: 'typeStatement' }),
  typeArticle: () => msg('Article', { id: 'typeArticle' }),
  typeWhitePaper: () => msg('White paper', { id: 'typeWhitePaper' }),
  typeProposition: () => msg('Proposition to the Storting', { id: 'typeProposition' }),
  typeReport: () => msg('Report', { id: 'typeReport' }),
  forthcomingWhitePaper: () => msg('New white paper', { id: 'forthcomingWhitePaper' }),

  publisher: () => msg('Publisher', { id: 'publisher' }),
  publishedUnder: () => msg('Published under', { id: 'publishedUnder' }),
  earlierGovernment: (government: string) =>
    msg(str`This was published under ${government}, an earlier government.`, {
      id: 'earlierGovernment',
    }),
  moreOn: (topic: string) => msg(str`More on ${topic}`, { id: 'moreOn' }),
};

export type Messages = typeof messages;
