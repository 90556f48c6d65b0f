/**
 * True for http(s) addresses: the only URLs the extension links to or opens. Stored and imported
 * URLs can be anything (`javascript:`, `data:`), and following those would run them.
 */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
