import { t } from '@/lib/i18n';
import { copyText } from './clipboard';
import { useToast } from './use-toast';

interface Props {
  /** Text to copy; computed on click so it is always the current value. */
  text: () => string;
  /** Accessible name, e.g. "Copy order ID". */
  label: string;
  children?: preact.ComponentChildren;
  testId?: string;
  class?: string;
  /**
   * When given, the caller confirms the copy itself (one toast, e.g. with a follow-up action) and this button
   * shows none: the panel has a single toast, so a second one would replace the caller's.
   */
  onCopied?: (ok: boolean, text: string) => void;
}

export function CopyButton({ text, label, children, testId, class: className, onCopied }: Props) {
  const toast = useToast();
  return (
    <button
      type="button"
      class={className ?? 'copy-button'}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={async () => {
        const value = text();
        const ok = await copyText(value);
        if (onCopied) onCopied(ok, value);
        else toast(ok ? t('copied') : t('copyFailed'));
      }}
    >
      {children ?? t('copy')}
    </button>
  );
}
