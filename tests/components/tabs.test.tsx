// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { Tabs } from '@/components/common/tabs';
import { click, fire, mount } from './render';

const TABS = [
  { id: 'page', label: 'This page' },
  { id: 'notes', label: 'Notes' },
  { id: 'people', label: 'People' },
];

function Harness() {
  const [selected, setSelected] = useState('page');
  return (
    <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Sections">
      {(id) => <p>Panel {id}</p>}
    </Tabs>
  );
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });

describe('Tabs', () => {
  it('marks up a tablist whose selected tab controls the labelled panel', () => {
    const root = mount(<Harness />);
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Sections');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toBe('Panel page');
  });

  it('moves selection and focus with the arrow keys, wrapping, and with Home/End', () => {
    const root = mount(<Harness />);
    const tab = (i: number) => root.querySelectorAll('[role="tab"]')[i] as HTMLElement;
    fire(tab(0), key('ArrowRight'));
    expect(tab(1).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab(1));
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toBe('Panel notes');
    fire(tab(1), key('ArrowRight'));
    fire(tab(2), key('ArrowRight'));
    expect(tab(0).getAttribute('aria-selected')).toBe('true');
    fire(tab(0), key('ArrowLeft'));
    expect(tab(2).getAttribute('aria-selected')).toBe('true');
    fire(tab(2), key('Home'));
    expect(tab(0).getAttribute('aria-selected')).toBe('true');
    fire(tab(0), key('End'));
    expect(tab(2).getAttribute('aria-selected')).toBe('true');
    expect(tab(2).getAttribute('tabindex')).toBe('0');
  });

  it('reports the tab the pointer comes onto or presses, without selecting it', () => {
    const intents: string[] = [];
    const root = mount(
      <Tabs tabs={TABS} selected="page" onSelect={() => undefined} onIntent={(id) => intents.push(id)} label="Sections">
        {(id) => <p>Panel {id}</p>}
      </Tabs>,
    );
    const tab = (i: number) => root.querySelectorAll('[role="tab"]')[i] as HTMLElement;
    fire(tab(1), new Event('pointerenter'));
    fire(tab(2), new Event('pointerdown', { bubbles: true }));
    expect(intents).toEqual(['notes', 'people']);
    expect(tab(0).getAttribute('aria-selected')).toBe('true');
  });

  it('selects on click and ignores other keys', () => {
    const root = mount(<Harness />);
    const tab = (i: number) => root.querySelectorAll('[role="tab"]')[i] as HTMLElement;
    click(tab(2));
    expect(tab(2).getAttribute('aria-selected')).toBe('true');
    fire(tab(2), key('a'));
    expect(tab(2).getAttribute('aria-selected')).toBe('true');
  });
});
