/** Live data for the link editor: the links of one note and the articles and notes it can link to. */
import { linksFor, linkTargets } from '@/storage/link-queries';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

/** Links of `annotationId` and candidates matching `search`, kept current as storage changes. */
export function useLinks(annotationId: string, search: string) {
  const links = useLiveQuery(() => linksFor(db, annotationId), [annotationId]);
  const candidates = useLiveQuery(() => linkTargets(db, search, annotationId), [annotationId, search]);
  return {
    links: links.value ?? [],
    candidates: candidates.value ?? [],
    error: links.error ?? candidates.error,
  };
}
