/** Wires the protocol handlers to `backgroundMessaging`. Call once, synchronously, at worker start. */
import { backgroundMessaging } from '@/messaging/protocol';
import type { BackgroundHandlers } from './handlers';

/**
 * Registers a listener per message type. Listeners must be added in the service worker's first
 * turn so a message that wakes the worker is delivered. Returns a function removing them all.
 */
export function registerHandlers(h: BackgroundHandlers): () => void {
  const removers = [
    backgroundMessaging.onMessage('getSettings', () => h.getSettings(undefined)),
    backgroundMessaging.onMessage('getWatchlist', () => h.getWatchlist(undefined)),
    backgroundMessaging.onMessage('getPageContext', ({ data }) => h.getPageContext(data)),
    backgroundMessaging.onMessage('rememberArticle', ({ data }) => h.rememberArticle(data)),
    backgroundMessaging.onMessage('forgetArticle', ({ data }) => h.forgetArticle(data)),
    backgroundMessaging.onMessage('saveAnnotation', ({ data }) => h.saveAnnotation(data)),
    backgroundMessaging.onMessage('deleteAnnotation', ({ data }) => h.deleteAnnotation(data)),
    backgroundMessaging.onMessage('setOrphans', ({ data }) => h.setOrphans(data)),
    backgroundMessaging.onMessage('addLink', ({ data }) => h.addLink(data)),
  ];
  return () => removers.forEach((remove) => remove());
}
