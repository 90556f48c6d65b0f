/**
 * The background's front door: every message is validated against its schema, its sender is
 * identified from what the browser says, and the policy decides whether that sender may ask it,
 * before any handler runs. A refusal is a `RefusedMessage` error that travels back to the sender.
 */
import { formatIssues } from '@/core/import/format-issues';
import { MESSAGE_SCHEMAS, isMessageName, type MessageName } from '@/messaging/message-schemas';
import type { CouncilLensDb } from '@/storage/db';
import { identifyCaller, RefusedMessage, type Caller, type SenderInfo } from './caller';
import type { BackgroundHandlers } from './handlers';
import { authorise } from './message-policy';

/** The extension's own id and origin (`chrome-extension://<id>/`), to recognise its pages. */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/** Validates a message's data; the parsed value (unknown keys dropped) or a `RefusedMessage`. */
export function parseMessage(name: unknown, data: unknown): { name: MessageName; data: unknown } {
  if (!isMessageName(name)) throw new RefusedMessage(`unknown request ${JSON.stringify(String(name)).slice(0, 80)}.`);
  const result = MESSAGE_SCHEMAS[name].safeParse(data);
  if (!result.success) throw new RefusedMessage(`the ${name} request is malformed:\n${formatIssues(result.error.issues)}`);
  return { name, data: result.data };
}

/** Runs one checked message for a known caller (used for outbox entries, whose page is their own). */
export async function runChecked(db: CouncilLensDb, handlers: BackgroundHandlers, name: unknown, rawData: unknown, caller: Caller): Promise<unknown> {
  const { name: checked, data } = parseMessage(name, rawData);
  await authorise(db, checked, data, caller);
  const handler = handlers[checked] as (d: unknown) => Promise<unknown>;
  return handler(data);
}

/** The function a runtime message listener calls: identify, validate, authorise, handle. */
export function createBoundary(db: CouncilLensDb, handlers: BackgroundHandlers, identity: ExtensionIdentity) {
  return (name: unknown, rawData: unknown, sender: SenderInfo | undefined): Promise<unknown> => {
    try {
      const caller = identifyCaller(sender, identity.id, identity.origin);
      return runChecked(db, handlers, name, rawData, caller);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}
