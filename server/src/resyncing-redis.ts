/**
 * Hocuspocus' Redis extension (3.4), made to converge when a message between instances is lost.
 *
 * The extension is pull-based: an instance that changes a document publishes its state vector
 * (sync step 1), and the others answer with what it lacks and ask for what they lack. A message
 * nobody receives is never sent again, so the change it announced waits for the next change to the
 * same document, which may never come. Two ways to lose one were seen:
 * - Redis drops its subscribers (a restart, a network blip): messages published before they
 *   resubscribe reach nobody;
 * - the extension announces a document while Hocuspocus is still loading it, and answers that
 *   arrive before Hocuspocus lists the document are dropped (fixed upstream only in 4.x).
 *
 * So every instance announces each document again once it is listed, and then every
 * `resyncMs` while it stays loaded. An announcement costs one state vector per document and
 * carries no content unless some instance lacks something.
 *
 * A third way lost every message for good: the extension subscribes to a document's channel as
 * soon as it loads, and a SUBSCRIBE sent while ioredis (5.8.2 and later 5.x) is still shaking
 * hands with Redis makes its ready check fail, leaving the instance deaf to that document
 * (ioredis issue #2037). So a document subscribes only once the subscriber connection is ready.
 */
import { OutgoingMessage, type Document, type afterLoadDocumentPayload, type onConfigurePayload } from '@hocuspocus/server';
import { Redis, type Configuration } from '@hocuspocus/extension-redis';

export class ResyncingRedis extends Redis {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    configuration: Partial<Configuration>,
    private readonly resyncMs: number,
  ) {
    super(configuration);
  }

  override async onConfigure(payload: onConfigurePayload): Promise<void> {
    await super.onConfigure(payload);
    this.timer = setInterval(() => this.instance.documents.forEach((doc) => void this.announce(doc)), this.resyncMs);
    this.timer.unref();
  }

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<unknown> {
    await this.subscriberReady();
    const subscribed = await super.afterLoadDocument(payload);
    // Hocuspocus lists the document only after every afterLoadDocument hook has resolved; by the
    // next turn it is listed, so answers to this second announcement are applied, not dropped.
    setTimeout(() => void this.announce(payload.document), 0);
    return subscribed;
  }

  override async onDestroy(): Promise<void> {
    clearInterval(this.timer);
    await super.onDestroy();
  }

  /** Resolves when the subscriber connection has finished connecting (at once if it has). */
  private subscriberReady(): Promise<void> {
    if (this.sub.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => this.sub.once('ready', () => resolve()));
  }

  /** Publishes the document's state vector, as the extension does after a change. */
  private announce(document: Document): Promise<number> | undefined {
    if (this.instance.documents.get(document.name) !== document) return undefined;
    const step1 = new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array();
    // The channel and the sender prefix the extension itself uses (its helpers are private).
    return this.pub.publish(`${this.configuration.prefix}:${document.name}`, Buffer.concat([this.messagePrefix, Buffer.from(step1)]));
  }
}
