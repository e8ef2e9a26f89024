import { render } from 'preact';
import { Welcome } from '@/components/Welcome';
import { t, uiBcp47 } from '@/lib/i18n';
import '../sidepanel/style.css';
import './welcome.css';

// Opened once, by the background, when Kefu is first installed (see lib/background/welcome.ts).
document.documentElement.lang = uiBcp47();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
