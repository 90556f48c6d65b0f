/**
 * Mounts the page overlay (hover cards, selection toolbar, note editor, messages) in an open shadow
 * root on a host element of our own, so page CSS cannot restyle it and our CSS cannot leak out.
 * The host carries data-council-lens-ui so the text index and the mutation watcher skip it.
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
  destroy(): void;
}

/** Creates the overlay host in `doc` and renders the initial, empty state. */
export function mountOverlay(doc: Document, handlers: OverlayHandlers): Overlay {
  const host = doc.createElement('council-lens-ui');
  host.setAttribute('data-council-lens-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);

  let state = EMPTY_OVERLAY;
  const draw = () => render(h(PageOverlay, { state, ...handlers }), container);
  draw();
  return {
    get state() {
      return state;
    },
    update(patch) {
      state = { ...state, ...patch };
      draw();
    },
    contains: (event) => event.composedPath().includes(host),
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
