import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange, resolveLocale, type Locale } from '../i18n/locale.js';

/**
 * Keeps an element's interface locale: its own `lang`, its ancestors' across
 * shadow roots, or `<html lang>`. It re-renders the element when any `lang`
 * above it changes, and only reads the page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected() {
    this.resolve();
    this.#stop = onLangChange(this.host, () => this.resolve());
  }

  hostDisconnected() {
    this.#stop?.();
  }

  /** Resolves the locale again, re-rendering the element if it changed. */
  resolve() {
    const locale = resolveLocale(this.host);
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
