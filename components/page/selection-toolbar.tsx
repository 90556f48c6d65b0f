import { HIGHLIGHT_COLORS, type HighlightColor } from '@/core/model/annotation';

export interface SelectionToolbarProps {
  x: number;
  y: number;
  onHighlight(color: HighlightColor): void;
  onNote(): void;
}

/** The toolbar over a text selection: one button per colour, and one to add a note. */
export function SelectionToolbar({ x, y, onHighlight, onNote }: SelectionToolbarProps) {
  // mousedown would clear the page selection before click fires; keep it.
  const keep = (e: Event) => e.preventDefault();
  return (
    <div class="toolbar" role="toolbar" aria-label="Council Lens" style={{ left: `${x}px`, top: `${y}px` }}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`swatch swatch-${color}`}
          title={`Highlight (${color})`}
          aria-label={`Highlight in ${color}`}
          onMouseDown={keep}
          onClick={() => onHighlight(color)}
        />
      ))}
      <button type="button" class="note-button" onMouseDown={keep} onClick={onNote}>
        Note
      </button>
    </div>
  );
}
