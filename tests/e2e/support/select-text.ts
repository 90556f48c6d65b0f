import type { Page } from 'playwright-core';

/**
 * Selects the first occurrence of `phrase` inside the page's article, the way a reader's drag
 * would end: the selection is set, then a mouseup is dispatched where the drag would have ended.
 */
export async function selectText(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
      );
      return true;
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`Phrase not found on the page: ${phrase}`);
}
