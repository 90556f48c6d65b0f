// @vitest-environment happy-dom
/**
 * The popup and options pages across another connection's upgrade or delete: their queries come
 * back with fresh data and nothing is remounted, so a draft being typed stays.
 */
import { Dexie } from 'dexie';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';
import { getSettings, putSettings } from '@/storage/settings';

function Page() {
  const settings = useLiveQuery(() => getSettings(db), []);
  const [draft, setDraft] = useState('');
  return (
    <div>
      <output>{settings.value?.sites.join(',') ?? ''}</output>
      <textarea value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
    </div>
  );
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe('a page whose database is deleted or upgraded under it', () => {
  it('reloads its data and keeps the draft', async () => {
    await putSettings(db, { sites: ['old-site.example'] });
    const host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<Page />, host));
    const out = () => host.querySelector('output')!.textContent;
    await settle(() => out() === 'old-site.example');
    const area = host.querySelector('textarea')!;
    await act(() => {
      area.value = 'Cllr Venn said the depot';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });

    await Dexie.delete(db.name); // another connection: this page's is closed under it
    await settle(() => db.isOpen());
    await putSettings(db, { sites: ['new-site.example'] });
    await settle(() => out().includes('new-site.example'));

    expect(out()).toContain('new-site.example');
    expect(host.querySelector('textarea')).toBe(area);
    expect(area.value).toBe('Cllr Venn said the depot');
    render(null, host);
  });
});
