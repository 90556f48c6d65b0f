/** Wires the message boundary to `backgroundMessaging`. Call once, synchronously, at worker start. */
import { backgroundMessaging, type BackgroundProtocol } from '@/messaging/protocol';
import { MESSAGE_SCHEMAS } from '@/messaging/message-schemas';
import type { SenderInfo } from './caller';

/** Checks and answers one message (see `createBoundary`). */
export type Receive = (name: unknown, data: unknown, sender: SenderInfo | undefined) => Promise<unknown>;

/**
 * Registers a listener per message type, each passing the data and the browser's sender to
 * `receive`. Listeners must be added in the service worker's first turn so a message that wakes the
 * worker is delivered. Returns a function removing them all.
 */
export function registerHandlers(receive: Receive): () => void {
  const names = Object.keys(MESSAGE_SCHEMAS) as (keyof BackgroundProtocol)[];
  // The library types each listener by its message; `receive` checks the data itself at run time.
  const on = backgroundMessaging.onMessage as (
    name: keyof BackgroundProtocol,
    listener: (message: { data: unknown; sender: SenderInfo }) => Promise<unknown>,
  ) => () => void;
  const removers = names.map((name) => on(name, ({ data, sender }) => receive(name, data, sender)));
  return () => removers.forEach((remove) => remove());
}
