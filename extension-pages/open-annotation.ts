/** Opens a note's article in a new tab; the content script reads the fragment and scrolls to it. */
import type { Annotation } from '@/core/model/annotation';
import { isWebUrl } from '@/components/popup/link-types';

/** The fragment the content script looks for. */
export const ANNOTATION_FRAGMENT = 'council-lens=';

/** The article URL with any fragment replaced by `#council-lens=<id>`. */
export function annotationUrl(annotation: Pick<Annotation, 'id' | 'url'>): string {
  const base = annotation.url.split('#')[0] ?? annotation.url;
  return `${base}#${ANNOTATION_FRAGMENT}${encodeURIComponent(annotation.id)}`;
}

/**
 * Opens `url` in a new tab next to the current one. Only web addresses: a URL from an imported
 * file could be anything (`javascript:`, `data:`), and opening it would run it.
 */
export async function openInTab(url: string): Promise<void> {
  if (!isWebUrl(url)) throw new Error(`Not a web address, so it was not opened: ${String(url).slice(0, 80)}`);
  await browser.tabs.create({ url });
}
