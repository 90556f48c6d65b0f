// @vitest-environment happy-dom
/** useIdle: false on the first render, true once the browser reports idle time (or the timeout passes). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useIdle } from '@/extension-pages/hooks/use-idle';

function Probe({ ready = true }: { ready?: boolean }) {
  return <output>{useIdle(ready) ? 'idle' : 'busy'}</output>;
}

afterEach(() => vi.unstubAllGlobals());

describe('useIdle', () => {
  it('turns true only when the idle callback runs, and cancels it on unmount', async () => {
    let pending: (() => void) | null = null;
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => ((pending = fn), 7));
    vi.stubGlobal('cancelIdleCallback', cancel);
    const host = document.createElement('div');
    await act(() => render(<Probe />, host));
    expect(host.textContent).toBe('busy');
    await act(() => pending!());
    expect(host.textContent).toBe('idle');
    await act(() => render(null, host));
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a task after the first render where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const host = document.createElement('div');
    await act(() => render(<Probe />, host));
    await act(() => new Promise((r) => setTimeout(r, 5)));
    expect(host.textContent).toBe('idle');
  });

  it('waits for the page to be ready before asking for idle time', async () => {
    const asked = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', asked);
    vi.stubGlobal('cancelIdleCallback', () => {});
    const host = document.createElement('div');
    await act(() => render(<Probe ready={false} />, host));
    expect(asked).not.toHaveBeenCalled();
    await act(() => render(<Probe ready={true} />, host));
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
