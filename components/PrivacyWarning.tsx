import { describeTypes } from '@/lib/guard/strings';
import { shownLocale, t } from '@/lib/i18n';
import type { SensitiveMatch } from '@/lib/privacy';
import type { Lang } from '@/lib/templates';

interface Props {
  matches: SensitiveMatch[];
  lang: Lang;
  onRedact: () => void;
}

/** Names what was found in the text and offers to mask it; a real agent never asks for any of it. */
export function PrivacyWarning({ matches, lang, onRedact }: Props) {
  if (matches.length === 0) return null;
  const kinds = describeTypes(
    matches.map((m) => m.type),
    shownLocale(lang),
  );
  return (
    <div class="privacy-warning" role="alert" data-testid="privacy-warning">
      <p>
        <strong>{t('privacyFound', kinds)}</strong> {t('privacyNeverAsk')}
      </p>
      <button type="button" class="danger-button" onClick={onRedact} data-testid="privacy-redact">
        {t('privacyRedact')}
      </button>
    </div>
  );
}
