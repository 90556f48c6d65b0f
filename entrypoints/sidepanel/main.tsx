/** The side panel (Chrome) and sidebar (Firefox): the popup's views, following the active tab. */
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { ReaderApp } from '@/extension-pages/reader/reader-app';

render(<ReaderApp surface="sidepanel" />, document.getElementById('app')!);
