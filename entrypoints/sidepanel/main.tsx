import { render } from 'preact';

render(<p>Kefu</p>, document.getElementById('app')!);
