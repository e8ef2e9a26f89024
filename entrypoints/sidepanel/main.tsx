import { render } from 'preact';
import { bcp47, uiLang } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// The catalogue's language, which the whole panel follows (see uiLang).
document.documentElement.lang = bcp47(uiLang());
render(<App />, document.getElementById('app')!);
// For bench/panel.bench.ts: the shell is on screen (the first frame after the first render).
requestAnimationFrame(() => performance.mark('kefu:first-render'));
