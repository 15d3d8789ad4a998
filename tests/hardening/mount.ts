import { render, type TemplateResult } from 'lit';

const boxes: HTMLElement[] = [];

/**
 * Renders `template` into a new box in the page and returns the box. Unlike
 * open-wc's fixture() on a plain element, it does not wait for an animation
 * frame, which never comes while the runner has this page in a background tab.
 */
export function mount(template?: TemplateResult): HTMLElement {
  const box = document.createElement('div');
  if (template) render(template, box);
  document.body.append(box);
  boxes.push(box);
  return box;
}

afterEach(() => boxes.splice(0).forEach((box) => box.remove()));
