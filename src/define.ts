/**
 * Registers `tag` unless something already has. A second copy of the script,
 * or another version, must never throw into the host page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
