/** The dashboard page: all notes, officials' timelines and shared figures, in a tab of its own. */
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/dashboard/dashboard.css';
import { DashboardApp } from '@/extension-pages/dashboard/dashboard-app';

render(<DashboardApp />, document.getElementById('app')!);
