/**
 * Getting into the active tab from the side panel. The popup, the context menu and the keyboard
 * command give the extension `activeTab`; a click in the side panel (Firefox's sidebar) does not.
 * So on a site outside the reader's list the side panel asks the browser for that one site, as the
 * options page does when a site is added. Must be called first thing inside the click:
 * `permissions.request` refuses to run once anything has been awaited.
 */
import { originPatternOf } from '@/core/settings/tab-origin';

/** What the browser answered. */
export type SiteAccess =
  /** The site is granted (it already was, or the reader just allowed it). */
  | { kind: 'granted' }
  /** The reader said no. */
  | { kind: 'refused'; host: string }
  /**
   * The browser hides the tab's address until the extension may read the page (no `tabs`
   * permission), so there is no site to ask for; `toolbar` is true when the browser now shows an
   * access request on the extension's toolbar button (Chrome's `permissions.addHostAccessRequest`).
   */
  | { kind: 'unknown-site'; toolbar: boolean }
  /** Not a web page (the browser's own pages, files): nothing can be asked. */
  | { kind: 'not-web' };

type HostAccessApi = { addHostAccessRequest?: (request: { tabId: number }) => Promise<void> };

/** Asks for `tab`'s site; starts the browser's request synchronously, as a click handler must. */
export function requestSiteAccess(tab: { id: number; url: string | null }): Promise<SiteAccess> {
  if (tab.url) {
    const pattern = originPatternOf(tab.url);
    if (!pattern) return Promise.resolve({ kind: 'not-web' });
    const host = new URL(tab.url).hostname;
    return browser.permissions.request({ origins: [pattern] }).then((granted): SiteAccess => (granted ? { kind: 'granted' } : { kind: 'refused', host }));
  }
  const api = browser.permissions as unknown as HostAccessApi;
  if (!api.addHostAccessRequest) return Promise.resolve({ kind: 'unknown-site', toolbar: false });
  return api.addHostAccessRequest({ tabId: tab.id }).then(
    (): SiteAccess => ({ kind: 'unknown-site', toolbar: true }),
    // The browser's own pages and sites blocked by policy cannot be requested.
    (): SiteAccess => ({ kind: 'unknown-site', toolbar: false }),
  );
}

/** A plain sentence for the reader when access was not granted. */
export function siteAccessMessage(access: Exclude<SiteAccess, { kind: 'granted' }>): string {
  switch (access.kind) {
    case 'refused':
      return `You did not allow Council Lens on ${access.host}, so it cannot read this page. Click "Analyse this page" again to be asked again, or add the site in the options.`;
    case 'not-web':
      return 'This is not a web page, so Council Lens cannot analyse it.';
    case 'unknown-site':
      return access.toolbar
        ? 'The browser has not yet let Council Lens see this page. Click the Council Lens button in the toolbar (or in the extensions menu) and allow it on this site, or press Alt+Shift+L: this panel then shows the page.'
        : 'The browser has not yet let Council Lens see this page. Click the Council Lens button in the toolbar, or press Alt+Shift+L, or add the site in the options: this panel then shows the page.';
  }
}
