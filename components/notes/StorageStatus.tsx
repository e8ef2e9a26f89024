import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { requestPersistence, type StorageUsage, storageUsage } from '@/lib/notes';
import { readableBytes } from './readable-bytes';

/** How much space the notes use, and the request that keeps the browser from evicting them. */
export function StorageStatus({ refresh = 0 }: { refresh?: number }) {
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const answerRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let active = true;
    void storageUsage().then((u) => active && setUsage(u));
    // Only ask whether we are persisted here: `persist()` itself may prompt (Firefox), so it waits for the button.
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    void (storage?.persisted?.() ?? Promise.resolve(false)).catch(() => false).then((p) => active && setPersisted(p));
    return () => {
      active = false;
    };
  }, [refresh]);

  return (
    <div class="notes-storage" data-testid="notes-storage">
      <h3>{t('notesStorage')}</h3>
      <p data-testid="notes-storage-usage">
        {usage === undefined
          ? t('loading')
          : usage === null
            ? t('notesStorageUnknown')
            : t('notesStorageUsage', [readableBytes(usage.usage), readableBytes(usage.quota)])}
      </p>
      {/* A status: the browser's answer to the button below is announced. Granted, the button goes, and the keyboard
          comes here rather than falling to the page's body. */}
      <p
        ref={answerRef}
        role="status"
        tabIndex={-1}
        data-testid="notes-persisted"
        data-persisted={String(persisted === true)}
      >
        {persisted ? t('notesPersisted') : refused ? t('notesPersistRefused') : t('notesNotPersisted')}
      </p>
      {!persisted && (
        <button
          type="button"
          data-testid="notes-persist"
          onClick={async () => {
            const ok = await requestPersistence();
            setPersisted(ok);
            setRefused(!ok);
            if (ok) answerRef.current?.focus();
          }}
        >
          {t('notesPersist')}
        </button>
      )}
    </div>
  );
}
