import { useRef, useState } from 'preact/hooks';
import { formatCount, t, tPlural } from '@/lib/i18n';
import { csvSeparatorFor, NotesError } from '@/lib/notes';
import type { Lang } from '@/lib/templates';
import { notesStore } from '../notes-store';
import { useToast } from '../use-toast';
import { downloadText, exportFileName } from './download';
import { notesErrorMessage, notesImportNoticeText, notesProblemText } from './error-message';
import { plainImportProblem, plainReadOnlyExport } from './import-problem';
import { pokeReminders } from './poke-reminders';

type Outcome =
  | { kind: 'ok'; text: string; notices: string[] }
  /** `plain`: what is wrong and where, in plain words; `technical`: every problem as the file's paths name it. */
  | { kind: 'error'; text: string; plain?: string; technical?: string[] };

/** How many of a refused file's problems the technical details list (a hostile file can have thousands). */
const TECHNICAL_SHOWN = 20;

/** Export every case (JSON backup, CSV, Markdown report) and restore a JSON backup. */
export function NotesTransfer({ lang, onImported }: { lang: Lang; onImported?: () => void }) {
  const store = notesStore();
  const toast = useToast();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeId = 'notes-import-outcome';
  const [busy, setBusy] = useState(false);
  // The file being imported: a backup near the notes' caps takes minutes to check and write, and with nothing shown the
  // user took the panel for stuck and closed it (which stops the import; nothing is written).
  const [importing, setImporting] = useState<string | null>(null);
  // The file being exported: a large database takes a while to read and write out (about 20 s for 20,000 cases).
  const [exporting, setExporting] = useState<string | null>(null);
  // Busy controls are aria-disabled, not disabled: a disabled control drops the keyboard focus it has to the page's
  // body (the export button just pressed, the file field just used). The ref stops a second run meanwhile.
  const working = useRef(false);
  const start = (): boolean => {
    if (working.current) return false;
    working.current = true;
    setBusy(true);
    return true;
  };
  const finish = () => {
    working.current = false;
    setBusy(false);
  };

  const exportAs = async (format: 'json' | 'csv' | 'md') => {
    if (!start()) return;
    const name = exportFileName(format);
    setExporting(name);
    try {
      // Read once: the check for nothing to export and the file itself use the same read (20,000 cases take seconds).
      const data = await store.exportJson();
      // No file with nothing in it (a CSV of headers only, a report with no case): the user is told there is nothing
      // yet. A backup is empty only when it holds nothing at all (templates and settings are worth a backup too).
      const nothing =
        format === 'json'
          ? data.cases.length + data.entries.length + data.templates.length + data.settings.length === 0
          : data.cases.length === 0;
      if (nothing) {
        toast(t('notesExportNothing'));
        return;
      }
      if (format === 'json') downloadText(JSON.stringify(data, null, 2), name, 'application/json');
      else if (format === 'csv') {
        // The separator the user's spreadsheet splits on when the file is opened by double-click.
        const csv = await store.exportCsv({ separator: csvSeparatorFor(navigator.language), data });
        downloadText(csv, name, 'text/csv;charset=utf-8');
      } else {
        const report = await store.exportMarkdown({ lang: lang === 'zh_CN' ? 'zh' : 'en', data });
        downloadText(report, name, 'text/markdown;charset=utf-8');
      }
      toast(t('notesExported', name));
    } catch (err) {
      setOutcome({ kind: 'error', text: notesErrorMessage(err) });
    } finally {
      setExporting(null);
      finish();
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || !start()) return;
    setOutcome(null);
    setImporting(file.name);
    let text = '';
    try {
      text = await file.text();
      const result = await store.importJsonText(text);
      pokeReminders();
      setOutcome({
        kind: 'ok',
        text: [
          t('notesImported', [
            tPlural(result.casesAdded, 'notesImportedCases_one', 'notesImportedCases_other', [
              formatCount(result.casesAdded),
              formatCount(result.casesUpdated),
            ]),
            tPlural(result.entriesAdded, 'notesImportedEntries_one', 'notesImportedEntries_other', [
              formatCount(result.entriesAdded),
              formatCount(result.entriesUpdated),
            ]),
          ]),
          // Said, not silent: the user may expect a backup to bring its settings along.
          result.settingsSkipped > 0
            ? tPlural(
                result.settingsSkipped,
                'notesImportSettingSkipped_one',
                'notesImportSettingsSkipped',
                formatCount(result.settingsSkipped),
              )
            : '',
        ]
          .filter(Boolean)
          .join(' '),
        // What was kept in another form (a v1 follow-up that is not a date): named case by case, never silent.
        notices: result.notices.map(notesImportNoticeText),
      });
      onImported?.();
    } catch (err) {
      // Import validates the whole file and writes in one transaction: a failure changed nothing.
      const isImport = err instanceof NotesError && err.code === 'import';
      setOutcome({
        kind: 'error',
        text: `${t('notesImportFailed')} ${isImport ? '' : notesErrorMessage(err)}`.trim(),
        ...(isImport
          ? {
              plain: plainReadOnlyExport(text) ?? plainImportProblem(err.problems[0] ?? err.problem),
              technical: err.problems.slice(0, TECHNICAL_SHOWN).map(notesProblemText),
            }
          : {}),
      });
    } finally {
      setImporting(null);
      finish();
      // Picking the same file again after fixing it must fire `change` again.
      input.value = '';
    }
  };

  return (
    <div class="notes-transfer">
      <fieldset class="notes-actions notes-export">
        <legend class="notes-group-label">{t('notesExport')}</legend>
        <button
          type="button"
          aria-disabled={busy}
          data-testid="notes-export-json"
          onClick={() => void exportAs('json')}
        >
          {t('notesExportJson')}
        </button>
        <button type="button" aria-disabled={busy} data-testid="notes-export-csv" onClick={() => void exportAs('csv')}>
          {t('notesExportCsv')}
        </button>
        <button type="button" aria-disabled={busy} data-testid="notes-export-md" onClick={() => void exportAs('md')}>
          {t('notesExportMarkdown')}
        </button>
      </fieldset>
      <div class="notes-form-row">
        <label for="notes-import-file">{t('notesImport')}</label>
        <input
          id="notes-import-file"
          type="file"
          accept="application/json,.json"
          aria-disabled={busy}
          aria-invalid={outcome?.kind === 'error' ? true : undefined}
          aria-describedby={outcome ? outcomeId : undefined}
          data-testid="notes-import"
          // No second file while one is being read.
          onClick={(e) => {
            if (working.current) e.preventDefault();
          }}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      {/* Always present, so a screen reader announces the result when it appears (a live region must exist first). */}
      <div role="status" data-testid="notes-import-status">
        {exporting !== null && (
          <p class="muted" data-testid="notes-exporting">
            {t('notesExporting', exporting)}
          </p>
        )}
        {importing !== null && (
          <p class="muted" data-testid="notes-importing">
            {t('notesImporting', importing)}
          </p>
        )}
        {outcome?.kind === 'ok' && (
          <div id={outcomeId} class="notes-ok" data-testid="notes-import-result">
            <p>{outcome.text}</p>
            {outcome.notices.length > 0 && (
              <ul class="notes-import-notices" data-testid="notes-import-notices">
                {outcome.notices.map((text, i) => (
                  // A fixed list, replaced whole by the next import: two notices may read alike.
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <div id={outcomeId} class="form-error" role="alert" data-testid="notes-import-error">
          <p>{outcome.text}</p>
          {outcome.plain && <p data-testid="notes-import-plain">{outcome.plain}</p>}
          {outcome.technical && outcome.technical.length > 0 && (
            <details class="notes-import-technical" data-testid="notes-import-technical">
              <summary>{t('notesImportTechnical')}</summary>
              <ul>
                {outcome.technical.map((text, i) => (
                  // A fixed list, replaced whole by the next import.
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
