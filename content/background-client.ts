/**
 * The content script's side of the message protocol. Every call is retried a few times with a
 * short back-off, because a stopped service worker is restarted by the next message but may miss
 * the first one while it boots; handlers are idempotent, so a repeated save is harmless.
 */
import { backgroundMessaging, type BackgroundProtocol } from '@/messaging/protocol';

type Name = keyof BackgroundProtocol;
type Data<K extends Name> = Parameters<BackgroundProtocol[K]>[0];
type Result<K extends Name> = ReturnType<BackgroundProtocol[K]>;

const DELAYS_MS = [150, 400, 1000];

/** Sends one message to the background, retrying on failure; rejects with the last error. */
export async function callBackground<K extends Name>(name: K, data: Data<K>): Promise<Result<K>> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= DELAYS_MS.length; attempt++) {
    try {
      // The library's overloads cannot see through the generic K; the protocol map keeps it typed.
      const send = backgroundMessaging.sendMessage as (n: Name, d: unknown) => Promise<unknown>;
      return (await send(name, data)) as Result<K>;
    } catch (error) {
      lastError = error;
      if (!isTransient(error)) break;
      const delay = DELAYS_MS[attempt];
      if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Connection failures (worker asleep or restarting) are worth retrying; handler errors are not. */
function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection|message (port|channel) closed|no response/i.test(message);
}

/** The human-readable message of an error coming back from the background. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'The extension could not be reached. Reload the page and try again.';
}
