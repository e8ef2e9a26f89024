import { t } from '@/lib/i18n';
import { GuardSettings } from './GuardSettings';
import { notesErrorMessage } from './notes/error-message';
import { notesStore } from './notes-store';
import { useToast } from './use-toast';

/** Preferences that change what Kefu copies; the privacy guard's per-site switches join here. */
export function SettingsPanel({ copyRaw }: { copyRaw: boolean }) {
  const toast = useToast();
  return (
    <div class="card settings" data-testid="settings">
      <label class="row">
        <input
          type="checkbox"
          checked={copyRaw}
          data-testid="setting-copy-raw"
          // Not saved (the database refused): say so; the box follows the stored value, so it flips back by itself.
          onChange={(e) =>
            void notesStore()
              .setSetting('copyRaw', e.currentTarget.checked)
              .catch((error: unknown) => toast(notesErrorMessage(error)))
          }
        />
        <span>{t('settingCopyRaw')}</span>
      </label>
      <p class="muted">{t('settingCopyRawHint')}</p>
      <GuardSettings />
    </div>
  );
}
