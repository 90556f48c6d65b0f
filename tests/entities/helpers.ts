/** Test helpers: build an article input from paragraphs and summarise detection results. */
import { detectPeople } from '@/core/entities';
import type { Paragraph, Person, WatchlistEntry } from '@/core/model/analysis';
import { expect } from 'vitest';

/** Join paragraphs with blank lines, recording offsets, as the extractor does. */
export function article(...paras: string[]): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const p of paras) {
    if (text) text += '\n\n';
    paragraphs.push({ text: p, start: text.length });
    text += p;
  }
  return { text, paragraphs };
}

/** Run detection and check the offset invariant on every mention. */
export function detect(paras: string[], options: { watchlist?: WatchlistEntry[]; byline?: string | null } = {}) {
  const a = article(...paras);
  const r = detectPeople(a, options);
  for (const p of [...r.officials, ...r.people]) {
    for (const m of p.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  }
  return r;
}

/** Find a person by canonical name in a list. */
export function byName(list: Person[], name: string): Person | undefined {
  return list.find((p) => p.name === name);
}

/** Mention texts of a person, in body order. */
export function mentionTexts(p: Person | undefined): string[] {
  return p ? p.mentions.map((m) => m.text) : [];
}

/** The names in a list, sorted (for lists whose order the test does not care about). */
export function sortedNames(list: readonly Person[]): string[] {
  return list.map((p) => p.name).sort();
}

/** Every name reported, officials then other people. */
export function allNames(r: { officials: Person[]; people: Person[] }): string[] {
  return [...r.officials, ...r.people].map((p) => p.name);
}

/** The names detected as officials in an article of these paragraphs, in order. */
export function officialNames(paras: string[]): string[] {
  return detect(paras).officials.map((p) => p.name);
}
