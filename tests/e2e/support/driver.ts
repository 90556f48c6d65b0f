/**
 * One small interface over the two browser drivers, so page-level tests run unchanged in Chromium
 * (playwright-core over CDP) and Firefox (puppeteer-core over WebDriver BiDi). Each driver supplies
 * the primitives in `PageCore`; `createPage` adds the helpers built only from those primitives.
 */
import { OVERLAY_HOST } from './selectors';

export type BrowserName = 'chromium' | 'firefox';

/** A point in the page's viewport, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** Real (trusted) input: the browser, not page script, dispatches these events. */
export interface PageInput {
  move(x: number, y: number, steps?: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Types text into the focused element, one key at a time. */
  type(text: string): Promise<void>;
  /** Presses one named key (`Escape`, `Enter`, `Backspace`, `Tab`, ...). */
  press(key: string): Promise<void>;
}

/** What a driver must provide for one tab. */
export interface PageCore {
  readonly browserName: BrowserName;
  readonly input: PageInput;
  url(): string;
  goto(url: string): Promise<void>;
  /** Reloads and resolves once the page has loaded. */
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page's main world; `arg` and the result must be JSON-serialisable. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn(root, arg)` with the shadow root of the extension's overlay host, open or closed (the
   * driver reaches a closed root through the DevTools or BiDi protocol, never through page script).
   * Among several hosts (a page may forge some) the one with a closed root is taken.
   * Resolves to `undefined` when the page has no overlay yet.
   */
  evaluateInOverlay<R, A>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg: A): Promise<R | undefined>;
  close(): Promise<void>;
}

export interface WaitOptions {
  /** Only elements whose text contains this. */
  hasText?: string;
  timeout?: number;
}

/** A tab in either browser. */
export interface E2EPage extends PageCore {
  /** Waits until an element matching `selector` (and `hasText`) is in the page's DOM. */
  waitForSelector(selector: string, options?: WaitOptions): Promise<void>;
  /** The text of every element matching `selector` in the page's DOM. */
  texts(selector: string): Promise<string[]>;
  /** Scrolls the first match into view and returns its centre. Throws when there is none. */
  centreOf(selector: string, hasText?: string): Promise<Point>;
  /** Moves the real mouse over the first match. */
  hover(selector: string, hasText?: string): Promise<void>;
  /** Clicks the first match with the real mouse. */
  click(selector: string, hasText?: string): Promise<void>;
}

/** A browser with the extension's end-to-end build installed. */
export interface E2EBrowser {
  readonly name: BrowserName;
  /** Opens a new tab at `url` and resolves once it has loaded. */
  openPage(url: string): Promise<E2EPage>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

/** Polls `check` until it returns something other than `undefined`/`false`, or fails after `timeout`. */
export async function waitUntil<T>(check: () => Promise<T | undefined | false>, what: string, timeout = DEFAULT_TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Adds the shared helpers to a driver's page primitives. */
export function createPage(core: PageCore): E2EPage {
  const centre = (selector: string, hasText = '') =>
    core.evaluate(
      ({ selector, hasText }) => {
        const el = [...document.querySelectorAll(selector)].find((e) => (e.textContent ?? '').includes(hasText));
        if (!el) return null;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      { selector, hasText },
    );
  const page: E2EPage = Object.assign(core, {
    async waitForSelector(selector: string, options: WaitOptions = {}) {
      const hasText = options.hasText ?? '';
      await waitUntil(
        () =>
          core.evaluate(({ selector, hasText }) => [...document.querySelectorAll(selector)].some((e) => (e.textContent ?? '').includes(hasText)), {
            selector,
            hasText,
          }),
        `${selector}${hasText ? ` with "${hasText}"` : ''} in ${core.browserName}`,
        options.timeout,
      );
    },
    texts: (selector: string) => core.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector),
    async centreOf(selector: string, hasText?: string) {
      const point = await centre(selector, hasText);
      if (!point) throw new Error(`No ${selector}${hasText ? ` with "${hasText}"` : ''} on the page`);
      return point;
    },
    async hover(selector: string, hasText?: string) {
      const { x, y } = await page.centreOf(selector, hasText);
      await core.input.move(x, y, 3);
    },
    async click(selector: string, hasText?: string) {
      const { x, y } = await page.centreOf(selector, hasText);
      await core.input.click(x, y);
    },
  });
  return page;
}

/**
 * Source of a function to call with the overlay's shadow root as `this` and JSON text as its one
 * argument: it runs `fn(root, arg)` and returns JSON text, which both protocols carry as a string.
 */
export function overlayFunctionSource(fn: (root: ShadowRoot, arg: never) => unknown): string {
  return `async function (json) {
    const root = this;
    const fn = (${fn.toString()});
    const value = await fn(root, JSON.parse(json));
    return value === undefined ? '{"undefined":true}' : JSON.stringify({ value });
  }`;
}

/** Reads what `overlayFunctionSource` returned. */
export function parseOverlayResult<R>(text: string): R | undefined {
  const parsed = JSON.parse(text) as { value?: R };
  return parsed.value;
}

export { OVERLAY_HOST };
