import { t } from '@/lib/i18n';
import { GuardSettings } from './GuardSettings';
import { notesStore } from './notes-store';

/** Preferences that change what Kefu copies; the privacy guard's per-site switches join here. */
export function SettingsPanel({ copyRaw }: { copyRaw: boolean }) {
  return (
    <div class="card settings" data-testid="settings">
      <label class="row">
        <input
          type="checkbox"
          checked={copyRaw}
          data-testid="setting-copy-raw"
          onChange={(e) => void notesStore().setSetting('copyRaw', e.currentTarget.checked)}
        />
        <span>{t('settingCopyRaw')}</span>
      </label>
      <p class="muted">{t('settingCopyRawHint')}</p>
      <GuardSettings />
    </div>
  );
}
