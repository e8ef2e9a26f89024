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
}

/**
 * An editor's text as the user sees it, with a map back to text nodes. Block elements and `<br>` become "\n"
 * so digits on two lines are not read as one number.
 */
export function editorText(root: HTMLElement): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let text = '';
  const pushBreak = () => {
    if (text.length > 0 && !text.endsWith('\n')) {
      segments.push({ node: null, start: text.length, end: text.length + 1 });
      text += '\n';
    }
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length) {
          segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
          text += data;
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') pushBreak();
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        else if (BLOCK_TAGS.has(tag)) {
          pushBreak();
          walk(child);
          pushBreak();
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

/** The field's selection as offsets in its text (anchor, focus), or null when it is not in the field. */
function caretOf(field: WatchedField): [number, number] | null {
  if (isValueField(field)) return selection(field);
  const sel = selectionOf(field);
  const { anchorNode, focusNode } = sel ?? {};
  if (!sel || !anchorNode || !focusNode || !field.contains(anchorNode) || !field.contains(focusNode)) return null;
  const { segments } = editorText(field);
  return [offsetOf(segments, anchorNode, sel.anchorOffset), offsetOf(segments, focusNode, sel.focusOffset)];
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
function insertAsTyped(field: WatchedField, r: TextReplacement): boolean {
  const doc = field.ownerDocument;
  // The command writes where the focus is: with the focus in another field (a box of an earlier field clicked while
  // typing in a second one), it would type the mask into that one.
  const active = (field.getRootNode() as Document | ShadowRoot).activeElement;
  if (!active || !(active === field || (!isValueField(field) && field.contains(active)))) return false;
  if (typeof doc.execCommand !== 'function' || !select(field, r.start, r.end)) return false;
  const view = doc.defaultView;
  const range = doc.getSelection?.()?.getRangeAt(0);
  if (!isValueField(field) && view?.InputEvent && view.StaticRange && range) {
    const offer = new view.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertText',
      data: r.replacement,
      targetRanges: [new view.StaticRange(range)],
    });
    if (!field.dispatchEvent(offer)) return true;
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

/** Puts the selection back at offsets of the field's text. */
function placeCaret(field: WatchedField, anchor: number, focus: number): void {
  if (isValueField(field)) {
    try {
      field.setSelectionRange(Math.min(anchor, focus), Math.max(anchor, focus));
    } catch {
      // no selection in this input type
    }
    return;
  }
  const { segments } = editorText(field);
  const a = pointAt(segments, anchor, false);
  const f = pointAt(segments, focus, false);
  if (a && f) field.ownerDocument.getSelection?.()?.setBaseAndExtent(a[0], a[1], f[0], f[1]);
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
  // From the end backwards, so earlier offsets stay valid while the text changes.
  for (const r of [...ordered].reverse()) {
    const wanted = text.slice(0, r.start) + r.replacement + text.slice(r.end);
    const typed = insertAsTyped(field, r);
    const now = typed ? readFieldText(field) : text;
    if (typed && plain(now) === plain(wanted)) {
      text = now;
      continue;
    }
    if (now !== text) break;
    writeDirectly(field, r);
    text = readFieldText(field);
    wrote = true;
  }
  if (caret) placeCaret(field, shifted(caret[0], ordered), shifted(caret[1], ordered));
  if (wrote) fireInput(field);
}

/** Clears a field (the password guard's action). */
export function clearField(field: WatchedField): void {
  const text = readFieldText(field);
  replaceFieldText(field, [{ start: 0, end: text.length, replacement: '' }]);
}
