/**
 * Accessible tabs (WAI-ARIA tabs pattern): a tablist whose tabs move focus with the arrow keys,
 * Home and End, and select on focus, so keyboard readers never need the mouse.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab's id and visible label. */
export interface TabDef {
  id: string;
  label: string;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  tabs: TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  /** Accessible name of the tab list. */
  label: string;
  /**
   * Called when the reader is about to choose a tab: the pointer comes onto it or presses it. A
   * click follows a pointer's arrival by a good fraction of a second, time enough to start reading
   * what the tab will show.
   */
  onIntent?: (id: string) => void;
  /** Renders the selected tab's panel. Only the selected panel is mounted. */
  children: (id: string) => ComponentChildren;
}

/** Tabs with a roving tab index; the panel is labelled by its tab. */
export function Tabs({ tabs, selected, onSelect, onIntent, label, children }: TabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const count = tabs.length;
    const next = ((index % count) + count) % count;
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onPointerEnter={() => onIntent?.(tab.id)}
            onPointerDown={() => onIntent?.(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} tabIndex={0} class="tabpanel">
        {children(selected)}
      </div>
    </div>
  );
}
