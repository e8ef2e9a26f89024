import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { canOpenPanel, openPanelIn } from '@/lib/panel/open-panel';

/** The command that opens the panel: Chrome's toolbar action, Firefox's sidebar. */
const PANEL_COMMANDS = new Set(['_execute_action', '_execute_sidebar_action']);

/**
 * The page a new user sees once, right after installing: where Kefu's button is, which pages it reads, how to open
 * the panel, and what it never does. Without it a first-time user finds nothing: Chrome hides a new extension's
 * button in the Extensions menu, and Kefu shows nothing on a page by itself.
 */
export function Welcome() {
  // The shortcut as the user has it now (they may have changed or cleared Alt+Shift+K), or none.
  const [shortcut, setShortcut] = useState<string | null>(null);
  // Chrome's side panel opens for a window, and only inside the click: its id is looked up beforehand.
  const [windowId, setWindowId] = useState<number | null>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const canOpen = canOpenPanel();

  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => PANEL_COMMANDS.has(c.name ?? ''))?.shortcut || null))
      .catch(() => {});
    browser.windows
      ?.getCurrent()
      .then((w) => setWindowId(w.id ?? null))
      .catch(() => {});
  }, []);

  const openPanel = () => {
    // Both browsers accept the call only while the click is being handled: no await before it.
    openPanelIn(windowId).then(
      () => setOpenFailed(false),
      () => setOpenFailed(true),
    );
  };

  return (
    <main class="welcome" data-testid="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <ol>
        <li>{t('welcomeStepPin')}</li>
        <li>{t('welcomeStepOrders')}</li>
        <li>
          {shortcut ? t('welcomeStepPanelKey', shortcut) : t('welcomeStepPanel')}
          {canOpen && (
            <div class="open-panel">
              <button type="button" class="primary-button" data-testid="welcome-open-panel" onClick={openPanel}>
                {t('welcomeOpenPanel')}
              </button>
            </div>
          )}
          {openFailed && (
            <p class="muted" role="status" data-testid="welcome-open-failed">
              {t('welcomeOpenFailed')}
            </p>
          )}
        </li>
        <li>{t('welcomeStepOtherShops')}</li>
      </ol>
      <p>{t('welcomePrivacy')}</p>
    </main>
  );
}
