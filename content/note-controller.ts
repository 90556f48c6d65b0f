/**
 * The reader's actions on notes in the page: highlight a selection, write a note, edit or delete
 * one by clicking it. A new note is drawn at once and then saved; if the save fails the note stays
 * on the page and the reader is offered a retry, so nothing typed is lost.
 */
import { describeRange } from '@/core/anchoring/describe';
import { annotationRoot } from '@/core/anchoring/page-text';
import type { Annotation, AnnotationTarget, HighlightColor } from '@/core/model/annotation';
import type { NoteDraft } from '@/components/page/note-editor';
import { browser } from 'wxt/browser';
import { dequeue, enqueue } from '@/messaging/outbox';
import { callBackground } from './background-client';
import { newId } from './new-id';
import type { Overlay } from './overlay';
import type { PageSession } from './page-session';
import type { SelectionWatch } from './selection-watch';

type Pending = { mode: 'new'; target: AnnotationTarget } | { mode: 'edit'; annotation: Annotation };

/** Height kept free below the editor's top, so all of it (Save included) is on screen. */
const EDITOR_HEIGHT = 400;

export class NoteController {
  private pending: Pending | null = null;

  constructor(
    private readonly session: PageSession,
    private readonly overlay: Overlay,
    private readonly selection: SelectionWatch,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Highlights the current selection in `color`, without a note. False when nothing is selected. */
  async highlight(color: HighlightColor = 'yellow'): Promise<boolean> {
    const target = this.takeSelection();
    if (!target) return false;
    await this.persist(this.create(target, { note: '', tags: [], color }));
    return true;
  }

  /** Opens the note editor for the current selection. */
  startNote(): void {
    const toolbar = this.overlay.state.toolbar;
    const target = this.takeSelection();
    if (!target) return;
    this.pending = { mode: 'new', target };
    const near = toolbar ? { left: toolbar.x, bottom: toolbar.y + 40 } : undefined;
    this.openEditor(target.quote.exact, { note: '', tags: [], color: 'yellow' }, false, near);
  }

  /** Opens the editor for a note the reader clicked on the page. */
  edit(id: string): void {
    const annotation = this.session.annotations.find((a) => a.id === id);
    if (!annotation) return;
    this.pending = { mode: 'edit', annotation };
    const { note, tags, color } = annotation;
    const rect = this.session.notes.elements(id)[0]?.getBoundingClientRect();
    const author = annotation.authorId ? annotation.authorName || annotation.authorId : undefined;
    this.openEditor(annotation.target.quote.exact, { note, tags, color, private: !!annotation.private }, true, rect, author);
  }

  async save(draft: NoteDraft): Promise<void> {
    const pending = this.pending;
    this.close();
    if (!pending) return;
    if (pending.mode === 'new') return this.persist(this.create(pending.target, draft));
    const updated = { ...pending.annotation, ...draft, updatedAt: this.now().toISOString() };
    return this.persist(updated);
  }

  async remove(): Promise<void> {
    const pending = this.pending;
    this.close();
    if (pending?.mode !== 'edit') return;
    const { id } = pending.annotation;
    try {
      await callBackground('deleteAnnotation', id);
      this.session.annotations = this.session.annotations.filter((a) => a.id !== id);
      this.session.notes.remove(id);
    } catch (e) {
      this.session.fail('Could not delete the note', e);
    }
  }

  close(): void {
    this.pending = null;
    this.overlay.update({ editor: null });
  }

  /**
   * Puts the annotation in the outbox (on disk at once, no service worker needed), draws it, then
   * hands it to the background. If that fails the note stays drawn and in the outbox, where the
   * background finds it later; the reader is told, and can retry now.
   */
  private async persist(annotation: Annotation): Promise<void> {
    const list = this.session.annotations.filter((a) => a.id !== annotation.id);
    this.session.annotations = [...list, annotation];
    const entry = { annotation, article: this.session.submission(false) };
    const queued = enqueue(browser.storage.local, entry);
    await queued.catch(() => undefined);
    if (this.session.notes.elements(annotation.id).length === 0) this.session.notes.draw(annotation);
    else this.session.notes.recolor(annotation);
    try {
      await queued;
      await callBackground('saveAnnotation', entry);
      await dequeue(browser.storage.local, annotation.id);
      this.overlay.update({ toast: null });
    } catch (e) {
      this.session.fail('Your note is not saved yet', e);
      this.overlay.update({
        toast: { ...this.overlay.state.toast!, action: { label: 'Retry', onClick: () => void this.persist(annotation) } },
      });
    }
  }

  private create(target: AnnotationTarget, draft: NoteDraft): Annotation {
    const at = this.now().toISOString();
    return {
      id: newId(),
      articleId: this.session.articleId(),
      url: this.session.doc.location.href,
      target,
      ...draft,
      createdAt: at,
      updatedAt: at,
    };
  }

  private takeSelection(): AnnotationTarget | null {
    const range = this.selection.current() ?? this.selection.capture();
    if (!range) return null;
    const target = describeRange(annotationRoot(this.session.doc), range);
    this.selection.clear();
    this.session.doc.getSelection()?.removeAllRanges();
    return target.quote.exact.trim() ? target : null;
  }

  private openEditor(quote: string, initial: NoteDraft, existing: boolean, rect?: { left: number; bottom: number }, authorName?: string): void {
    const win = this.session.doc.defaultView!;
    const x = Math.max(8, Math.min(rect?.left ?? win.innerWidth / 2 - 160, win.innerWidth - 336));
    // The editor is about 390 px tall with the private switch: keep its Save button inside the window.
    const y = Math.max(8, Math.min(rect ? rect.bottom + 8 : 80, win.innerHeight - EDITOR_HEIGHT));
    this.overlay.update({ toolbar: null, editor: { x, y, quote, initial, existing, ...(authorName ? { authorName } : {}) } });
  }
}
