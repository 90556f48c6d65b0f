import type { Page } from 'playwright-core';
import type { E2EPage } from './driver';
import { wrapChromiumPage } from './chromium-driver';

/**
 * Selects the first occurrence of `phrase` inside the page's article the way a reader does: a real
 * mouse drag from its first character to its last, so every event is trusted. Throws when the
 * phrase is not on the page or the drag selected something else.
 */
export async function selectText(target: Page | E2EPage, phrase: string): Promise<void> {
  const page = 'browserName' in target ? target : wrapChromiumPage(target);
  const ends = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      window.getSelection()?.removeAllRanges();
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      // Just inside the first and last character: the caret lands on their outer edges.
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, phrase);
  if (!ends) throw new Error(`Phrase not found on the page: ${phrase}`);
  await page.input.move(ends.from.x, ends.from.y);
  await page.input.down();
  await page.input.move(ends.to.x, ends.to.y, 8);
  await page.input.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '', undefined);
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (normalise(selected) !== normalise(phrase)) {
    throw new Error(`Dragging over "${phrase}" selected "${selected}" in ${page.browserName}`);
  }
}
