/**
 * The export-format registry: every format in the one list renders a file for sample data, has a
 * label, type and extension the file name uses, and formats meant for re-import come back in.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormat, fileNameFor, formatsFor } from '@/core/export';
import { parseImportFile } from '@/core/import';
import { sampleData } from './sample-data';

const now = new Date('2026-03-04T10:00:00Z');
const options = { now, title: 'Council Lens notes', officialId: 'olwen-pritchard' };

describe.each(EXPORT_FORMATS.map((f) => [f.id, f] as const))('export format %s', (id, spec) => {
  it('renders a non-empty file that mentions a sample note', () => {
    const text = spec.render(sampleData(), options);
    expect(text.length).toBeGreaterThan(20);
    expect(text).toContain('Pritchard');
  });

  it('names its file with its own extension and declares a MIME type and label', () => {
    expect(fileNameFor({ kind: 'all' }, id, now)).toBe(`council-lens-all-2026-03-04.${spec.extension}`);
    expect(spec.mime).toMatch(/^[a-z]+\/[a-z+.-]+$/);
    expect(spec.label.length).toBeGreaterThan(2);
    expect(exportFormat(id)).toBe(spec);
  });
});

describe('export format registry', () => {
  it('offers per-official formats only when one official is exported', () => {
    const general = formatsFor(false).map((f) => f.id);
    expect(general).not.toContain('dossier');
    expect(formatsFor(true).map((f) => f.id)).toEqual(EXPORT_FORMATS.map((f) => f.id));
  });

  it('refuses a dossier without an official, with a message for the reader', () => {
    expect(() => exportFormat('dossier').render(sampleData(), { now, title: 't' })).toThrow(/official/);
  });

  it('imports the backup and W3C files it writes', () => {
    for (const id of ['backup', 'w3c'] as const) {
      const spec = exportFormat(id);
      const result = parseImportFile(spec.render(sampleData(), options), `x.${spec.extension}`, now);
      expect('error' in result ? result.error : result.kind, id).toBe(id);
    }
  });
});
