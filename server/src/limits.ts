/**
 * Size limits: a message larger than `maxUpdateBytes` closes the client's connection to the
 * document with reason `update-too-large`; a change that would take the document past
 * `maxDocumentBytes` closes it with `document-too-large`. Either way nothing of it is applied.
 *
 * The document size is tracked incrementally (size at load plus each applied update) and measured
 * exactly only when that estimate reaches the limit, so the common case costs nothing.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Extension, beforeHandleMessagePayload, onChangePayload, afterLoadDocumentPayload, Document } from '@hocuspocus/server';
import { REFUSAL } from '../shared/refusals';
import type { Logger } from './log';
import type { AuthContext } from './auth';

/** Hocuspocus message type of document sync messages, and the y-protocols sync steps that carry content. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Close code for "too large" (like HTTP 413, in the application range). */
const CLOSE_TOO_LARGE = 4413;

/** The Yjs update inside a raw client message (sync step 2 or update), or null for other messages. */
export function contentOf(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

/** The size-limit extension. */
export class SizeLimits implements Extension {
  extensionName = 'SizeLimits';
  private readonly sizes = new WeakMap<Document, number>();

  constructor(
    private readonly maxUpdateBytes: number,
    private readonly maxDocumentBytes: number,
    private readonly log: Logger,
  ) {}

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.sizes.set(document, Y.encodeStateAsUpdate(document).byteLength);
  }

  async onChange({ document, update }: onChangePayload): Promise<void> {
    this.sizes.set(document, (this.sizes.get(document) ?? 0) + update.byteLength);
  }

  async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
    const { update: message, document, connection } = data;
    const who = (data.context as AuthContext).claims;
    const refuse = (reason: string, detail: string): never => {
      this.log({ event: 'refused', reason, document: document.name, team: who?.team, user: who?.user });
      throw { code: CLOSE_TOO_LARGE, reason: `${reason}: ${detail}` };
    };
    if (message.byteLength > this.maxUpdateBytes) {
      refuse(REFUSAL.updateTooLarge, `${message.byteLength} bytes, the limit is ${this.maxUpdateBytes}`);
    }
    if (connection.readOnly) return;
    const content = contentOf(message);
    if (!content) return;
    const estimate = this.sizes.get(document) ?? 0;
    if (estimate + content.byteLength <= this.maxDocumentBytes) return;
    // Near the limit: measure exactly, and count only what the document does not have yet (a
    // reconnecting client's sync step 2 repeats much the server already holds).
    const size = Y.encodeStateAsUpdate(document).byteLength;
    this.sizes.set(document, size);
    const growth = Y.diffUpdate(content, Y.encodeStateVector(document)).byteLength;
    if (size + growth > this.maxDocumentBytes) {
      refuse(REFUSAL.documentTooLarge, `the team document would pass ${this.maxDocumentBytes} bytes`);
    }
  }
}
