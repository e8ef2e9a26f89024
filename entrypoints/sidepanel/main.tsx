import { render } from 'preact';
import { App } from './App';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
// For bench/panel.bench.ts: the shell is on screen (the first frame after the first render).
requestAnimationFrame(() => performance.mark('kefu:first-render'));
