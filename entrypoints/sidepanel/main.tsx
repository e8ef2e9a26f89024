import { render } from 'preact';
import { uiBcp47 } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// The catalogue's language, which the whole panel follows (see uiLang).
document.documentElement.lang = uiBcp47();
render(<App />, document.getElementById('app')!);
// For bench/panel.bench.ts: the shell is on screen (the first frame after the first render).
requestAnimationFrame(() => performance.mark('kefu:first-render'));
