import {
  detectScamRequest,
  findSecrets,
  maskValue,
  type ScamHintKind,
  SECRET_TYPES,
  type SensitiveMatch,
  type SensitiveType,
} from '../privacy';
import {
  clearField,
  isPasswordInput,
  readFieldText,
  replaceFieldText,
  type WatchedField,
  watchedFieldOf,
} from './field-text';
import { collectKnownIdentifiers } from './known-identifiers';
import type { GuardKind } from './settings';
import { describeTypes, type GuardLang, type GuardTranslate, scamReasonKey } from './strings';
import { createWarningView, type WarningSection, type WarningView } from './warning-view';

/**
 * What the typing guard warns about: what no real agent ever needs. Phone numbers and e-mail addresses are left
 * out on purpose — shoppers give them to sellers for delivery all the time, and a warning on every one would
 * teach people to ignore the guard.
 */
export const GUARDED_TYPES: readonly SensitiveType[] = [...SECRET_TYPES, 'crypto-wallet'];

/** A scan that took longer than this (ms) makes the next scan of that field wait a little (long pasted texts). */
const SLOW_SCAN_MS = 16;
const MAX_PASTE_CHARS = 20_000;

export interface PrivacyGuardOptions {
  document: Document;
  /** Tears everything down (WXT: `ctx.signal`). */
  signal: AbortSignal;
  translate: GuardTranslate;
  lang: GuardLang;
  /** Asked at every scan, so a settings change applies at once. */
  isEnabled(guard: GuardKind): boolean;
  /** Runs a task soon, off the event handler (default: requestAnimationFrame). */
  defer?(task: () => void): void;
  /** Runs a task after `ms` (default: setTimeout). */
  later?(task: () => void, ms: number): void;
  now?(): number;
  knownIdentifiers?(doc: Document): string[];
}

export interface PrivacyGuard {
  /** Re-checks every field that shows a warning (after a settings change). */
  refresh(): void;
  /** Runs the pending deferred work now (tests and the bench). */
  flush(): void;
}

interface ScamState {
  kinds: ScamHintKind[];
  /** The request phrases as pasted: the warning stays while the field still holds one of them. */
  phrases: string[];
  signature: string;
}

interface FieldState {
  dismissed: { sensitive?: string; password?: boolean; scam?: string };
  scam: ScamState | null;
  pastedText: string | null;
  sensitive: SensitiveMatch[];
  sensitiveSignature: string;
  slowUntil: number;
  view: WarningView | null;
  /** What the view shows now: an unchanged warning is not rebuilt on every keystroke. */
  shownKey: string;
}

function signatureOf(matches: readonly SensitiveMatch[]): string {
  return matches.map((m) => `${m.type}:${m.value}`).join('\u0000');
}

/**
 * The in-page half of the privacy guard. Listens once on the document (capture phase), so fields added later and
 * fields inside open shadow roots are covered; the listeners only note the field and schedule a scan.
 * Reads only the watched field's text, sends nothing, stores nothing.
 */
export function startPrivacyGuard(options: PrivacyGuardOptions): PrivacyGuard {
  const doc = options.document;
  const { signal, translate: t, lang } = options;
  const view = doc.defaultView;
  const defer =
    options.defer ??
    ((task: () => void) => (view?.requestAnimationFrame ? view.requestAnimationFrame(() => task()) : setTimeout(task)));
  const later = options.later ?? ((task: () => void, ms: number) => setTimeout(task, ms));
  const now = options.now ?? (() => performance.now());
  const knownIdentifiers = options.knownIdentifiers ?? collectKnownIdentifiers;

  const states = new WeakMap<WatchedField, FieldState>();
  const shown = new Set<WatchedField>();
  const pending = new Set<WatchedField>();
  let scheduled = false;
  let repositionScheduled = false;

  const stateOf = (field: WatchedField): FieldState => {
    let state = states.get(field);
    if (!state) {
      state = {
        dismissed: {},
        scam: null,
        pastedText: null,
        sensitive: [],
        sensitiveSignature: '',
        slowUntil: 0,
        view: null,
        shownKey: '',
      };
      states.set(field, state);
    }
    return state;
  };

  const schedule = (field: WatchedField) => {
    pending.add(field);
    if (scheduled) return;
    scheduled = true;
    defer(runPending);
  };

  function runPending(): void {
    scheduled = false;
    if (signal.aborted) return;
    const fields = [...pending];
    pending.clear();
    let ids: string[] | null = null;
    for (const field of fields) {
      const state = stateOf(field);
      const waitMs = state.slowUntil - now();
      if (waitMs > 0) {
        later(() => schedule(field), waitMs);
        continue;
      }
      ids ??= knownIdentifiers(doc);
      scan(field, state, ids);
    }
  }

  function scan(field: WatchedField, state: FieldState, ids: string[]): void {
    if (!field.isConnected) {
      hide(field, state);
      return;
    }
    const started = now();
    const text = readFieldText(field);

    // Pasted agent message: scam phrases are looked for once, in what was pasted.
    if (state.pastedText !== null) {
      const pasted = state.pastedText;
      state.pastedText = null;
      const hints = options.isEnabled('paste-scam') ? detectScamRequest(pasted) : [];
      if (hints.length) {
        const kinds = [...new Set(hints.map((h) => h.kind))];
        const phrases = hints.map((h) => pasted.slice(h.start, h.end));
        state.scam = { kinds, phrases, signature: phrases.join('\u0000') };
      }
    }
    if (state.scam && !state.scam.phrases.some((p) => text.includes(p))) state.scam = null;

    if (isPasswordInput(field)) {
      state.sensitive = [];
      if (text.length === 0) state.dismissed.password = false;
    } else if (options.isEnabled('typing')) {
      state.sensitive = findSecrets(text, { types: [...GUARDED_TYPES], knownIdentifiers: ids });
    } else {
      state.sensitive = [];
    }
    state.sensitiveSignature = signatureOf(state.sensitive);
    if (!state.sensitive.length) state.dismissed.sensitive = undefined;
    if (!state.scam) state.dismissed.scam = undefined;

    const cost = now() - started;
    state.slowUntil = cost > SLOW_SCAN_MS ? now() + Math.max(100, cost * 4) : 0;
    render(field, state, text);
  }

  function sectionsFor(field: WatchedField, state: FieldState, text: string): WarningSection[] {
    const sections: WarningSection[] = [];
    if (
      isPasswordInput(field) &&
      text.length > 0 &&
      options.isEnabled('password') &&
      state.dismissed.password !== true
    ) {
      sections.push({
        id: 'password',
        tone: 'danger',
        title: t('guardPasswordTitle'),
        lines: [t('guardPasswordExplain')],
        actionLabel: t('guardClear'),
      });
    }
    if (state.sensitive.length && state.dismissed.sensitive !== state.sensitiveSignature) {
      const types = state.sensitive.map((m) => m.type);
      sections.push({
        id: 'sensitive',
        tone: 'caution',
        title: t('guardSensitiveTitle'),
        lines: [t('guardSensitiveFound', describeTypes(types, lang)), t('guardSensitiveExplain')],
        actionLabel: t('guardRedact'),
      });
    }
    if (state.scam && options.isEnabled('paste-scam') && state.dismissed.scam !== state.scam.signature) {
      sections.push({
        id: 'scam',
        tone: 'danger',
        title: t('guardScamTitle'),
        lines: [...state.scam.kinds.map((k) => t(scamReasonKey(k))), t('guardScamExplain')],
      });
    }
    return sections;
  }

  function render(field: WatchedField, state: FieldState, text: string): void {
    const sections = sectionsFor(field, state, text);
    if (!sections.length) {
      hide(field, state);
      return;
    }
    if (!state.view) {
      state.view = createWarningView(doc, {
        onAction: (id) => act(field, id),
        onDismiss: () => dismiss(field),
      });
      shown.add(field);
    }
    const key = JSON.stringify(sections);
    if (key !== state.shownKey) {
      state.view.render({ sections, dismissLabel: t('guardDismiss'), ariaLabel: t('guardBoxLabel') });
      state.shownKey = key;
    }
    state.view.position(field.getBoundingClientRect());
  }

  function hide(field: WatchedField, state: FieldState): void {
    state.view?.remove();
    state.view = null;
    state.shownKey = '';
    shown.delete(field);
  }

  function act(field: WatchedField, id: WarningSection['id']): void {
    if (signal.aborted) return;
    const state = stateOf(field);
    if (id === 'password') {
      clearField(field);
    } else if (id === 'sensitive') {
      // Fresh matches on the current text, not the ones from the last scan: the user may have typed since.
      const matches = findSecrets(readFieldText(field), {
        types: [...GUARDED_TYPES],
        knownIdentifiers: knownIdentifiers(doc),
      });
      replaceFieldText(
        field,
        matches.map((m) => ({ start: m.start, end: m.end, replacement: maskValue(m.type, m.value) })),
      );
    }
    field.focus({ preventScroll: true });
    scan(field, state, knownIdentifiers(doc));
  }

  function dismiss(field: WatchedField): void {
    const state = stateOf(field);
    if (isPasswordInput(field)) state.dismissed.password = true;
    if (state.sensitive.length) state.dismissed.sensitive = state.sensitiveSignature;
    if (state.scam) state.dismissed.scam = state.scam.signature;
    hide(field, state);
    field.focus({ preventScroll: true });
  }

  const fieldOfEvent = (event: Event): WatchedField | null => {
    const path = event.composedPath();
    return watchedFieldOf(path.length ? path[0] : event.target);
  };

  const onInput = (event: Event) => {
    const field = fieldOfEvent(event);
    if (field) schedule(field);
  };

  const onPaste = (event: ClipboardEvent) => {
    const field = fieldOfEvent(event);
    if (!field) return;
    // clipboardData is only readable during the event; copying the string is all the handler does.
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (pasted) stateOf(field).pastedText = pasted.slice(0, MAX_PASTE_CHARS);
    schedule(field);
  };

  // A chat clears its composer by script when a message is sent (no input event): re-check shown warnings.
  const onActivity = () => {
    if (shown.size) for (const field of shown) schedule(field);
  };

  const onMove = () => {
    if (!shown.size || repositionScheduled) return;
    repositionScheduled = true;
    defer(() => {
      repositionScheduled = false;
      for (const field of shown) stateOf(field).view?.position(field.getBoundingClientRect());
    });
  };

  const capture = { capture: true, passive: true, signal } as const;
  doc.addEventListener('input', onInput, capture);
  doc.addEventListener('paste', onPaste as EventListener, capture);
  doc.addEventListener('keyup', onActivity, capture);
  doc.addEventListener('click', onActivity, capture);
  doc.addEventListener('scroll', onMove, capture);
  view?.addEventListener('resize', onMove, { passive: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      for (const field of shown) stateOf(field).view?.remove();
      shown.clear();
      pending.clear();
    },
    { once: true },
  );

  return {
    refresh() {
      for (const field of shown) schedule(field);
    },
    flush() {
      if (scheduled) runPending();
    },
  };
}
