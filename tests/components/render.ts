/** Test helpers: render a Preact tree into a fresh container and flush updates with act(). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders `ui` into a new div attached to the document; returns the container. */
export function mount(ui: ComponentChild): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(ui, container);
  });
  return container;
}

/** Dispatches `event` on `target` inside act() so state updates are applied. */
export function fire(target: Element, event: Event): void {
  act(() => {
    target.dispatchEvent(event);
  });
}

/** Sets an input's value and fires `input` (Preact listens to `input` for onInput). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  fire(input, new Event('input', { bubbles: true }));
}

/** Selects an option and fires `change`. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  fire(select, new Event('change', { bubbles: true }));
}

/** Clicks an element. */
export function click(el: Element): void {
  fire(el, new MouseEvent('click', { bubbles: true }));
}

/** The button whose text is exactly `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}
