import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '@/scripts/lib/args';

describe('parseAnalyzeArgs', () => {
  it('reads files and options', () => {
    expect(parseAnalyzeArgs(['--watchlist', 'w.json', '--out', 'dir', 'a.html', 'b.txt'])).toEqual({
      files: ['a.html', 'b.txt'],
      url: null,
      watchlist: 'w.json',
      out: 'dir',
    });
    expect(parseAnalyzeArgs(['--url', 'https://x.example/a', 'a.htm'])).toMatchObject({ url: 'https://x.example/a', files: ['a.htm'] });
  });

  it.each([
    [[], /no input/],
    [['--url', 'https://x.example/a', 'a.html', 'b.html'], /--url/],
    [['--url', 'https://x.example/a', 'a.txt'], /--url/],
    [['--url', 'not a url', 'a.html'], /not a valid URL/],
    [['--colour', 'a.html'], /colour/],
    [['--out'], /out/],
  ])('rejects %j', (argv, message) => {
    const r = parseAnalyzeArgs(argv);
    expect('error' in r && r.error).toMatch(message);
  });
});
