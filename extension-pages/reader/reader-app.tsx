/**
 * The reader's views (This page, Notes, People and Export), shared by the popup and the side panel:
 * wires storage (live queries) and the current tab's content script to the presentational
 * components. Every failure ends up in the alert at the top. The side panel stays open while the
 * reader moves between tabs, so it follows the active tab; the popup offers to open it.
 */
import { useRef, useState } from 'preact/hooks';
import { ErrorAlert } from '@/components/common/error-alert';
import { ExportMenu, type ExportScope } from '@/components/common/export-menu';
import { Tabs } from '@/components/common/tabs';
import { NotesPanel } from '@/components/popup/notes-panel';
import { EMPTY_QUERY, type NotesQuery } from '@/components/popup/notes-query';
import { PagePanel } from '@/components/popup/page-panel';
import { PeoplePanel } from '@/components/popup/people-panel';
import type { Annotation } from '@/core/model/annotation';
import { contentMessaging } from '@/messaging/protocol';
import { notesOnArticle } from '@/storage/annotation-queries';
import { deleteAnnotation, restoreAnnotation, updateAnnotation, type DeletedNote } from '@/storage/annotations';
import { forgetArticle, forgetPreview, getArticle } from '@/storage/articles';
import { db } from '@/extension-pages/database';
import { useConnection } from '@/extension-pages/hooks/use-connection';
import { useIdle } from '@/extension-pages/hooks/use-idle';
import { useError } from '@/extension-pages/hooks/use-error';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';
import { openDashboard } from '@/extension-pages/open-dashboard';
import { canOpenSidePanel, openSidePanel } from '@/extension-pages/open-side-panel';
import { runExport } from '@/extension-pages/run-export';
import { annotationUrl, openInTab } from '../open-annotation';
import { LinkPanel } from './link-panel';
import { useNotes } from './use-notes';
import { usePageState } from './use-page-state';
import { usePeople } from './use-people';

const TABS = [
  { id: 'page', label: 'This page' },
  { id: 'notes', label: 'Notes' },
  { id: 'people', label: 'People' },
];

/** Where the views are shown: the toolbar popup or the browser's side panel (sidebar in Firefox). */
export type ReaderSurface = 'popup' | 'sidepanel';

/** Props of {@link ReaderApp}. */
export interface ReaderAppProps {
  surface: ReaderSurface;
}

/** The popup's and the side panel's root component. */
export function ReaderApp({ surface }: ReaderAppProps) {
  const [tab, setTab] = useState('page');
  // The tab the reader's pointer last came onto: its first read starts then, not at the click.
  const [reaching, setReaching] = useState<string | null>(null);
  const [query, setQuery] = useState<NotesQuery>(EMPTY_QUERY);
  const [peopleSearch, setPeopleSearch] = useState('');
  const [openOfficial, setOpenOfficial] = useState<string | null>(null);
  const { error, setError, guard } = useError();
  const connection = useConnection();
  const page = usePageState(surface === 'sidepanel');
  // Each tab's data is read when the tab is shown or reached for: the popup opens on This page, and pays only for it.
  const articleId = page.state?.status === 'article' ? (page.state.articleId ?? null) : null;
  const articleNotes = useLiveQuery(articleId ? () => notesOnArticle(db, articleId) : null, [articleId]);
  // Once This page has its answers and the browser is idle, the Notes tab's first page is read too,
  // so a click that comes without the pointer resting on the tab first (keyboard, touch) finds it
  // ready; until then the database serves This page alone.
  const shown = (page.state !== null || !!page.error) && (!articleId || articleNotes.value !== undefined || !!articleNotes.error);
  const idle = useIdle(shown);
  const notes = useNotes(query, tab === 'notes', reaching === 'notes' || idle);
  const people = usePeople(peopleSearch, openOfficial, tab === 'people' || reaching === 'people');
  const saved = useLiveQuery(articleId ? () => getArticle(db, articleId) : null, [articleId]);
  const forgetting = useLiveQuery(articleId ? () => forgetPreview(db, articleId) : null, [articleId]);
  /** What each delete removed (the note and its links), so Undo puts both back. */
  const deleted = useRef(new Map<string, DeletedNote>());

  /** Asks the page to redraw its notes after the popup changed one; a tab without the content script is fine. */
  const redrawPage = async () => {
    if (page.tabId === null) return;
    await contentMessaging.sendMessage('refreshAnnotations', undefined, page.tabId).catch(() => undefined);
  };

  const showOnPage = guard(async (a: Annotation) => {
    if (page.tabId === null) return;
    const found = await contentMessaging.sendMessage('scrollToAnnotation', a.id, page.tabId);
    if (!found) throw new Error('That note could not be found on the page.');
  });
  const scopes: ExportScope[] = ['everything', 'filter'];
  if (articleId && saved.value) scopes.push('article');
  if (people.dossier) scopes.push('official');

  return (
    <main class={surface === 'popup' ? 'popup' : 'popup sidepanel'}>
      <h1 class="visually-hidden">Council Lens</h1>
      <ErrorAlert
        error={error ?? connection.notice ?? page.error ?? notes.error ?? people.error ?? articleNotes.error ?? saved.error}
        onDismiss={() => setError(null)}
      />
      <Tabs tabs={TABS} selected={tab} onSelect={setTab} onIntent={setReaching} label="Council Lens">
        {(id) =>
          id === 'page' ? (
            <PagePanel
              state={page.state}
              notes={articleNotes.value ?? []}
              saved={!!saved.value}
              onAnalyse={guard(page.analyse)}
              onToggleCategory={guard(async (category, visible) => {
                if (page.tabId === null) return;
                await contentMessaging.sendMessage('setCategoryVisible', { category, visible }, page.tabId);
                await page.refresh();
              })}
              onSave={guard(async () => {
                if (page.tabId === null) throw new Error('There is no page to save.');
                const record = await contentMessaging.sendMessage('saveArticle', undefined, page.tabId);
                if (!record) throw new Error('This page is not an article, so it was not saved.');
              })}
              onForget={guard(async () => {
                if (articleId) await forgetArticle(db, articleId, new Date());
              })}
              forgetSummary={forgetting.value}
              onShowNote={showOnPage}
            />
          ) : id === 'notes' ? (
            <NotesPanel
              items={notes.items}
              total={notes.total}
              query={query}
              options={notes.options}
              onQueryChange={setQuery}
              onRangeChange={notes.onRangeChange}
              onSave={guard(async (a: Annotation) => {
                await updateAnnotation(db, a.id, { note: a.note, tags: a.tags, color: a.color, private: a.private }, new Date());
                await redrawPage();
              })}
              onDelete={guard(async (a: Annotation) => {
                const removed = await deleteAnnotation(db, a.id, new Date());
                if (removed) deleted.current.set(a.id, removed);
                await redrawPage();
              })}
              onRestore={guard(async (a: Annotation) => {
                await restoreAnnotation(db, deleted.current.get(a.id) ?? { annotation: a, links: [] }, new Date());
                deleted.current.delete(a.id);
                await redrawPage();
              })}
              onOpen={guard((a: Annotation) => openInTab(annotationUrl(a)))}
              renderLinkEditor={(a, close) => <LinkPanel key={a.id} annotation={a} onClose={close} guard={guard} setError={setError} />}
            />
          ) : (
            <PeoplePanel
              officials={people.officials}
              others={people.others}
              search={peopleSearch}
              onSearch={setPeopleSearch}
              dossier={people.dossier}
              onOpenOfficial={setOpenOfficial}
              onCloseDossier={() => setOpenOfficial(null)}
              onOpenArticle={guard(openInTab)}
              onOpenNote={guard((a: Annotation) => openInTab(annotationUrl(a)))}
            />
          )
        }
      </Tabs>
      <details class="export">
        <summary>Export…</summary>
        <ExportMenu
          scopes={scopes}
          onExport={guard((scope, format) =>
            runExport(scope, format, {
              query,
              article: articleId ? { id: articleId, title: saved.value?.title ?? page.state?.title ?? null } : undefined,
              official: people.dossier ? { id: people.dossier.official.id, name: people.dossier.official.name } : undefined,
            }),
          )}
        />
      </details>
      <footer class="reader-footer">
        {surface === 'popup' && canOpenSidePanel() && (
          <button type="button" class="link" onClick={guard(openSidePanel)}>
            Open in side panel
          </button>
        )}
        <button type="button" class="link" onClick={guard(() => openDashboard())}>
          Dashboard
        </button>
        <button type="button" class="link" onClick={guard(() => browser.runtime.openOptionsPage())}>
          Watchlist, settings and import
        </button>
      </footer>
    </main>
  );
}
