import { localeTag } from '../i18n/locale';
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
  isValueField,
  readFieldText,
  replaceFieldText,
  type WatchedField,
  watchedFieldOf,
} from './field-text';
import { collectKnownIdentifiers } from './known-identifiers';
import type { GuardKind } from './settings';
import {
  describeTypes,
  type GuardLang,
  type GuardPlatform,
  type GuardTranslate,
  guardSiteName,
  scamReasonKey,
} from './strings';
import { nextFocusable } from './tab-order';
import { type Box, boxesOverlap } from './warning-layout';
import { createWarningView, GUARD_HOST_TAG, type WarningSection, type WarningView } from './warning-view';

/**
 * What the typing guard warns about: what no real agent ever needs. Phone numbers and e-mail addresses are left
 * out on purpose — shoppers give them to sellers for delivery all the time, and a warning on every one would
 * teach people to ignore the guard.
 */
export const GUARDED_TYPES: readonly SensitiveType[] = [...SECRET_TYPES, 'crypto-wallet'];

/** A scan that took longer than this (ms) makes the next scan of that field wait a little (long pasted texts). */
const SLOW_SCAN_MS = 16;
const MAX_PASTE_CHARS = 20_000;
/**
 * A page changes a composer's value by script without any input event (a chat empties it after Send, a widget
 * fills in a draft, a page that keeps its own model writes it back on keydown). Such a change is noticed at the
 * next event that could go with it (keyup, click, change, focus, blur, submit; a keyup also scans a field never
 * scanned before), then by re-reading the warned fields' text (one string comparison each) while any warning is
 * shown: every WATCH_MS while a warned field has the focus or for SETTLE_MS after the last such event, every
 * IDLE_WATCH_MS otherwise (a chat that clears its box once a slow server answered, or replaces the composer: a
 * removed field loses its warning). Editors (contenteditable) are watched by a MutationObserver instead (the watch
 * only checks they are still in the page: a long editor's text costs milliseconds to read). The watch pauses while
 * the page is hidden, and its idle pace while every box is hidden (a ResizeObserver, scroll and resize bring a box
 * back with its field).
 */
export const WATCH_MS = 300;
export const IDLE_WATCH_MS = 1_000;
const SETTLE_MS = 2_000;
const ACTIVITY_EVENTS = ['keyup', 'click', 'change', 'focusin', 'focusout', 'submit'] as const;

export interface PrivacyGuardOptions {
  document: Document;
  /** Tears everything down (WXT: `ctx.signal`). */
  signal: AbortSignal;
  translate: GuardTranslate;
  lang: GuardLang;
  /** Whose customer service the page is, named in the warnings (both platforms when null or absent). */
  platform?: GuardPlatform;
  /** Asked at every scan, so a settings change applies at once. */
  isEnabled(guard: GuardKind): boolean;
  /** Runs a task soon, off the event handler (default: requestAnimationFrame). */
  defer?(task: () => void): void;
  /** Runs a task after `ms` (default: setTimeout). */
  later?(task: () => void, ms: number): void;
  now?(): number;
  knownIdentifiers?(doc: Document): string[];
  /**
   * False once the extension is gone (reloaded, updated, removed), when the caller aborts `signal` (WXT:
   * `ctx.isValid`). Asked where the user meets the warning without a deferred task between: the page shown again, a
   * click on a box's button.
   */
  isLive?(): boolean;
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
  /** The text the last scan read: a field whose text differs has been changed since, by the user or the page. */
  scannedText: string | null;
  /** Watches a warned editor for changes made by script; null for inputs and textareas. */
  observer: MutationObserver | null;
}

const boxOf = (rect: DOMRect): Box => ({ top: rect.top, left: rect.left, width: rect.width, height: rect.height });

const isGuardHost = (target: unknown): boolean =>
  typeof target === 'object' && target !== null && (target as Element).localName === GUARD_HOST_TAG;

/** Whether the focus moves into or out of a warning box (its buttons): no reason for the boxes to move. */
function focusInGuard(event: Event): boolean {
  if (isGuardHost((event as FocusEvent).relatedTarget)) return true;
  return event.composedPath().some(isGuardHost) || isGuardHost(event.target);
}

const CLIPS = /^(hidden|scroll|auto|clip)$/;

/** A field shown nowhere: scrolled out of a scrolling box that holds it (the viewport is checked by the view). */
function clippedOut(field: Element, rect: DOMRect): boolean {
  const win = field.ownerDocument.defaultView;
  if (!win || (rect.width === 0 && rect.height === 0)) return false;
  let node: Element | null = field.parentElement;
  const root = field.ownerDocument.documentElement;
  while (node && node !== root && node !== field.ownerDocument.body) {
    const style = win.getComputedStyle(node);
    if (CLIPS.test(style.overflowX) || CLIPS.test(style.overflowY) || CLIPS.test(style.overflow)) {
      if (!boxesOverlap(rect, node.getBoundingClientRect())) return true;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof Element ? parent : ((parent as ShadowRoot | null)?.host ?? null);
  }
  return false;
}

/** Stands for a field shown nowhere: its box is hidden. */
const NOWHERE = { top: 0, left: 0, width: 0, height: 0, bottom: 0, right: 0, x: 0, y: 0 } as DOMRect;

function signatureOf(matches: readonly SensitiveMatch[]): string {
  return matches.map((m) => `${m.type}:${m.value}`).join('\u0000');
}

/**
 * The in-page half of the privacy guard. Listens once on the document (capture phase), so fields added later and
 * fields inside open shadow roots are covered; the listeners note the field, compare its text with the last scan
 * and schedule a scan, and re-place the warnings on focus, scroll and resize.
 * Reads only the watched field's text, sends nothing, stores nothing.
 */
export function startPrivacyGuard(options: PrivacyGuardOptions): PrivacyGuard {
  const doc = options.document;
  const { signal, translate: t, lang } = options;
  const platform = options.platform ?? null;
  const view = doc.defaultView;
  const defer =
    options.defer ??
    ((task: () => void) => (view?.requestAnimationFrame ? view.requestAnimationFrame(() => task()) : setTimeout(task)));
  const later = options.later ?? ((task: () => void, ms: number) => setTimeout(task, ms));
  const now = options.now ?? (() => performance.now());
  const knownIdentifiers = options.knownIdentifiers ?? collectKnownIdentifiers;
  const isLive = options.isLive ?? (() => true);

  const states = new WeakMap<WatchedField, FieldState>();
  const shown = new Set<WatchedField>();
  const pending = new Set<WatchedField>();
  let scheduled = false;
  let repositionScheduled = false;
  // The watched field that has the keyboard focus (the guard may start, at document_idle, while the user is already
  // in one), and the one the user last typed in or focused.
  let focusedField: WatchedField | null = watchedFieldOf(doc.activeElement);
  let lastActiveField: WatchedField | null = null;
  let watching = false;
  let settleUntil = 0;
  const settling = new Map<WatchedField, number>();
  // The last field scanned with text in it, kept after the page removes it: a chat that re-renders its composer copies
  // the user's text into a new element, which is then the same composer (see `takeOver`).
  let lastScanned: WatchedField | null = null;
  // Fields with an IME composition going on (compositionstart … compositionend), and a box's action pressed meanwhile.
  const composing = new WeakSet<WatchedField>();
  const afterComposition = new Map<WatchedField, WarningSection['id']>();

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
        scannedText: null,
        observer: null,
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
      // Let a removed composer go (a chat widget closed and rebuilt).
      if (focusedField === field) focusedField = null;
      if (lastActiveField === field) lastActiveField = null;
      return;
    }
    const started = now();
    const text = readFieldText(field);
    state.scannedText = text;
    if (text) lastScanned = field;

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
        lines: [
          t('guardSensitiveFound', describeTypes(types, lang)),
          t('guardSensitiveExplain', guardSiteName(platform, lang, 'agent')),
        ],
        actionLabel: t('guardRedact'),
      });
    }
    if (state.scam && options.isEnabled('paste-scam') && state.dismissed.scam !== state.scam.signature) {
      sections.push({
        id: 'scam',
        tone: 'danger',
        title: t('guardScamTitle'),
        lines: [
          ...state.scam.kinds.map((k) => t(scamReasonKey(k))),
          t('guardScamExplain', guardSiteName(platform, lang, 'site')),
        ],
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
      state.view = createWarningView(
        doc,
        {
          onAction: (id) => act(field, id),
          onDismiss: () => dismiss(field),
          onTabOut: (direction) => {
            const to = direction === 'back' ? field : nextFocusable(field);
            if (!to) return false;
            to.focus();
            // The focus came from a box, which keeps the boxes where they are (focusInGuard): they must now move off
            // the control the keyboard is on, as they do for a field focused from the page.
            layout();
            return true;
          },
        },
        { signal, lang: localeTag(lang) },
      );
      shown.add(field);
      state.observer = observeEditor(field);
      resizeObserver?.observe(field);
    }
    const key = JSON.stringify(sections);
    if (key !== state.shownKey) {
      state.view.render({ sections, dismissLabel: t('guardDismiss'), ariaLabel: t('guardBoxLabel') });
      state.shownKey = key;
    }
    layout(); // which starts the value watch
  }

  function hide(field: WatchedField, state: FieldState): void {
    state.view?.remove();
    state.view = null;
    state.shownKey = '';
    state.observer?.disconnect();
    state.observer = null;
    resizeObserver?.unobserve(field);
    shown.delete(field);
    if (shown.size) layout();
  }

  /** A warned editor changed by script (emptied after Send, a draft restored) is scanned again. */
  function observeEditor(field: WatchedField): MutationObserver | null {
    const Observer = field.ownerDocument.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (isValueField(field) || !Observer) return null;
    const observer = new Observer(() => {
      if (!signal.aborted) schedule(field);
    });
    observer.observe(field, { childList: true, subtree: true, characterData: true });
    return observer;
  }

  /**
   * Places every shown warning, so no two overlap and none covers the focused field (nor, where there is room, any
   * warned field): the field the user is in (else the one last typed in) first, at its usual spot; the others
   * around it, hidden when there is no room left (they come back with their field's focus).
   */
  function layout(): void {
    const primary = focusedField && shown.has(focusedField) ? focusedField : lastActiveField;
    const ordered = [...shown].sort((a, b) => Number(b === primary) - Number(a === primary));
    const rects = new Map(ordered.map((field) => [field, field.getBoundingClientRect()] as const));
    const focusRect = focusedField?.isConnected
      ? (rects.get(focusedField) ?? focusedField.getBoundingClientRect())
      : null;
    const options = { focused: focusRect ? boxOf(focusRect) : null, fields: [...rects.values()].map(boxOf) };
    const occupied: Box[] = [];
    for (const field of ordered) {
      const rect = rects.get(field)!;
      const placed = stateOf(field).view?.position(clippedOut(field, rect) ? NOWHERE : rect, occupied, {
        ...options,
        textBoxes: () => textBoxesOf(field),
      });
      if (placed) occupied.push(placed);
    }
    // A box back on screen brings back the watch that stops while every box is hidden.
    watch();
  }

  /** Where an editor's text is, then its caret (a textarea's text cannot be measured: none). */
  function textBoxesOf(field: WatchedField): Box[][] {
    if (isValueField(field)) return [];
    const fieldDoc = field.ownerDocument;
    const text = fieldDoc.createRange();
    text.selectNodeContents(field);
    const sets = [[boxOf(text.getBoundingClientRect())]];
    const selection = fieldDoc.getSelection?.();
    const caret = selection?.rangeCount ? selection.getRangeAt(0) : null;
    if (caret && field.contains(caret.endContainer)) {
      const line = caretLineOf(field, caret, selection!);
      if (line) sets.push([line]);
    }
    return sets;
  }

  /**
   * The caret's line. A collapsed caret on an empty line (just after Enter) has an empty range rect: then the
   * collapsed range's client rects, else the element the caret is in (the new line's <div>), unless that is the
   * field itself.
   */
  function caretLineOf(field: WatchedField, caret: Range, selection: Selection): Box | null {
    const rect = caret.getBoundingClientRect();
    if (rect.height > 0) return boxOf(rect);
    const collapsed = caret.cloneRange();
    collapsed.collapse(false);
    const line = [...collapsed.getClientRects()].find((r) => r.height > 0);
    if (line) return boxOf(line);
    const node = selection.focusNode ?? caret.endContainer;
    let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (element === field) {
      // The caret between the field's children: the one after it (a <br> or a line), else the one before it.
      const offset = node === selection.focusNode ? selection.focusOffset : caret.endOffset;
      const near = [node.childNodes[offset], node.childNodes[offset - 1]].find((child) => child?.nodeType === 1);
      element = (near as Element | undefined) ?? null;
    }
    if (!element || element === field || !field.contains(element)) return null;
    const box = element.getBoundingClientRect();
    return box.height > 0 ? boxOf(box) : null;
  }

  /** Scans again a field whose text changed since its last scan without an input event saying so; with
   * `unscanned`, also one never scanned that holds text (a page that sets the text itself, no input event). */
  function recheck(field: WatchedField, unscanned = false): void {
    if (pending.has(field)) return;
    const state = states.get(field);
    if (!field.isConnected) {
      if (state?.view) schedule(field);
      return;
    }
    // A warned editor's MutationObserver sees every change of its text: nothing to read (a long editor's text
    // costs milliseconds).
    if (state?.observer) return;
    const scanned = state?.scannedText ?? null;
    if (scanned === null && !unscanned) return;
    if (readFieldText(field) !== (scanned ?? '')) schedule(field);
  }

  /** Re-checks every warned field but `except` (the event's own field, checked already). */
  function recheckShown(except: WatchedField | null = null): void {
    for (const field of shown) if (field !== except) recheck(field);
  }

  /**
   * A composer the page re-rendered: the user's element is gone and a new one, never scanned, holds exactly the text
   * last scanned in it. The new one is that composer: scanned now, with what the user dismissed there.
   */
  function takeOver(gone: WatchedField, field: WatchedField): void {
    const before = states.get(gone);
    if (!before?.scannedText || states.get(field)?.scannedText != null) return;
    if (readFieldText(field) !== before.scannedText) return;
    stateOf(field).dismissed = { ...before.dismissed };
    lastScanned = null;
    schedule(field);
  }

  /**
   * Starts the value watch (see WATCH_MS) unless it runs; it runs while any warning is shown, not while the page
   * is hidden (a tab in the background: it resumes when shown again), and, away from the user's activity, not while
   * every box is hidden (off screen, no room: the next event, scroll or resize re-checks them).
   */
  function watch(): void {
    if (watching || signal.aborted || (!shown.size && !settling.size) || doc.hidden) return;
    const focusedWarned = focusedField !== null && shown.has(focusedField) && focusedField.isConnected;
    const busy = focusedWarned || now() < settleUntil || settling.size > 0;
    if (!busy && ![...shown].some((field) => states.get(field)?.view?.visible)) return;
    watching = true;
    later(watchTick, busy ? WATCH_MS : IDLE_WATCH_MS);
  }

  function watchTick(): void {
    watching = false;
    if (signal.aborted || doc.hidden) return;
    for (const [field, until] of settling) {
      if (now() > until) settling.delete(field);
      else recheck(field, true);
    }
    recheckShown();
    watch();
  }

  /**
   * After a paste or an IME composition the page may put the text in itself, at once or a moment later, with no input
   * event (a chat that handles paste, a web IME): the field is re-checked at each watch tick for SETTLE_MS, warned or
   * not. Only the field the user pasted or composed in.
   */
  function settle(field: WatchedField): void {
    settling.set(field, now() + SETTLE_MS);
    watch();
  }

  function act(field: WatchedField, id: WarningSection['id']): void {
    if (signal.aborted) return;
    // An orphaned script (its warning shown until its next watch tick) has no strings left to show the box again with,
    // in Chromium not even browser.i18n: asking notices it (WXT aborts, which takes the boxes away). The text is still
    // masked as the user asked; only the warning's new state is not shown.
    const live = isLive();
    // Not under an IME composition (pinyin waiting for its characters; the box's buttons leave it going): the browser
    // replaces the composition's range when the user picks the characters, and an edit before it widens that range,
    // so the pick replaced the mask and the text around it too (Chromium: "卡号 **** **** **** 1111 xie" became
    // "卡号 谢谢"). The action waits for the composition's end.
    if (composing.has(field)) {
      if (live) afterComposition.set(field, id);
      // Orphaned, the guard's listeners are gone with WXT's signal (and its deferred tasks never run): one of the
      // field's own masks at the composition's end, after the page's handlers, as asked.
      else field.addEventListener('compositionend', () => setTimeout(() => apply(field, id, false)), { once: true });
      return;
    }
    apply(field, id, live);
  }

  function apply(field: WatchedField, id: WarningSection['id'], live: boolean): void {
    const state = stateOf(field);
    const ids = knownIdentifiers(doc);
    // The focus back in the field first (from the box's button, for a keyboard user, or from another field): Redact
    // edits as the user would, in the focused field.
    field.focus({ preventScroll: true });
    if (id === 'password') {
      clearField(field);
    } else if (id === 'sensitive') {
      // Fresh matches on the current text, not the ones from the last scan: the user may have typed since.
      const matches = findSecrets(readFieldText(field), {
        types: [...GUARDED_TYPES],
        knownIdentifiers: ids,
      });
      replaceFieldText(
        field,
        matches.map((m) => ({ start: m.start, end: m.end, replacement: maskValue(m.type, m.value) })),
      );
    }
    if (live) scan(field, state, ids);
  }

  function dismiss(field: WatchedField): void {
    const state = stateOf(field);
    afterComposition.delete(field); // a Redact pressed during the composition is called off too
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

  // Fields that had an input event between a keydown and its keyup: that keystroke is scanned already, and its keyup
  // need not read the field's text again (a 50,000-character editor: ~8 ms a read). A keydown starts afresh, so an
  // input event of our own (Redact) never excuses the next keystroke, which the page may handle itself.
  const typedIn = new WeakSet<WatchedField>();
  const onKeydown = (event: Event) => {
    const field = fieldOfEvent(event);
    if (!field) return;
    typedIn.delete(field);
    // Tab from a warned field goes to its warning's Redact button first: appended to <body>, the box would come after
    // every control of the page, and the shop's Send button before it (Tab, Enter: the card number sent).
    const key = event as KeyboardEvent;
    if (key.key !== 'Tab' || key.shiftKey || key.altKey || key.ctrlKey || key.metaKey || key.isComposing) return;
    const view = shown.has(field) ? states.get(field)?.view : null;
    if (view?.focusFirstButton()) event.preventDefault();
  };

  const onInput = (event: Event) => {
    const field = fieldOfEvent(event);
    if (!field) return;
    lastActiveField = field;
    typedIn.add(field);
    schedule(field);
  };

  const onPaste = (event: ClipboardEvent) => {
    const field = fieldOfEvent(event);
    if (!field) return;
    lastActiveField = field;
    // clipboardData is only readable during the event; copying the string is all the handler does.
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (pasted) stateOf(field).pastedText = pasted.slice(0, MAX_PASTE_CHARS);
    schedule(field);
    settle(field);
  };

  const onCompositionStart = (event: Event) => {
    const field = fieldOfEvent(event);
    if (field) composing.add(field);
  };

  const onCompositionEnd = (event: Event) => {
    const field = fieldOfEvent(event);
    if (!field) return;
    lastActiveField = field;
    composing.delete(field);
    const pendingAction = afterComposition.get(field);
    afterComposition.delete(field);
    // After the page's own handlers of this event (an editor takes the composed text into its model then).
    if (pendingAction) defer(() => act(field, pendingAction));
    settle(field);
  };

  // What may go with a change made by script (the shop's Send button, Enter, a form's submit, leaving the field): the
  // text of the warned fields (and of the event's own field, if it was scanned before) is compared with what was
  // scanned, now and for a short while after (see WATCH_MS).
  const onActivity = (event: Event) => {
    const field = fieldOfEvent(event);
    if (event.type === 'focusin' && field) {
      focusedField = field;
      lastActiveField = field;
      if (lastScanned && lastScanned !== field && !lastScanned.isConnected) takeOver(lastScanned, field);
    } else if (event.type === 'focusout' && field === focusedField) {
      focusedField = null;
    }
    // A keyup whose keystroke raised no input event (the page set the text itself) scans a field even if it never was.
    if (field && !(event.type === 'keyup' && typedIn.delete(field))) recheck(field, event.type === 'keyup');
    if (!shown.size) return;
    recheckShown(field);
    settleUntil = now() + SETTLE_MS;
    watch();
    // The focused field's warning takes the first place (its own field is where the user looks), and no warning
    // may cover the focused field. Not when the focus goes into a box (a mousedown on its button) or leaves it: the
    // box must stay under the pointer for the click.
    if ((event.type === 'focusin' || event.type === 'focusout') && !focusInGuard(event)) layout();
  };

  const onVisibility = () => {
    // A warning of a script orphaned while its tab was in the background goes as the tab is shown.
    if (doc.hidden || !shown.size || !isLive()) return;
    recheckShown();
    watch();
  };

  const onMove = () => {
    if (!shown.size || repositionScheduled) return;
    repositionScheduled = true;
    defer(() => {
      repositionScheduled = false;
      layout();
    });
  };

  // A warned field shown again (its widget back from display:none) or resized gets its box placed again.
  const Resize = view?.ResizeObserver ?? globalThis.ResizeObserver;
  const resizeObserver = Resize
    ? new Resize(() => {
        if (!signal.aborted) onMove();
      })
    : null;

  const capture = { capture: true, passive: true, signal } as const;
  const listen = () => {
    // Adding a listener that is already there does nothing, so this may run again at will.
    // Not passive: Tab from a warned field is taken to its warning (onKeydown).
    doc.addEventListener('keydown', onKeydown, { capture: true, signal });
    doc.addEventListener('input', onInput, capture);
    doc.addEventListener('paste', onPaste as EventListener, capture);
    doc.addEventListener('compositionstart', onCompositionStart, capture);
    doc.addEventListener('compositionend', onCompositionEnd, capture);
    for (const type of ACTIVITY_EVENTS) doc.addEventListener(type, onActivity, capture);
    doc.addEventListener('scroll', onMove, capture);
    doc.addEventListener('visibilitychange', onVisibility, { passive: true, signal });
    view?.addEventListener('resize', onMove, { passive: true, signal });
  };
  listen();
  // document.open() (KindEditor, CKEditor 4 write their about:blank editor frame, maybe after the guard started)
  // erases every listener of the document and its window, and replaces the document's children: an observer on the
  // Document node survives it, sees that, and the listeners go back on.
  const DocObserver = view?.MutationObserver ?? globalThis.MutationObserver;
  const rewriteObserver = DocObserver
    ? new DocObserver(() => {
        if (signal.aborted) return;
        listen();
        recheckShown();
      })
    : null;
  rewriteObserver?.observe(doc, { childList: true });

  signal.addEventListener(
    'abort',
    () => {
      for (const field of shown) {
        const state = stateOf(field);
        state.view?.remove();
        state.observer?.disconnect();
      }
      shown.clear();
      pending.clear();
      settling.clear();
      afterComposition.clear();
      lastScanned = null;
      rewriteObserver?.disconnect();
      resizeObserver?.disconnect();
      focusedField = null;
      lastActiveField = null;
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
