import { readFileSync } from 'node:fs';
import { type ComponentChildren, render } from 'preact';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistTicks } from '../../../components/checklist-ticks';
import { composerDrafts } from '../../../components/composer-draft-memory';
import { CaseNotes } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import type { OrderContext } from '../../../components/order-context';
import { type ShowToast, ToastContext } from '../../../components/use-toast';
import { localeTag, type UiLocale } from '../../../lib/i18n/locale';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogues = new Map<string, Catalogue>();
const catalogueOf = (lang: UiLocale): Catalogue => {
  let catalogue = catalogues.get(lang);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
    catalogues.set(lang, catalogue);
  }
  return catalogue;
};

/** browser.i18n stand-in reading the real catalogue (English unless asked), filling $placeholders$ like Chrome. */
export function installI18n(lang: UiLocale = 'en'): void {
  const catalogue = catalogueOf(lang);
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
  i18n.getUILanguage = () => localeTag(lang);
}

export const message = (key: string, ...subs: string[]): string =>
  (fakeBrowser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);

/** Empties every table of the panel's one store (fake-indexeddb lives as long as the test file). */
export async function resetNotes(): Promise<void> {
  const { db } = notesStore();
  await Promise.all(db.tables.map((table) => table.clear()));
}

export interface ToastCall {
  message: string;
  action?: { label: string; run: () => void };
}

export interface Mounted {
  root: HTMLElement;
  toasts: ToastCall[];
  unmount(): void;
}

export function mount(ui: ComponentChildren): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  const toasts: ToastCall[] = [];
  const toast: ShowToast = (msg, action) => toasts.push({ message: msg, action });
  render(<ToastContext.Provider value={toast}>{ui}</ToastContext.Provider>, root);
  return {
    root,
    toasts,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/**
 * The panel tests' lifecycle: a fresh browser stand-in, the English catalogue and empty notes before each test, and
 * the test's mounted view taken down after it. `mount` mounts and remembers the view.
 */
export function panelTestLifecycle(): { mount(ui: ComponentChildren): Mounted } {
  let view: Mounted | null = null;
  let appMounted = false;
  // The panel's shell imports the workbench and the zh-Hant module after its first render. A test that is done once the
  // shell shows (an empty state) can end with that import in flight; vitest then tears the file's environment down
  // under it and fails the run with an unhandled EnvironmentTeardownError (seen under load). Let both land first (the
  // zh-TW/zh-HK tables themselves load only in a Traditional Chinese UI, whose tests wait for the converted text).
  afterAll(async () => {
    if (appMounted) await Promise.all([import('../../../components/Workbench'), import('../../../lib/i18n/hant')]);
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    await resetNotes();
    // Each test is a panel page of its own: no message or tick kept from the test before (they are kept per order).
    composerDrafts.clear();
    checklistTicks.clear();
  });
  afterEach(() => {
    view?.unmount();
    view = null;
  });
  return {
    mount(ui) {
      const type = (ui as { type?: { name?: string } } | null)?.type;
      appMounted ||= type?.name === 'App';
      view = mount(ui);
      return view;
    },
  };
}

/**
 * `panelTestLifecycle` for tests that render into one root themselves, again and again (a prop change keeps the
 * component's state): the root is made fresh for each test and emptied after it.
 */
export function renderRootLifecycle(): () => HTMLElement {
  let root = document.createElement('div');
  beforeEach(async () => {
    fakeBrowser.reset();
    installI18n();
    await resetNotes();
    // Each test is a panel page of its own: no message or tick kept from the test before (they are kept per order).
    composerDrafts.clear();
    checklistTicks.clear();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}

/** Polls until `check` returns a truthy value (live queries and renders settle asynchronously). */
export async function waitFor<T>(check: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = check();
      // A promise is always truthy: an async check would pass at once without being checked (use vi.waitFor).
      if (value instanceof Promise) throw new TypeError('waitFor takes a synchronous check');
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`waitFor timed out${lastError ? `: ${String(lastError)}` : ''}`);
}

export const byTestId = <E extends Element = HTMLElement>(root: ParentNode, id: string): E | null =>
  root.querySelector<E>(`[data-testid="${id}"]`);
export const allByTestId = <E extends Element = HTMLElement>(root: ParentNode, id: string): E[] => [
  ...root.querySelectorAll<E>(`[data-testid="${id}"]`),
];

/** Types into an input/textarea the way Preact listens for it. */
export function type(el: Element | null, value: string): void {
  if (!el) throw new Error('no field to type into');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Lets Preact re-render (state set by events is applied asynchronously, as between real keystrokes). */
export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

export function choose(el: Element | null, value: string): void {
  if (!el) throw new Error('no select');
  (el as HTMLSelectElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}

export function submit(form: Element | null): void {
  if (!form) throw new Error('no form');
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export const amazonOrder = (orderId = '112-0399923-3070642'): OrderContext => ({
  order: {
    orderId,
    orderDate: '2024-04-20',
    items: [{ title: 'Wireless earbuds', quantity: 1 }],
    shipments: [{ trackingId: '1Z999AA10123456784', carrier: 'UPS' }],
    shop: 'Amazon',
  },
  platform: 'amazon',
  marketplace: 'amazon.com',
  source: 'page',
});

/** The case notes of an order rendered into the test's root (`renderRootLifecycle`), with their add form's fields. */
export function caseNotesForm(rootOf: () => HTMLElement) {
  const show = (ctx: OrderContext) =>
    render(
      <ToastContext.Provider value={() => {}}>
        <CaseNotes ctx={ctx} lang="en" onEscalate={() => {}} />
      </ToastContext.Provider>,
      rootOf(),
    );
  const form = () => byTestId(rootOf(), 'notes-add-form');
  const field = (name: string) => byTestId<HTMLInputElement>(form()!, `notes-field-${name}`)!;
  return { show, form, field };
}

/**
 * The files the page saves (Blob URL + `<a download>`), caught: their contents and names. The spies are the test's to
 * restore (`vi.restoreAllMocks`).
 */
export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:kefu-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}
