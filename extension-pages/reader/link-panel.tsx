/** Connects the link editor of one note to storage: live links and candidates, writes through storage/links. */
import { useEffect, useState } from 'preact/hooks';
import { LinkEditor } from '@/components/popup/link-editor';
import type { LinkEndView } from '@/components/popup/link-types';
import type { Annotation } from '@/core/model/annotation';
import { addLink, removeLink } from '@/storage/links';
import { db } from '@/extension-pages/database';
import { useLinks } from './use-links';
import { annotationUrl, openInTab } from '../open-annotation';

/** Props of {@link LinkPanel}. */
export interface LinkPanelProps {
  annotation: Annotation;
  onClose: () => void;
  /** The popup's error guard, so failures reach its alert. */
  guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => Promise<void>;
  setError: (error: unknown) => void;
}

/** An article end opens its URL; a note end opens its article scrolled to the note. */
function urlOf(end: LinkEndView): string | null {
  if (!end.url) return null;
  return end.type === 'annotation' ? annotationUrl({ id: end.id, url: end.url }) : end.url;
}

/** The link editor with its data. */
export function LinkPanel({ annotation, onClose, guard, setError }: LinkPanelProps) {
  const [search, setSearch] = useState('');
  const data = useLinks(annotation.id, search);
  useEffect(() => {
    if (data.error) setError(data.error);
  }, [data.error, setError]);
  return (
    <LinkEditor
      annotation={annotation}
      links={data.links}
      search={search}
      onSearch={setSearch}
      candidates={data.candidates}
      onSave={guard((to: Pick<LinkEndView, 'type' | 'id'>, note: string) =>
        addLink(db, { from: { type: 'annotation', id: annotation.id }, to, note }, new Date()),
      )}
      onRemove={guard((link) => removeLink(db, link.id, new Date()))}
      onOpen={guard((end: LinkEndView) => {
        const url = urlOf(end);
        if (url) return openInTab(url);
      })}
      onClose={onClose}
    />
  );
}
