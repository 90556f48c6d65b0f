import { describe, expect, it } from 'vitest';
import { detectPeople } from '@/core/entities';
import { article } from './helpers';

/** A long invented article: varied sentences with many people, titles and organisations. */
function longArticle(words: number): ReturnType<typeof article> {
  const first = ['Ada', 'Bram', 'Cora', 'Dev', 'Elin', 'Finn', 'Gita', 'Hal', 'Isla', 'Jude'];
  const last = ['Ashby', 'Brook', 'Carrow', 'Dunmore', 'Ellery', 'Fane', 'Garrick', 'Hollis', 'Ives', 'Jessop'];
  const templates = [
    (a: string, b: string) => `Cllr ${a} ${b} (Lab, Westfield) told the Wexcombe Borough Council cabinet on Tuesday that the £4.2m plan was sound.`,
    (a: string, b: string) => `${a} ${b}, the council's director of housing, said the scheme on Market Street would create 120 homes.`,
    (_a: string, b: string) => `Coun ${b} said: "We have listened to residents and the Labour Party group agrees."`,
    (_a: string, b: string) => `However ${b}'s critics at the Town Hall said the figures did not add up.`,
    (a: string, b: string) => `Resident ${a} ${b}, 64, said the consultation had been rushed.`,
  ];
  const paras: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++, i++) {
      const s = templates[i % templates.length]!(first[i % 10]!, last[(i * 3) % 10]!);
      sentences.push(s);
      count += s.split(' ').length;
    }
    paras.push(sentences.join(' '));
  }
  return article(...paras);
}

// Speed is measured by `npm run bench`, not asserted here: a timed test fails on a busy machine.
describe('a long article', () => {
  it('resolves thousands of mentions in one pass without confusing people or sentence openers', () => {
    const a = longArticle(5000);
    const r = detectPeople(a);
    const names = (list: typeof r.officials) => list.map((p) => p.name);
    expect(r.officials.length).toBeGreaterThan(0);
    expect(names(r.officials).some((n) => /However|Resident|Town Hall|Labour/.test(n))).toBe(false);
    for (const p of [...r.officials, ...r.people]) {
      for (const m of p.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
