/**
 * Reading and rewriting the text of the fields the guard watches: text inputs, textareas and contenteditable
 * editors (旺旺's composer is a `pre.edit[contenteditable=true]`, 2026-09). Text is only ever set as plain text
 * (the browser's insertText command, a `beforeinput` offer, `value` or text nodes' data), never as HTML, so page
 * or user text can never become markup.
 */

export type WatchedField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** Input types that hold free text. `number` is left out: it cannot hold a masked value. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', '']);

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'PRE', 'BLOCKQUOTE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isTextInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).type || '').toLowerCase());
}

export function isPasswordInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && (el as HTMLInputElement).type.toLowerCase() === 'password';
}

export function isEditable(el: HTMLElement): boolean {
  if (el.isContentEditable) return true;
  // A designMode document (an older rich-text editor's iframe) is editable throughout.
  if (el.ownerDocument.designMode === 'on') return true;
  // happy-dom and a few old engines do not compute isContentEditable from ancestors.
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/**
 * The field an event target belongs to: the input/textarea itself, or the editing host (outermost editable
 * ancestor) of a contenteditable. Null for anything else (checkboxes, number inputs, plain elements).
 */
export function watchedFieldOf(target: unknown): WatchedField | null {
  if (!isElement(target)) return null;
  if (target.tagName === 'TEXTAREA') return (target as HTMLTextAreaElement).readOnly ? null : target;
  if (target.tagName === 'INPUT') return isTextInput(target) && !target.readOnly ? target : null;
  if (!isEditable(target)) return null;
  const root = target.ownerDocument.documentElement;
  // The editing host is never above the body: in designMode the <html> element is "editable" too, but its text
  // would bring in the <head>'s.
  if (target === root) return target.ownerDocument.body;
  let host: HTMLElement = target;
  for (
    let parent = host.parentElement;
    parent && parent !== root && isEditable(parent);
    parent = parent.parentElement
  ) {
    host = parent;
  }
  return host;
}

export function isValueField(field: WatchedField): field is HTMLInputElement | HTMLTextAreaElement {
  return field.tagName === 'INPUT' || field.tagName === 'TEXTAREA';
}

/** A piece of an editor's text: a text node, or a line break standing for a `<br>` or a block boundary. */
interface Segment {
  node: Text | null;
  start: number;
  end: number;
  /** For a line break: where the line after it starts (a caret there, on an empty line, has no text node). */
  next?: [Node, number];
}

/**
 * An editor's text as the user sees it, with a map back to text nodes. Block elements and `<br>` become "\n"
 * so digits on two lines are not read as one number.
 */
export function editorText(root: HTMLElement): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let text = '';
  const pushBreak = (next: [Node, number]) => {
    if (text.length > 0 && !text.endsWith('\n')) {
      segments.push({ node: null, start: text.length, end: text.length + 1, next });
      text += '\n';
    }
  };
  const walk = (node: Node) => {
    let index = 0;
    for (let child = node.firstChild; child; child = child.nextSibling, index++) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length) {
          segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
          text += data;
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') pushBreak([node, index + 1]);
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        else if (BLOCK_TAGS.has(tag)) {
          pushBreak([child, 0]);
          walk(child);
          pushBreak(child.nextSibling ? [child.nextSibling, 0] : [node, index + 1]);
        } else walk(child);
      }
    }
  };
  walk(root);
  return { text, segments };
}

export function readFieldText(field: WatchedField): string {
  return isValueField(field) ? field.value : editorText(field).text;
}

export interface TextReplacement {
  start: number;
  end: number;
  replacement: string;
}

/** Applies replacements (non-overlapping) to a string. */
export function applyReplacements(text: string, replacements: readonly TextReplacement[]): string {
  let out = '';
  let cursor = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, r.start) + r.replacement;
    cursor = r.end;
  }
  return out + text.slice(cursor);
}

function fireInput(field: HTMLElement): void {
  const view = field.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent;
  const event = InputEventCtor
    ? new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' })
    : new Event('input', { bubbles: true, composed: true });
  field.dispatchEvent(event);
}

/** The field's selection, or null where its type has none (email, number). */
function selection(field: HTMLInputElement | HTMLTextAreaElement): [number, number] | null {
  try {
    return field.selectionStart === null || field.selectionEnd === null
      ? null
      : [field.selectionStart, field.selectionEnd];
  } catch {
    return null;
  }
}

/** Where `offset` lands after the replacements: moved by those before it, at the end of one it falls inside. */
function shifted(offset: number, replacements: readonly TextReplacement[]): number {
  let delta = 0;
  for (const r of replacements) {
    if (r.end <= offset) delta += r.replacement.length - (r.end - r.start);
    else if (r.start < offset) return r.start + delta + r.replacement.length;
  }
  return offset + delta;
}

/** Sets an input's value the way a user edit would, so React/Vue-style frameworks notice it. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = field.ownerDocument.defaultView;
  const proto = field.tagName === 'INPUT' ? view?.HTMLInputElement?.prototype : view?.HTMLTextAreaElement?.prototype;
  // The prototype's setter, not the element's own property: React tracks the last value on the instance and only
  // reports a change when the native setter moved the value under it.
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/** The selection an editor's caret is in (a shadow root's own in Chrome, whose document's points at the host). */
function selectionOf(field: HTMLElement): Selection | null {
  const root = field.getRootNode() as Node & { getSelection?(): Selection | null };
  return (root !== field.ownerDocument && root.getSelection?.()) || field.ownerDocument.getSelection?.() || null;
}

const FOLLOWS = 4 | 16; // Node.DOCUMENT_POSITION_FOLLOWING | DOCUMENT_POSITION_CONTAINED_BY

/** A DOM point of an editor as an offset in its text: in a text node, or before the first text after the point. */
function offsetOf(segments: readonly Segment[], node: Node, offset: number): number {
  const own = segments.find((s) => s.node === node);
  if (own) return own.start + Math.min(offset, own.end - own.start);
  const next = node.nodeType === 3 ? node : (node.childNodes[offset] ?? null);
  const seg = segments.find(
    (s) =>
      s.node &&
      (next
        ? s.node === next || next.compareDocumentPosition(s.node) & FOLLOWS
        : !node.contains(s.node) && node.compareDocumentPosition(s.node) & 4),
  );
  return seg ? seg.start : (segments.at(-1)?.end ?? 0);
}

/** The text node and offset at `offset` of an editor's text: in the node that starts there when `forward`. */
function pointAt(segments: readonly Segment[], offset: number, forward: boolean): [Text, number] | null {
  let fallback: [Text, number] | null = null;
  for (const s of segments) {
    if (!s.node || offset < s.start || offset > s.end) continue;
    if (forward ? offset < s.end : offset > s.start) return [s.node, offset - s.start];
    fallback ??= [s.node, offset - s.start];
  }
  return fallback;
}

/**
 * A selection end that is not in a text node (the empty line after Enter, `<div><br></div>`; after a `<br>`) has no
 * offset of its own in the text (it reads as the end of the text before it, where the caret would then go back to):
 * it is also kept as a live Range, which the browser keeps at that point through edits of other nodes.
 */
interface Pin {
  node: Node;
  range: Range;
}

interface Caret {
  anchor: number;
  focus: number;
  pins: [Pin | null, Pin | null];
}

function pin(node: Node, offset: number): Pin | null {
  if (node.nodeType === 3) return null;
  const range = node.ownerDocument?.createRange();
  if (!range) return null;
  range.setStart(node, offset);
  return { node, range };
}

/** The field's selection as offsets in its text (anchor, focus), or null when it is not in the field. */
function caretOf(field: WatchedField): Caret | null {
  if (isValueField(field)) {
    const range = selection(field);
    return range && { anchor: range[0], focus: range[1], pins: [null, null] };
  }
  const sel = selectionOf(field);
  const { anchorNode, focusNode } = sel ?? {};
  if (!sel || !anchorNode || !focusNode || !field.contains(anchorNode) || !field.contains(focusNode)) return null;
  const { segments } = editorText(field);
  return {
    anchor: offsetOf(segments, anchorNode, sel.anchorOffset),
    focus: offsetOf(segments, focusNode, sel.focusOffset),
    pins: [pin(anchorNode, sel.anchorOffset), pin(focusNode, sel.focusOffset)],
  };
}

/** Selects a range of the field's text; false when it cannot. */
function select(field: WatchedField, start: number, end: number): boolean {
  if (isValueField(field)) {
    try {
      field.setSelectionRange(start, end);
      return field.selectionStart === start && field.selectionEnd === end;
    } catch {
      return false; // email and the like: no selection
    }
  }
  const { segments } = editorText(field);
  const from = pointAt(segments, start, start < end);
  const to = pointAt(segments, end, start === end);
  const sel = field.ownerDocument.getSelection?.();
  if (!from || !to || !sel?.setBaseAndExtent) return false;
  sel.setBaseAndExtent(from[0], from[1], to[0], to[1]);
  return true;
}

/**
 * Replaces a range as the user's own edit would, so an editor that keeps its own model of the text (Slate, Draft,
 * Lexical: their Send sends the model, not the DOM) takes it in: an editor is first offered a `beforeinput` (which
 * the browser's command does not fire), and one that cancels it has made the edit itself; else the browser's
 * insertText makes it (one Ctrl+Z step, seen through `input` and the DOM as typing is). Only in the focused field (the
 * box's buttons never take the focus from it). False where the field is not focused or the browser has no such command.
 */
function insertAsTyped(field: WatchedField, r: TextReplacement): boolean | 'taken' {
  const doc = field.ownerDocument;
  // The command writes where the focus is: with the focus in another field (a box of an earlier field clicked while
  // typing in a second one), it would type the mask into that one.
  const active = (field.getRootNode() as Document | ShadowRoot).activeElement;
  if (!active || !(active === field || (!isValueField(field) && field.contains(active)))) return false;
  if (typeof doc.execCommand !== 'function' || !select(field, r.start, r.end)) return false;
  const view = doc.defaultView;
  // An input's selection is its own: the document's may hold no range then (Firefox), and getRangeAt(0) would throw.
  const sel = isValueField(field) ? null : doc.getSelection?.();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (view?.InputEvent && view.StaticRange && range) {
    const offer = new view.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertText',
      data: r.replacement,
      targetRanges: [new view.StaticRange(range)],
    });
    if (!field.dispatchEvent(offer)) return 'taken';
  }
  try {
    return doc.execCommand('insertText', false, r.replacement);
  } catch {
    return false;
  }
}

/** Text as compared after an edit: an editor may write an inserted space as a no-break space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Replaces a range by writing the value or the text nodes directly (no insertText, or the page ignored it). */
function writeDirectly(field: WatchedField, r: TextReplacement): void {
  if (isValueField(field)) {
    setValue(field, applyReplacements(field.value, [r]));
    return;
  }
  let placed = false;
  for (const seg of editorText(field).segments) {
    if (!seg.node || seg.start >= r.end || seg.end <= r.start) continue;
    const from = Math.max(r.start, seg.start) - seg.start;
    const to = Math.min(r.end, seg.end) - seg.start;
    // replaceData, not `data =`: a caret after the range in this node stays after it.
    seg.node.replaceData(from, to - from, placed ? '' : r.replacement);
    placed = true;
  }
}

/** Puts the selection back at offsets of the field's text (a pinned end at its pin while its node is still there). */
function placeCaret(field: WatchedField, caret: Caret, replacements: readonly TextReplacement[]): void {
  const anchor = shifted(caret.anchor, replacements);
  const focus = shifted(caret.focus, replacements);
  if (isValueField(field)) {
    try {
      field.setSelectionRange(Math.min(anchor, focus), Math.max(anchor, focus));
    } catch {
      // no selection in this input type
    }
    return;
  }
  const { segments } = editorText(field);
  // A pin is taken only where it still reads as the same offset: one whose node the page removed (an editor that
  // renders anew) has moved to the parent, and one in an emptied and refilled element to its start.
  const point = (offset: number, pinned: Pin | null): [Node, number] | null => {
    const { node, range } = pinned ?? {};
    if (node && range?.startContainer === node && field.contains(node)) {
      if (offsetOf(segments, node, range.startOffset) === offset) return [node, range.startOffset];
    }
    // Else the start of the line there when it has no text (the empty line after Enter in an editor that rendered
    // anew): pointAt finds none, and the caret stayed after the mask, on the line above.
    return pointAt(segments, offset, false) ?? segments.find((s) => s.next && s.end === offset)?.next ?? null;
  };
  const a = point(anchor, caret.pins[0]);
  const f = point(focus, caret.pins[1]);
  if (a && f) field.ownerDocument.getSelection?.()?.setBaseAndExtent(a[0], a[1], f[0], f[1]);
}

/**
 * Several replacements as one, from the first's start to the last's end with the text between them kept, where that
 * text is plain (an input's value, or one text node of an editor): each insertText is one step of the page's undo, and
 * one Ctrl+Z after Redact unmasked the card but left the CVV and the code masked. Across elements they stay apart: one
 * insertText over them would merge the elements between (a bold word, a link, a line).
 */
function asOneEdit(field: WatchedField, text: string, ordered: readonly TextReplacement[]): readonly TextReplacement[] {
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last || first === last) return ordered;
  if (!isValueField(field)) {
    const node = editorText(field).segments.find((s) => s.start <= first.start && last.end <= s.end)?.node;
    // Nor over a line break kept in the text (a pasted message in a pre or pre-wrap editor): insertText would make it a
    // <br> or a new <div>, and a page reading textContent would join the lines.
    if (!node || /[\r\n]/.test(text.slice(first.end, last.start))) return ordered;
  }
  const inner = ordered.map((r) => ({ ...r, start: r.start - first.start, end: r.end - first.start }));
  return [
    { start: first.start, end: last.end, replacement: applyReplacements(text.slice(first.start, last.end), inner) },
  ];
}

/**
 * Replaces ranges of the field's text (as returned by readFieldText), each as the user's own edit would where the
 * browser can (see insertAsTyped), else by writing it directly and firing `input`; then puts the caret back where
 * the user was, moved by what was replaced before it. A range the page made something else of is left to the next
 * scan. In an editor a direct write puts each replacement into the text node where the range starts; the rest of a
 * range that spans several nodes is emptied there. Elements are never created or parsed.
 */
export function replaceFieldText(field: WatchedField, replacements: readonly TextReplacement[]): void {
  if (replacements.length === 0) return;
  const ordered = [...replacements].sort((a, b) => a.start - b.start);
  const caret = caretOf(field);
  let text = readFieldText(field);
  let wrote = false;
  // Offers the editor took without changing the page yet: React 18 (Slate) and Lexical render a moment later.
  const later: TextReplacement[] = [];
  // From the end backwards, so earlier offsets stay valid while the text changes.
  for (const r of [...asOneEdit(field, text, ordered)].reverse()) {
    const wanted = text.slice(0, r.start) + r.replacement + text.slice(r.end);
    const typed = insertAsTyped(field, r);
    const now = typed ? readFieldText(field) : text;
    if (typed && plain(now) === plain(wanted)) {
      text = now;
      continue;
    }
    if (now !== text) break;
    if (typed === 'taken') {
      later.push(r);
      continue;
    }
    writeDirectly(field, r);
    text = readFieldText(field);
    wrote = true;
  }
  if (wrote) fireInput(field);
  if (later.length === 0) {
    if (caret) placeCaret(field, caret, ordered);
    return;
  }
  // Once the editor has rendered: the caret back where the user was (its render put it after the mask). A microtask
  // renderer (Lexical, React's discrete updates) has rendered when this function's own microtask runs, before any key
  // the user presses next; a task renderer (React's default updates) by the next task. An editor that took the offer
  // and made nothing of it by then gets the text written as before; one that made something else of it is left to the
  // next scan; after the user typed, the caret is theirs.
  const unchanged = text;
  let placed: string | null = null;
  const place = () => {
    if (caret) placeCaret(field, caret, ordered);
    placed = readFieldText(field);
  };
  queueMicrotask(() => {
    if (readFieldText(field) !== unchanged) place();
  });
  field.ownerDocument.defaultView?.setTimeout(() => {
    const now = readFieldText(field);
    if (now === unchanged) {
      for (const r of later) writeDirectly(field, r);
      fireInput(field);
      place();
    } else if (placed === null || now === placed) place();
  }, 0);
}

/** Clears a field (the password guard's action). */
export function clearField(field: WatchedField): void {
  const text = readFieldText(field);
  replaceFieldText(field, [{ start: 0, end: text.length, replacement: '' }]);
}
