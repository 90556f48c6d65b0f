import { describe, expect, it } from 'vitest';
import { parseWatchlistCsv } from '@/core/watchlist/parse-watchlist-csv';
import { cleanName } from '@/core/watchlist/clean-name';

// Invented councils and people throughout.

describe('parseWatchlistCsv: publisher formats', () => {
  it('reads a Democracy Club candidate export, keeping the honorific as an alias and dropping the unelected', () => {
    const csv = [
      'person_id,person_name,honorific_prefix,party_name,post_label,organisation_name,elected',
      '7011,Priya Okonjo,Cllr,Labour Party,Hollins Ward,Marshbury Borough Council,t',
      '7012,Declan Forde,,Conservative and Unionist Party,Hollins Ward,Marshbury Borough Council,f',
      '7013,Hattie Lum,Dr,Green Party,Ashgate,Marshbury Borough Council,True',
    ].join('\n');
    const r = parseWatchlistCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.mapping).toMatchObject({
      name: 'person_name',
      honorific: 'honorific_prefix',
      party: 'party_name',
      ward: 'post_label',
      council: 'organisation_name',
      sourceId: 'person_id',
      elected: 'elected',
    });
    expect(r.entries.map((e) => e.name)).toEqual(['Priya Okonjo', 'Hattie Lum']);
    expect(r.entries[0]).toMatchObject({
      aliases: ['Cllr Priya Okonjo'],
      party: 'Labour Party',
      ward: 'Hollins Ward',
      council: 'Marshbury Borough Council',
      sourceId: '7011',
      line: 2,
    });
    expect(r.skipped).toEqual([{ line: 3, message: 'Line 3: Declan Forde was not elected' }]);
    expect(parseWatchlistCsv(csv, { electedOnly: false }).entries).toHaveLength(3);
  });

  it('reads an LGSF scraper export and strips "Councillor" from raw names', () => {
    const csv =
      'raw_name,raw_party,raw_division,email,url\n' + 'Councillor Ben Aldous,Liberal Democrats,Fenwick North,b.aldous@example.org,https://example.org/b\n';
    const r = parseWatchlistCsv(csv);
    expect(r.mapping).toMatchObject({ name: 'raw_name', party: 'raw_party', ward: 'raw_division' });
    expect(r.entries[0]).toMatchObject({
      name: 'Ben Aldous',
      aliases: ['Councillor Ben Aldous'],
      party: 'Liberal Democrats',
      ward: 'Fenwick North',
      council: null,
    });
  });

  it('reads Open Council Data style columns (councillor, party, ward, council), any case', () => {
    const csv = 'Council,Ward,Councillor,Party\nTrowle District,Eastmoor,Sally Penhale,Independent\n';
    const r = parseWatchlistCsv(csv);
    expect(r.mapping).toMatchObject({ name: 'Councillor', council: 'Council', ward: 'Ward', party: 'Party' });
    expect(r.entries[0]).toMatchObject({ name: 'Sally Penhale', council: 'Trowle District', ward: 'Eastmoor' });
  });

  it('reads ModernGov columns', () => {
    const csv = 'FullUserName,WardTitle,PoliticalPartyTitle\n"Cllr Tomasz Wren MBE",Quarry Bank,Reform UK\n';
    const r = parseWatchlistCsv(csv);
    expect(r.mapping).toMatchObject({ name: 'FullUserName', ward: 'WardTitle', party: 'PoliticalPartyTitle' });
    expect(r.entries[0]).toMatchObject({ name: 'Tomasz Wren', aliases: ['Cllr Tomasz Wren MBE'], party: 'Reform UK' });
  });

  it('reads generic columns including role and semicolon-separated aliases', () => {
    const csv = 'name,party,ward,council,role,aliases\nMorag Estey,,,Glenmuir Council,chief executive,M. Estey; Mo Estey\n';
    const r = parseWatchlistCsv(csv);
    expect(r.entries[0]).toMatchObject({
      name: 'Morag Estey',
      role: 'chief executive',
      party: null,
      aliases: ['M. Estey', 'Mo Estey'],
    });
  });
});

describe('parseWatchlistCsv: awkward files', () => {
  it('handles a BOM, CRLF endings and quoted commas', () => {
    const csv = '\uFEFFname,party\r\n"Quill, Jo",Labour and Co-operative\r\n"Rita Vance","Lab, Co-op"\r\n';
    const r = parseWatchlistCsv(csv);
    expect(r.mapping.name).toBe('name');
    expect(r.entries.map((e) => [e.name, e.party])).toEqual([
      ['Quill, Jo', 'Labour and Co-operative'],
      ['Rita Vance', 'Lab, Co-op'],
    ]);
  });

  it('reports rows without a name and duplicates with the line they are on, counting blank and multi-line rows', () => {
    const csv = [
      'name,ward', // 1
      'Ada Firth,Low Moor', // 2
      '', // 3 (blank)
      '"Owen', // 4 (quoted name spans two lines)
      'Pryce",High Moor', // 5
      ',Low Moor', // 6
      'Cllr Ada Firth,Low Moor', // 7 duplicate of line 2 once the title is stripped
      '   ,Mill Lane', // 8
    ].join('\n');
    const r = parseWatchlistCsv(csv);
    expect(r.entries.map((e) => [e.name, e.line])).toEqual([
      ['Ada Firth', 2],
      ['Owen Pryce', 4],
    ]);
    expect(r.errors).toEqual([
      { line: 6, message: 'Line 6: no name' },
      { line: 7, message: 'Line 7: duplicate of line 2 (Ada Firth)' },
      { line: 8, message: 'Line 8: no name' },
    ]);
  });

  it('says so when no column holds names', () => {
    const r = parseWatchlistCsv('party,ward\nLabour,North\n');
    expect(r.entries).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/No name column/);
  });

  it('says so when the file is empty', () => {
    expect(parseWatchlistCsv('').errors[0]?.message).toMatch(/empty/);
  });
});

describe('cleanName', () => {
  it('strips stacked titles and honours but keeps a lone title as the name', () => {
    expect(cleanName('Cllr Dr Nia Hollow OBE JP').name).toBe('Nia Hollow');
    expect(cleanName('Mayor').name).toBe('Mayor');
    expect(cleanName('Councillor   Lee  Marr').aliases).toEqual(['Councillor Lee Marr']);
    expect(cleanName('Coun. Lee Marr').name).toBe('Lee Marr');
  });
});
