import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { bcp47, t, uiLang } from '@/lib/i18n';
import '../sidepanel/style.css';
import './welcome.css';

// Opened once, by the background, when Kefu is first installed (see lib/background/welcome.ts).
document.documentElement.lang = bcp47(uiLang());
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
