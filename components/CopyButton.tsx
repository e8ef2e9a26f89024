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
}

export function CopyButton({ text, label, children, testId, class: className }: Props) {
  const toast = useToast();
  return (
    <button
      type="button"
      class={className ?? 'copy-button'}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={async () => {
        const ok = await copyText(text());
        toast(ok ? t('copied') : t('copyFailed'));
      }}
    >
      {children ?? t('copy')}
    </button>
  );
}
