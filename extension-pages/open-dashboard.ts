/** Opens the dashboard (all notes, officials' timelines, figures) in a tab, or focuses one already open. */

/** The dashboard's address inside the extension; `view` and `official` pick what it shows first. */
export function dashboardUrl(params: { view?: string; official?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.view) search.set('view', params.view);
  if (params.official) search.set('official', params.official);
  const query = search.toString();
  return browser.runtime.getURL('/dashboard.html') + (query ? `?${query}` : '');
}

/** Focuses an open dashboard tab (changing its view when asked) or opens a new one. */
export async function openDashboard(params: { view?: string; official?: string } = {}): Promise<void> {
  const base = browser.runtime.getURL('/dashboard.html');
  const open = (await browser.tabs.query({})).find((t) => t.url?.startsWith(base));
  const url = dashboardUrl(params);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(params.view || params.official ? { url } : {}) });
    if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true });
  } else await browser.tabs.create({ url });
}
