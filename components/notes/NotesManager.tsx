import './notes.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatCount, type MessageKey, t, uiLang, uiLocale } from '@/lib/i18n';
import {
  CASE_PLATFORMS,
  CASE_STATUSES,
  type Case,
  type CasePlatform,
  type CaseStatus,
  compactIdentifier,
  type Entry,
  isOverdue,
  normalizeForSearch,
} from '@/lib/notes';
import { useLiveQuery } from '@/lib/notes/use-live-query';
import type { Lang } from '@/lib/templates';
import { notesStore } from '../notes-store';
import { formatWhen } from './datetime-local';
import { notesErrorMessage } from './error-message';
import { statusLabel } from './labels';
import { NotesTransfer } from './NotesTransfer';
import { StorageStatus } from './StorageStatus';

type Sort = 'relevance' | 'updated' | 'followUp' | 'created';
const SEARCH_DEBOUNCE_MS = 150;
const LIST_LIMIT = 100;

interface Row {
  c: Case;
  matched: Entry[];
}

interface Listed {
  query: string;
  status: CaseStatus | '';
  platform: CasePlatform | '';
  sort: Sort;
}

interface Found {
  for: Listed;
  rows: Row[];
}

/** The value of `value`, `delayMs` after it last changed. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Free text of an entry, in the order a snippet prefers it. */
const SNIPPET_FIELDS = ['promised', 'answer', 'asked', 'comment', 'nextStep'] as const;

/**
 * A short line from the entry where the search matched, so the user sees why a case is listed: the text field the
 * query was found in (a search for "crushed" shows what was asked, not the promise); a match in the agent or the
 * reference shows the entry's main text.
 */
function snippet(e: Entry, query: string): string {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean);
  const holds = (value: string | undefined) => {
    const text = value ? normalizeForSearch(value) : '';
    return (
      text !== '' &&
      terms.some((term) => {
        const compact = compactIdentifier(term);
        return text.includes(term) || (compact !== '' && compactIdentifier(text).includes(compact));
      })
    );
  };
  const matched = SNIPPET_FIELDS.map((f) => e[f]).find(holds);
  let text = matched ?? e.promised ?? e.answer ?? e.asked ?? e.comment ?? e.nextStep ?? '';
  // Found in the agent's name or the reference number ("muller", "rma-a-77"): that first, so the row shows why.
  const named = matched ? undefined : [e.agent, e.reference].find(holds);
  if (named) text = text ? `${named} · ${text}` : named;
  text ||= e.agent ?? e.reference ?? '';
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * What to do about a list cut to its first cases, for what the list shows: a search is narrowed with another word
 * (telling a user who has searched to "search" read as if the search had not run), a list of one status or platform
 * is searched, and the whole list is searched or filtered.
 */
function listCutKey(listed: Listed): MessageKey {
  if (listed.query) return 'notesListCutSearch';
  return isFiltered(listed) ? 'notesListCutFiltered' : 'notesListCut';
}

/** Whether the list shows only one status or platform. */
const isFiltered = ({ status, platform }: Listed): boolean => status !== '' || platform !== '';

/** Every case: search, filters, sort, open one; export/import and storage health. */
export function NotesManager({ onOpenCase, lang = uiLang() }: { onOpenCase: (c: Case) => void; lang?: Lang }) {
  const store = notesStore();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [platform, setPlatform] = useState<CasePlatform | ''>('');
  const [sort, setSort] = useState<Sort>('relevance');
  const [error, setError] = useState<string | null>(null);
  const [failedFor, setFailedFor] = useState<Listed | null>(null);
  const [storageRefresh, setStorageRefresh] = useState(0);
  const settledQuery = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const searching = settledQuery !== '';
  const listed = useMemo<Listed>(
    () => ({ query: settledQuery, status, platform, sort }),
    [settledQuery, status, platform, sort],
  );

  // The results and what they were found for: the list shows the last results until the next ones come (the first
  // search of a large database reads every search row, seconds at 20,000 cases), and says meanwhile that it searches.
  const found = useLiveQuery<Found | null>(
    async () => {
      // Search results come by relevance; without a query "relevance" means most recently updated. The store sorts
      // before it cuts the list: sorted here, the first 100 by follow-up were only the 100 most recently updated.
      const effective = listed.sort === 'relevance' ? (listed.query ? undefined : 'updated') : listed.sort;
      // One more than is listed: whether there are others the list does not show.
      const results = await store.searchCases(listed.query, {
        status: listed.status || undefined,
        platform: listed.platform || undefined,
        limit: LIST_LIMIT + 1,
        sort: effective,
      });
      return { for: listed, rows: results.map((r) => ({ c: r.case, matched: r.entries })) };
    },
    [listed],
    null,
    (err) => {
      setError(notesErrorMessage(err));
      setFailedFor(listed);
    },
  );
  const rows = found?.rows ?? null;
  const shown = found?.for ?? listed;
  // A run for other terms or filters than the results shown is under way; one that failed is not (the last results
  // stay, with its error). Before the first results the list says it is loading, unless that first read failed.
  const failed = failedFor === listed;
  const busy = !failed && (rows === null || shown !== listed);

  const now = Date.now();
  return (
    <div class="notes-manager" data-testid="notes-manager">
      <div class="notes-form-row">
        <label for="notes-search">{t('notesSearch')}</label>
        <input
          id="notes-search"
          type="search"
          value={query}
          placeholder={t('notesSearchPlaceholder')}
          data-testid="notes-search"
          onInput={(e) => setQuery(e.currentTarget.value)}
          // Reading the rows a search scans takes seconds in a large database: started as the user comes to type, it
          // runs while they type rather than after. A failure here is the search's to report, when it runs.
          onFocus={() => void store.warmSearch().catch(() => {})}
        />
      </div>
      <div class="notes-filters">
        <label>
          <span>{t('notesFilterStatus')}</span>
          <select
            value={status}
            data-testid="notes-filter-status"
            onChange={(e) => setStatus(e.currentTarget.value as CaseStatus | '')}
          >
            <option value="">{t('notesFilterAll')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notesFilterPlatform')}</span>
          <select
            value={platform}
            data-testid="notes-filter-platform"
            onChange={(e) => setPlatform(e.currentTarget.value as CasePlatform | '')}
          >
            <option value="">{t('notesFilterAll')}</option>
            {CASE_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform_${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notesSort')}</span>
          {/* Without a search, "relevance" is the recently-updated order: one option, not two with one label. */}
          <select
            value={!searching && sort === 'updated' ? 'relevance' : sort}
            data-testid="notes-sort"
            onChange={(e) => setSort(e.currentTarget.value as Sort)}
          >
            <option value="relevance">{searching ? t('notesSortRelevance') : t('notesSortUpdated')}</option>
            <option value="followUp">{t('notesSortFollowUp')}</option>
            <option value="created">{t('notesSortCreated')}</option>
            {searching && <option value="updated">{t('notesSortUpdated')}</option>}
          </select>
        </label>
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {/* Always present, so a screen reader announces the search when it starts (a live region must exist first). */}
      <p class="muted notes-searching" role="status" data-testid="notes-searching">
        {rows !== null && busy ? t('notesSearching') : ''}
      </p>
      <div class="notes-results" aria-busy={busy} data-testid="notes-results">
        {rows === null ? (
          !failed && <p class="muted">{t('loading')}</p>
        ) : rows.length === 0 ? (
          <p class="muted" data-testid="notes-no-cases">
            {shown.query || isFiltered(shown) ? t('notesNoMatches') : t('notesNoCases')}
          </p>
        ) : (
          <ul class="notes-case-list" aria-label={t('notesAllCases')} data-testid="notes-case-list">
            {rows.slice(0, LIST_LIMIT).map(({ c, matched }) => {
              // A resolved or closed case is done with: its follow-up date is shown, not called overdue (nor reminded).
              const overdue = isOverdue(c, now);
              const first = matched[0];
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    class="notes-case-row"
                    data-testid="notes-case-row"
                    data-case-id={c.id}
                    onClick={() => onOpenCase(c)}
                  >
                    <span class="notes-case-title">{c.title}</span>
                    <span class="notes-case-meta">
                      {c.orderId && <span class="order-id">{c.orderId}</span>}
                      <span class="badge">{t(`platform_${c.platform}`)}</span>
                      <span class={`notes-status notes-status-${c.status}`}>{statusLabel(c.status)}</span>
                      {c.followUpAt !== undefined && (
                        <span class={overdue ? 'notes-due overdue' : 'notes-due'}>
                          {t(
                            overdue ? 'notesFollowUpOverdue' : 'notesFollowUpOn',
                            formatWhen(c.followUpAt, uiLocale()),
                          )}
                        </span>
                      )}
                    </span>
                    {first && <span class="notes-case-snippet">{snippet(first, shown.query)}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {rows && rows.length > LIST_LIMIT && (
          <p class="muted" data-testid="notes-list-cut">
            {t(listCutKey(shown), formatCount(LIST_LIMIT))}
          </p>
        )}
      </div>
      <NotesTransfer lang={lang} onImported={() => setStorageRefresh((n) => n + 1)} />
      <StorageStatus refresh={storageRefresh} />
    </div>
  );
}
