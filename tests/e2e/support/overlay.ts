/**
 * Reading and using the extension's overlay (selection toolbar, note editor, hover cards, toasts),
 * which lives in a shadow root the page cannot reach. Reads go through the driver's protocol
 * access to the root; clicks and typing are real input, so they are trusted events.
 */
import { waitUntil, type E2EPage, type Point } from './driver';

/** The text of the first element matching `selector` in the overlay, or '' when there is none. */
export async function overlayText(page: E2EPage, selector: string): Promise<string> {
  const text = await page.evaluateInOverlay((root, sel) => {
    const el = root.querySelector(sel);
    return el instanceof HTMLElement ? el.innerText : (el?.textContent ?? '');
  }, selector);
  return text ?? '';
}

/** How many elements in the overlay match `selector` (0 when there is no overlay). */
export async function overlayCount(page: E2EPage, selector: string): Promise<number> {
  return (await page.evaluateInOverlay((root, sel) => root.querySelectorAll(sel).length, selector)) ?? 0;
}

/** Waits for a visible element matching `selector` in the overlay and returns its centre. */
export function waitForOverlay(page: E2EPage, selector: string, timeout?: number): Promise<Point> {
  return waitUntil(
    async () =>
      (await page.evaluateInOverlay((root, sel) => {
        const el = root.querySelector(sel);
        const rect = el?.getBoundingClientRect();
        if (!rect || rect.width === 0 || rect.height === 0) return false;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, selector)) ?? false,
    `${selector} in the overlay (${page.browserName})`,
    timeout,
  );
}

/** Clicks the overlay element matching `selector` with the real mouse. */
export async function clickInOverlay(page: E2EPage, selector: string): Promise<void> {
  const { x, y } = await waitForOverlay(page, selector);
  await page.input.click(x, y);
}

/** Clicks into an overlay text field, clears it, and types `text` with the real keyboard. */
export async function fillInOverlay(page: E2EPage, selector: string, text: string): Promise<void> {
  await clickInOverlay(page, selector);
  await page.evaluateInOverlay((root, sel) => {
    const field = root.querySelector(sel);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  }, selector);
  if (text) await page.input.type(text);
  else await page.input.press('Backspace');
}
