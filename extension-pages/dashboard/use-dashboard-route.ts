/**
 * Which dashboard view is open, kept in the address (`?view=officials&official=<id>`) so a reload,
 * a bookmark or the popup's links land on the same view, and the browser's Back returns from an
 * official's page to the list.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

/** The dashboard's views. */
export type DashboardView = 'notes' | 'officials' | 'figures';

/** The open view, and the official whose page is open (officials view only). */
export interface DashboardRoute {
  view: DashboardView;
  official: string | null;
}

const VIEWS: readonly DashboardView[] = ['notes', 'officials', 'figures'];

/** Reads the route from a query string; unknown views fall back to the notes. */
export function parseRoute(search: string): DashboardRoute {
  const params = new URLSearchParams(search);
  const official = params.get('official');
  const asked = params.get('view') as DashboardView | null;
  const view = asked && VIEWS.includes(asked) ? asked : official ? 'officials' : 'notes';
  return { view, official: view === 'officials' ? official : null };
}

/** The query string of a route. */
export function routeSearch(route: DashboardRoute): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.official) params.set('official', route.official);
  return `?${params.toString()}`;
}

/** The route and a `go` that pushes a new one onto the history. */
export function useDashboardRoute(): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.search));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: DashboardRoute) => {
    history.pushState(null, '', routeSearch(next));
    setRoute(next);
  }, []);
  return [route, go];
}
