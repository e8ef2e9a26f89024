/**
 * Reading and rewriting the text of the fields the guard watches: text inputs, textareas and contenteditable
 * editors (旺旺's composer is a `pre.edit[contenteditable=true]`, 2026-09). Text is only ever set through
 * `value` or text nodes' `data` — never innerHTML — so page or user text can never become markup.
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

/**
 * Replaces ranges of the field's text (as returned by readFieldText) and fires `input`.
 * In an editor each replacement goes into the text node where the range starts; the rest of a range that
 * spans several nodes is emptied there. Elements are never created or parsed.
 */
export function replaceFieldText(field: WatchedField, replacements: readonly TextReplacement[]): void {
  if (replacements.length === 0) return;
  if (isValueField(field)) {
    const caret = selection(field);
    setValue(field, applyReplacements(field.value, replacements));
    // Setting the value puts the caret at the end: put it back where the user was typing (a mask is as long as what
    // it hides, and a removed text moves what follows it).
    if (caret) field.setSelectionRange(shifted(caret[0], replacements), shifted(caret[1], replacements));
    fireInput(field);
    return;
  }
  const { segments } = editorText(field);
  // From the end backwards, so earlier offsets stay valid while nodes change.
  const ordered = [...replacements].sort((a, b) => b.start - a.start);
  for (const r of ordered) {
    let placed = false;
    const touched = segments.filter((s) => s.node && s.start < r.end && s.end > r.start);
    for (const seg of touched) {
      const node = seg.node as Text;
      const from = Math.max(r.start, seg.start) - seg.start;
      const to = Math.min(r.end, seg.end) - seg.start;
      const insert = placed ? '' : r.replacement;
      placed = true;
      node.data = node.data.slice(0, from) + insert + node.data.slice(to);
    }
  }
  fireInput(field);
}

/** Clears a field (the password guard's action). */
export function clearField(field: WatchedField): void {
  const text = readFieldText(field);
  replaceFieldText(field, [{ start: 0, end: text.length, replacement: '' }]);
}
