/**
 * The inline warning: a small box beside the field, in its own shadow root so the shop's CSS cannot restyle it
 * and its CSS cannot leak into the shop. Plain DOM (no framework) keeps the content script small. Every string
 * goes in through textContent.
 *
 * The root is open so tests (and Playwright, whose CSS locators pierce open roots) can reach it; nothing in it is
 * secret — it names the kind of data found, never the value. The page can reach it too: its buttons act only on the
 * user's own clicks (isTrusted), never on one the page's script made.
 */

import { isEditable, watchedFieldOf } from './field-text';
import { type Box, boxesOverlap, type FieldObstacles, placeOverField, placeWarningBox } from './warning-layout';

export type WarningTone = 'caution' | 'danger';

export interface WarningSection {
  tone: WarningTone;
  title: string;
  lines: string[];
  /** Label of the section's action button (Redact, Clear), if it has one. */
  actionLabel?: string;
  /** Identifies the section in tests and in the click handler. */
  id: 'sensitive' | 'password' | 'scam';
}

export interface WarningModel {
  sections: WarningSection[];
  dismissLabel: string;
  ariaLabel: string;
}

export const GUARD_HOST_TAG = 'kefu-privacy-guard';

const STYLE = `
:host { all: initial; }
.box { box-sizing: border-box; max-width: min(380px, calc(100vw - 12px)); min-width: min(240px, calc(100vw - 12px)); padding: 10px 12px; border-radius: 8px;
  max-height: calc(100vh - 12px); overflow: auto;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f2328; background: #fff8e1; border: 1px solid #e0a800; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
.box.danger { background: #fdecea; border-color: #c62828; }
section + section { margin-top: 8px; padding-top: 8px; border-top: 1px solid rgba(0,0,0,.12); }
h2 { margin: 0 0 4px; font-size: 14px; font-weight: 700; }
.danger h2, section.danger h2 { color: #b71c1c; }
p { margin: 0 0 4px; }
.actions { display: flex; gap: 8px; margin-top: 8px; justify-content: flex-end; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 3px 12px; border: 1px solid #888; background: #fff; color: #1f2328; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
/* Over its field (a short editor frame): one row, the buttons beside one line of title and one of finding. */
.box.compact { display: flex; align-items: center; gap: 8px; padding: 3px 8px; min-width: 0; max-width: calc(100vw - 12px);
  max-height: none; overflow: hidden; font-size: 12px; line-height: 1.35; }
.compact .sections { flex: 1 1 auto; min-width: 0; }
.compact section + section { margin-top: 2px; padding-top: 2px; }
.compact h2 { font-size: 12px; margin: 0; }
.compact h2, .compact p { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.compact p { margin: 0; }
.compact p + p { display: none; }
.compact .actions { flex: none; margin-top: 0; }
.compact button { padding: 1px 8px; }
@media (prefers-color-scheme: dark) {
  .box { color: #f0f0f0; background: #3a3000; border-color: #c9a227; }
  .box.danger { background: #4a1414; border-color: #ef5350; }
  .danger h2, section.danger h2 { color: #ff8a80; }
  button { background: #2b2b2b; color: #f0f0f0; border-color: #8c8c8c; }
  button:focus-visible { outline-color: #8ab4f8; }
}`;

export interface WarningView {
  readonly host: HTMLElement;
  render(model: WarningModel): void;
  /**
   * Places the box above the field (below it when there is no room), in viewport coordinates, clear of the
   * `occupied` boxes (other fields' warnings) and of the fields in `options` (see placeWarningBox). A box with no
   * spot beside its field turns compact and goes over the field, off its text. Returns where it went, or null when
   * it is hidden: its field is not on screen, or no free spot is left.
   */
  position(anchor: DOMRect, occupied?: readonly Box[], options?: PlaceOptions): Box | null;
  /** Whether the box was on screen after the last position(). */
  readonly visible: boolean;
  /** Gives the keyboard focus to the box's first button (Tab from its field); false when the box is not shown. */
  focusFirstButton(): boolean;
  remove(): void;
}

export interface PlaceOptions extends FieldObstacles {
  /** Where the field's text is (sets of boxes, best first: the text, then the caret); asked only when needed. */
  textBoxes?(): Box[][];
}

export interface WarningHandlers {
  onAction(sectionId: WarningSection['id']): void;
  onDismiss(): void;
  /**
   * Tab past the box's last button, or Shift+Tab before its first: the box is where the keyboard was taken from the
   * field (see focusFirstButton), so the page's tab order goes on from the field.
   */
  onTabOut?(direction: 'back' | 'forward'): boolean;
}

export interface WarningViewOptions {
  /** Ends the document listener a press on the box adds (the guard's lifecycle). */
  signal?: AbortSignal;
  /** The language of the box's text (the UI's), which is often not the page's: read with the right voice and font. */
  lang?: string;
}

/** A field outside the viewport (and a field with no box at all) counts as off screen. */
function isOffscreen(anchor: DOMRect, viewport: { width: number; height: number }): boolean {
  return (anchor.width === 0 && anchor.height === 0) || !boxesOverlap(anchor, { top: 0, left: 0, ...viewport });
}

/** How long a second click counts as part of a double click (Windows' default; macOS and GNOME use about as long). */
const DOUBLE_CLICK_MS = 500;
const SHIELDED_EVENTS = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'dblclick',
  'pointercancel',
  'contextmenu',
  'auxclick',
] as const;
/** How long a taken press may be held before its release and click are the page's again (a cap; see shield). */
const HELD_PRESS_MS = 10_000;

/** The CSS zoom the host is under (html { zoom: 2 }): its top/left are scaled by it. */
function zoomOf(host: HTMLElement): number {
  const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

export function createWarningView(
  doc: Document,
  handlers: WarningHandlers,
  viewOptions: WarningViewOptions = {},
): WarningView {
  const host = doc.createElement(GUARD_HOST_TAG);
  host.setAttribute('data-testid', 'kefu-guard');
  // Inline !important: the page's stylesheet cannot hide or move the host (shadow :host rules lose to it).
  for (const [prop, value] of [
    ['position', 'fixed'],
    ['z-index', '2147483647'],
    ['display', 'block'],
    ['top', '0px'],
    ['left', '0px'],
    ['margin', '0'],
    ['padding', '0'],
  ] as const) {
    host.style.setProperty(prop, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'kefu-guard-box');
  // Every UI language the guard speaks is written left to right: the box must not take an RTL page's direction.
  box.setAttribute('dir', 'ltr');
  if (viewOptions.lang) box.setAttribute('lang', viewOptions.lang);
  root.append(style, box);
  // Where the box was placed last; null while it is hidden.
  let last: Box | null = null;
  // While a mouse button is down on the box it stays where it is: a box that moved between mousedown and mouseup
  // (the focus left a field for its button) would lose the click.
  let pressed = false;
  const release = () => {
    // After the click that follows this mouseup has run.
    setTimeout(() => {
      pressed = false;
    }, 0);
  };
  // Keep mouse-down inside the box, on its buttons too, from taking the focus from the field: the page's editor keeps
  // its caret and selection (Redact puts the caret back where it was), and sees no blur (Slate drops its selection).
  box.addEventListener('mousedown', (e) => {
    e.preventDefault();
    if (pressed || viewOptions.signal?.aborted) return;
    pressed = true;
    doc.addEventListener('mouseup', release, { capture: true, once: true, signal: viewOptions.signal });
  });
  // Not inside an editable body (a rich-text editor's iframe, `<body contenteditable>` or designMode): there the box
  // would become part of the text being written.
  const body = doc.body;
  const editableBody = body && isEditable(body);
  (body && !editableBody ? body : doc.documentElement).append(host);

  /**
   * A double click on Redact or Dismiss: the first click's action takes the box away or makes it shorter, and the
   * second would land on whatever is now where the box was, often the page's Send button (or another button of the
   * box). A main-button press there within a double click's time is taken before anyone sees it (capture phase, on the
   * document: before the page's element handlers, and before the box's own), and so are its release, click and
   * dblclick however long it is held (a click fires on release). Not a press into a field (a box placed over its
   * field): that only places the caret, the user's to do. The listeners go once the time is up and no taken press is
   * still down.
   */
  const shield = (area: Box) => {
    const until = Date.now() + DOUBLE_CLICK_MS;
    let held = false;
    const end = () => {
      for (const type of SHIELDED_EVENTS) doc.removeEventListener(type, swallow, true);
    };
    const endLater = () => setTimeout(() => !held && end(), Math.max(0, until - Date.now()));
    const swallow = (e: Event) => {
      const { type } = e;
      if (type === 'pointercancel' || type === 'contextmenu' || type === 'auxclick') {
        // A press that gives no click (a touch that scrolled, another button): nothing more of it to take.
        held = false;
        endLater();
        return;
      }
      if (type === 'pointerdown' || type === 'mousedown') {
        const { clientX: x, clientY: y, button } = e as MouseEvent;
        const inside = x >= area.left && x <= area.left + area.width && y >= area.top && y <= area.top + area.height;
        if (button !== 0 || Date.now() > until || !inside || watchedFieldOf(e.composedPath()[0])) return;
        held = true;
      } else if (!held) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      // The click, and a dblclick if the system counts one, come in the same task as the release.
      if (type === 'pointerup' || type === 'mouseup') {
        setTimeout(() => {
          held = false;
          endLater();
        }, 0);
      }
    };
    for (const type of SHIELDED_EVENTS) doc.addEventListener(type, swallow, true);
    endLater();
    // However the press ended, never longer than this.
    setTimeout(end, HELD_PRESS_MS);
  };

  // The box sits at the end of the page's tab order (appended to <body>), far from its field: the guard sends Tab from
  // the field here, and these keys send it back to the field's place in the page's order.
  // Only while the keyboard came from the field (focusFirstButton): reached by Tab from the end of the page, the box is
  // left by the browser's own order (to its toolbar), or Tab would cycle through the page for ever.
  let fromField = false;
  box.addEventListener('focusout', (e) => {
    if (!box.contains(e.relatedTarget as Node | null)) fromField = false;
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !fromField || !handlers.onTabOut) return;
    const buttons = box.querySelectorAll('button');
    const edge = e.shiftKey ? buttons[0] : buttons[buttons.length - 1];
    if (!edge || root.activeElement !== edge) return;
    if (handlers.onTabOut(e.shiftKey ? 'back' : 'forward')) e.preventDefault();
  });

  const button = (label: string, testId: string, primary: boolean, onClick: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('data-testid', testId);
    if (primary) b.className = 'primary';
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      // A click the page made (`button.click()`, a dispatched event) is not the user's: the root is open, so the
      // page's scripts can reach these buttons, and a Dismiss or Redact they pressed would act unseen. A browser sets
      // isTrusted on every event (false on those); a test DOM without it (happy-dom) leaves it undefined.
      if (e.isTrusted === false) return;
      const area = last;
      onClick();
      // A mouse click (Enter and Space give detail 0): the second click of a double click is the box's too.
      if (area && e.detail > 0) shield(area);
    });
    return b;
  };

  return {
    host,
    render(model) {
      box.replaceChildren();
      box.setAttribute('aria-label', model.ariaLabel);
      box.className = model.sections.some((s) => s.tone === 'danger') ? 'box danger' : 'box';
      const sections = doc.createElement('div');
      sections.className = 'sections';
      const actions = doc.createElement('div');
      actions.className = 'actions';
      for (const section of model.sections) {
        const el = doc.createElement('section');
        el.className = section.tone;
        el.setAttribute('data-testid', `kefu-guard-${section.id}`);
        const h = doc.createElement('h2');
        h.textContent = section.title;
        el.append(h);
        for (const line of section.lines) {
          const p = doc.createElement('p');
          p.textContent = line;
          el.append(p);
        }
        sections.append(el);
        if (section.actionLabel) {
          actions.append(
            button(section.actionLabel, `kefu-guard-${section.id}-action`, true, () => handlers.onAction(section.id)),
          );
        }
      }
      actions.append(button(model.dismissLabel, 'kefu-guard-dismiss', false, handlers.onDismiss));
      box.append(sections, actions);
    },
    get visible() {
      return last !== null;
    },
    focusFirstButton() {
      const first = box.querySelector('button');
      if (!last || !first) return false;
      first.focus({ preventScroll: true });
      fromField = root.activeElement === first;
      return fromField;
    },
    position(anchor, occupied = [], options = {}) {
      if (pressed && last) return last;
      const view = doc.defaultView;
      const vw = view?.innerWidth || doc.documentElement.clientWidth || 1024;
      const vh = view?.innerHeight || doc.documentElement.clientHeight || 768;
      const viewport = { width: vw, height: vh };
      // A field with no box on screen (its chat widget hidden, display:none), or scrolled out of the viewport, gets
      // no warning floating in a corner; it comes back with its field.
      const offscreen = isOffscreen(anchor, viewport);
      const measure = () => {
        const rect = box.getBoundingClientRect();
        return { width: rect.width || 320, height: rect.height || 120 };
      };
      const wasCompact = box.classList.contains('compact');
      box.classList.remove('compact');
      let placed = offscreen ? null : placeWarningBox(anchor, measure(), viewport, occupied, options);
      if (placed && boxesOverlap(placed, anchor)) {
        // No room above or below for the full box (a short window, a short editor frame): a compact box, above or
        // below the field where it fits, else over the field, off the text being typed (and kept where it is while
        // that spot stays clear).
        box.classList.add('compact');
        const compact = measure();
        placed = placeWarningBox(anchor, compact, viewport, occupied, options);
        if (!placed || boxesOverlap(placed, anchor)) {
          const current = wasCompact ? last : null;
          placed = placeOverField(anchor, compact, viewport, options.textBoxes?.() ?? [], current);
        }
      }
      host.style.setProperty('visibility', placed ? 'visible' : 'hidden', 'important');
      last = placed;
      if (!placed) return null;
      // Under CSS zoom (html { zoom: 2 }) the fixed host's top/left are scaled by it; the rects measured are not.
      const zoom = zoomOf(host);
      host.style.setProperty('top', `${Math.round(placed.top / zoom)}px`, 'important');
      host.style.setProperty('left', `${Math.round(placed.left / zoom)}px`, 'important');
      return placed;
    },
    remove() {
      host.remove();
    },
  };
}
