/**
 * Mounts the page overlay (hover cards, selection toolbar, note editor, messages) in a CLOSED shadow
 * root on a host element of our own: page CSS cannot restyle it, our CSS cannot leak out, and page
 * scripts cannot reach inside (`host.shadowRoot` is null for them, and events from inside reach
 * the page retargeted to the host). The only reference to the root is kept here.
 *
 * The host is recognised by reference (`owns`), never by a tag or attribute a page could copy.
 * Keyboard and text events from inside stop at the shadow root so the page's bubbling listeners
 * never see what the reader types into a note. (A page listener in the capture phase on window
 * still sees key events go by: only a separate extension frame would hide those.)
 */
import { h, render } from 'preact';
import { EMPTY_OVERLAY, PageOverlay, type OverlayState, type PageOverlayProps } from '@/components/page/page-overlay';
import { OVERLAY_CSS } from '@/components/page/overlay-styles';

export type OverlayHandlers = Omit<PageOverlayProps, 'state'>;

/** A handle to the mounted overlay. */
export interface Overlay {
  readonly state: OverlayState;
  update(patch: Partial<OverlayState>): void;
  /** True when an event happened inside the overlay (composed path crosses the shadow root). */
  contains(event: Event): boolean;
  /** True for the overlay's host element, the node the page sees for anything inside it. */
  owns(node: Node | null | undefined): boolean;
  destroy(): void;
}

/** Events whose content is the reader's typing: kept inside the shadow root. */
const PRIVATE_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'cut',
  'copy',
  'select',
] as const;

/**
 * Returns the overlay handle; the host is created in `doc` on the first update, since the empty
 * state draws nothing (most pages never show a card or toolbar, and adding a styled shadow tree to
 * the page costs a style recalculation at load).
 */
export function mountOverlay(doc: Document, handlers: OverlayHandlers): Overlay {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  const mount = (): HTMLElement => {
    host = doc.createElement('council-lens-ui');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    container = doc.createElement('div');
    shadow.append(style, container);
    const stop = (event: Event) => event.stopPropagation();
    for (const type of PRIVATE_EVENTS) shadow.addEventListener(type, stop);
    doc.documentElement.append(host);
    return container;
  };

  let state = EMPTY_OVERLAY;
  const draw = () => render(h(PageOverlay, { state, ...handlers }), container ?? mount());
  return {
    get state() {
      return state;
    },
    update(patch) {
      state = { ...state, ...patch };
      draw();
    },
    contains: (event) => !!host && event.composedPath().includes(host),
    owns: (node) => !!node && !!host && (node === host || host.contains(node)),
    destroy() {
      if (container) render(null, container);
      host?.remove();
      host = null;
      container = null;
    },
  };
}
