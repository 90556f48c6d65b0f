// @vitest-environment happy-dom
/** The search box's pause: the value a query sees follows the typed one only once typing stops. */
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebounced } from '@/extension-pages/hooks/use-debounced';
import { mount } from './render';

let set: (v: string) => void = () => undefined;
const seen: string[] = [];

function Probe({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  set = setValue;
  const settled = useDebounced(value, 150);
  if (seen[seen.length - 1] !== settled) seen.push(settled);
  return <p>{settled}</p>;
}

beforeEach(() => {
  seen.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('useDebounced', () => {
  it('returns the first value at once, then only the value typing paused on', () => {
    const root = mount(<Probe initial="" />);
    expect(root.textContent).toBe('');
    for (const partial of ['f', 'fi', 'fin', 'fina']) {
      act(() => set(partial));
      act(() => {
        vi.advanceTimersByTime(100);
      });
    }
    expect(root.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(60);
    });
    expect(root.textContent).toBe('fina');
    expect(seen).toEqual(['', 'fina']);
  });
});
