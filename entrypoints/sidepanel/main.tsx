import { render } from 'preact';
import { loadEntryDrafts } from '@/components/notes/draft-memory';
import { bcp47, uiLang } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// The catalogue's language, which the whole panel follows (see uiLang).
document.documentElement.lang = bcp47(uiLang());
// Contacts being written when the panel was last closed come back in their forms (one storage read, never throws).
void loadEntryDrafts().then(() => {
  render(<App />, document.getElementById('app')!);
  // For bench/panel.bench.ts: the shell is on screen (the first frame after the first render).
  requestAnimationFrame(() => performance.mark('kefu:first-render'));
});
