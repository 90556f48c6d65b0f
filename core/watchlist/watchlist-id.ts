/**
 * Stable ids for imported watchlist entries, so importing the same council's CSV again updates
 * people instead of adding them twice.
 */

/** Lower-case, accent-free, hyphen-joined form of a string. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of an imported entry: from the publisher's person id when the file has one (scoped by
 * council, since ids from different publishers may collide), otherwise from name, ward and council.
 */
export function watchlistIdFor(entry: { name: string; ward: string | null; council: string | null; sourceId?: string | null }): string {
  const council = slug(entry.council ?? '');
  if (entry.sourceId) return `wl:${council}:id-${slug(entry.sourceId)}`;
  return `wl:${council}:${slug(entry.name)}:${slug(entry.ward ?? '')}`;
}
