import { render } from 'preact';
import '@/components/theme.css';
import { OptionsApp } from './app';

render(<OptionsApp />, document.getElementById('app')!);
