/**
 * Opens the reader's views in the browser's side panel: Chrome's `sidePanel` (MV3) or Firefox's
 * `sidebarAction`. Both only open in answer to a click, so the call must not wait on anything
 * first: the window id Chrome needs is read as this module loads.
 */

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
type SidebarActionApi = { open(): Promise<void> };

function sidePanelApi(): SidePanelApi | undefined {
  return (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
}

function sidebarActionApi(): SidebarActionApi | undefined {
  return (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
}

let windowId: number | undefined;
// The popup's own window, fetched ahead of the click (see above). Test pages without tabs skip it.
browser.windows
  ?.getCurrent()
  .then((w) => (windowId = w.id))
  .catch(() => undefined);

/** True when this browser has a side panel (or sidebar) the extension can open. */
export function canOpenSidePanel(): boolean {
  return !!sidePanelApi() || !!sidebarActionApi();
}

/** Opens the side panel in the current window and closes the popup that asked. */
export async function openSidePanel(): Promise<void> {
  const sidebar = sidebarActionApi();
  const panel = sidePanelApi();
  if (sidebar) await sidebar.open();
  else if (panel) {
    if (windowId === undefined) throw new Error('The side panel could not find its window; try again.');
    await panel.open({ windowId });
  } else throw new Error('This browser has no side panel for extensions.');
  window.close();
}
