import { render } from 'preact';

render(<p>Council Lens highlights officials and figures in council news.</p>, document.getElementById('app')!);
