// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ExportMenu } from '@/components/common/export-menu';
import { ErrorAlert } from '@/components/common/error-alert';
import { BackupImport } from '@/components/options/backup-import';
import { SettingsForm } from '@/components/options/settings-form';
import { WatchlistImport } from '@/components/options/watchlist-import';
import { WatchlistTable } from '@/components/options/watchlist-table';
import type { Settings } from '@/core/model/records';
import { button, choose, click, fire, mount, typeInto } from './render';

const settings: Settings = {
  sites: ['marshburygazette.example'],
  autoRemember: true,
  categories: { official: true, person: false, figure: true, note: true },
  colors: { official: '#cfe3ff', figure: '#d9f2d0' },
};

/** Lets pending promises (file reading, callbacks) settle and re-renders. */
async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function chooseFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fire(input, new Event('change', { bubbles: true }));
}

describe('SettingsForm', () => {
  it('normalises a typed address, rejects junk and duplicates with a message', () => {
    const onAddSite = vi.fn();
    const root = mount(<SettingsForm settings={settings} onChange={vi.fn()} onAddSite={onAddSite} />);
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    typeInto(input, 'https://www.TrowleEcho.example/news/1');
    click(button(root, 'Add'));
    expect(onAddSite).toHaveBeenCalledWith('trowleecho.example');
    typeInto(input, 'not a site!');
    click(button(root, 'Add'));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('is not a web address');
    typeInto(input, 'marshburygazette.example');
    click(button(root, 'Add'));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('already on the list');
    expect(onAddSite).toHaveBeenCalledTimes(1);
  });

  it('removes a site and switches categories', () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={settings} onChange={onChange} onAddSite={vi.fn()} />);
    click(root.querySelector('[aria-label="Remove marshburygazette.example"]')!);
    expect(onChange).toHaveBeenLastCalledWith({ sites: [] });
    const figures = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Figures' && l.querySelector('input[type="checkbox"]'))!;
    const box = figures.querySelector('input')!;
    box.checked = false;
    fire(box, new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ categories: { official: true, person: false, figure: false, note: true } });
  });
});

describe('WatchlistImport', () => {
  it('previews a CSV with per-line problems before adding', async () => {
    const onImport = vi.fn();
    const root = mount(<WatchlistImport onImport={onImport} />);
    const csv = 'fullusername,wardtitle,politicalpartytitle\nCllr Tomasz Wren,Quarry Bank,Reform UK\n,Quarry Bank,Labour\n';
    chooseFile(root.querySelector('input[type="file"]')!, new File([csv], 'members.csv', { type: 'text/csv' }));
    await settle();
    expect(root.textContent).toContain('members.csv: 1 person found, 1 line with problems');
    expect(root.querySelector('.line-errors')!.textContent).toBe('Line 3: no name');
    expect(root.textContent).toContain('fullusername → name');
    click(button(root, 'Add 1 to watchlist'));
    expect(onImport).toHaveBeenCalledWith([expect.objectContaining({ name: 'Tomasz Wren', ward: 'Quarry Bank', line: 2 })]);
  });
});

describe('WatchlistTable', () => {
  it('adds a person only with a name, and removes one', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    const entries = [
      {
        id: 'w1',
        name: 'Sally Penhale',
        aliases: [],
        role: null,
        party: 'Independent',
        ward: 'Eastmoor',
        council: 'Trowle District',
        createdAt: '',
        updatedAt: '',
      },
    ];
    const root = mount(<WatchlistTable entries={entries} onAdd={onAdd} onUpdate={vi.fn()} onRemove={onRemove} />);
    click(button(root, 'Add'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('A name is needed.');
    typeInto(root.querySelector<HTMLInputElement>('[aria-label="New person: name"]')!, ' Ben Aldous ');
    typeInto(root.querySelector<HTMLInputElement>('[aria-label="New person: aliases (separate with ;)"]')!, 'B. Aldous; Benny');
    click(button(root, 'Add'));
    expect(onAdd).toHaveBeenCalledWith({ name: 'Ben Aldous', role: null, party: null, ward: null, council: null, aliases: ['B. Aldous', 'Benny'] });
    click(root.querySelector('[aria-label="Remove Sally Penhale"]')!);
    expect(onRemove).toHaveBeenCalledWith('w1');
  });
});

describe('BackupImport', () => {
  it('needs an explicit confirmation before replacing', async () => {
    const onParse = vi.fn(async () => ({ counts: { notes: 12 }, errors: ['Line 3 skipped'], ok: true }));
    const onImport = vi.fn(async () => {});
    const root = mount(<BackupImport onParse={onParse} onImport={onImport} />);
    chooseFile(root.querySelector('input[type="file"]')!, new File(['{}'], 'backup.json'));
    await settle();
    expect(root.textContent).toContain('12 notes');
    expect(root.textContent).toContain('Line 3 skipped');
    click(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!);
    const replace = button(root, 'Replace with this file');
    expect(replace.disabled).toBe(true);
    click(root.querySelector('input[type="checkbox"]')!);
    expect(button(root, 'Replace with this file').disabled).toBe(false);
    click(button(root, 'Replace with this file'));
    await settle();
    expect(onImport).toHaveBeenCalledWith('replace');
    expect(root.textContent).toContain('Import finished.');
  });

  it('shows a parse failure as an alert', async () => {
    const root = mount(<BackupImport onParse={async () => Promise.reject(new Error('Not a Council Lens file'))} onImport={vi.fn()} />);
    chooseFile(root.querySelector('input[type="file"]')!, new File(['x'], 'x.json'));
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Not a Council Lens file');
  });
});

describe('ExportMenu and ErrorAlert', () => {
  it('passes scope and format, offering the dossier only for one official', () => {
    const onExport = vi.fn();
    const root = mount(<ExportMenu scopes={['everything', 'official']} onExport={onExport} />);
    const [scope, format] = [...root.querySelectorAll('select')];
    expect([...format!.options].map((o) => o.value)).not.toContain('dossier');
    choose(scope!, 'official');
    choose(format!, 'dossier');
    click(button(root, 'Export'));
    expect(onExport).toHaveBeenCalledWith('official', 'dossier');
  });

  it('announces errors with role=alert', () => {
    const root = mount(<ErrorAlert error={new Error('The database is closed')} />);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('The database is closed');
    expect(mount(<ErrorAlert error={null} />).innerHTML).toBe('');
  });
});
