import type { HighlightColor } from '@/core/model/annotation';
import { CardAnnouncer } from './card-announcer';
import { HoverCard, type HoverCardData } from './hover-card';
import { NoteEditor, type NoteDraft } from './note-editor';
import { SelectionToolbar } from './selection-toolbar';
import { Toast, type ToastProps } from './toast';

type At = { x: number; y: number };

/** Everything the extension draws over a page, as plain data. */
export interface OverlayState {
  card: (HoverCardData & At) | null;
  toolbar: At | null;
  editor: (At & { quote: string; initial: NoteDraft; existing: boolean; authorName?: string }) | null;
  toast: Omit<ToastProps, 'onDismiss'> | null;
}

export const EMPTY_OVERLAY: OverlayState = { card: null, toolbar: null, editor: null, toast: null };

export interface PageOverlayProps {
  state: OverlayState;
  onCardHover(inside: boolean): void;
  onHighlight(color: HighlightColor): void;
  onStartNote(): void;
  onSaveNote(draft: NoteDraft): void;
  onDeleteNote(): void;
  onCancelNote(): void;
  onDismissToast(): void;
}

/** The root of the page overlay, rendered inside the extension's shadow root. */
export function PageOverlay({ state, ...on }: PageOverlayProps) {
  return (
    <>
      <CardAnnouncer card={state.card} />
      {state.card && <HoverCard {...state.card} onPointerEnter={() => on.onCardHover(true)} onPointerLeave={() => on.onCardHover(false)} />}
      {state.toolbar && !state.editor && <SelectionToolbar {...state.toolbar} onHighlight={on.onHighlight} onNote={on.onStartNote} />}
      {state.editor && (
        <NoteEditor {...state.editor} onSave={on.onSaveNote} onCancel={on.onCancelNote} onDelete={state.editor.existing ? on.onDeleteNote : undefined} />
      )}
      {state.toast && <Toast {...state.toast} onDismiss={on.onDismissToast} />}
    </>
  );
}
