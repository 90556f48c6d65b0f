/** The popup: the reader's views (shared with the side panel) as a quick look at the current tab. */
import { ReaderApp } from '@/extension-pages/reader/reader-app';

/** The popup's root component. */
export function App() {
  return <ReaderApp surface="popup" />;
}
