// @vitest-environment happy-dom
/**
 * useLiveQuery with nothing to read (a `null` querier): no subscription and no answer to wait for,
 * and the last answer is forgotten when a query is switched off.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';
import { getSettings, putSettings } from '@/storage/settings';

const renders: string[] = [];

function Sites({ on }: { on: boolean }) {
  const settings = useLiveQuery(on ? () => getSettings(db) : null, [on]);
  const shown = settings.value === undefined ? 'nothing' : settings.value.sites.join(',');
  renders.push(shown);
  return <output>{shown}</output>;
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe('a live query with nothing to read', () => {
  it('renders once, reads nothing, and forgets the last answer when switched off', async () => {
    await putSettings(db, { sites: ['a.example'] });
    const host = document.createElement('div');
    document.body.append(host);
    const out = () => host.querySelector('output')!.textContent;

    await act(() => render(<Sites on={false} />, host));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(renders).toEqual(['nothing']);

    await act(() => render(<Sites on={true} />, host));
    await settle(() => out() === 'a.example');
    expect(out()).toBe('a.example');

    await act(() => render(<Sites on={false} />, host));
    expect(out()).toBe('nothing');
    render(null, host);
  });
});
