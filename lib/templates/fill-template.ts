import { formatContactHistory } from './contact-history';
import { isPlaceholderName, missingMarker, PLACEHOLDER_PATTERN, placeholderLabel } from './placeholders';
import type { ProblemKind } from './problem-kinds';
import type { FillResult, Lang, TemplateData, TemplateSegment } from './types';

/**
 * Fills `{placeholder}`s from `data`. A value that is absent or blank is never left silently empty: it becomes a
 * `missing` segment (the UI renders a field there) and a visible marker in `text` (`【请填写：运单号】`).
 * Unknown placeholders stay as written (`validateTemplateBody` reports them when the user saves a template).
 */
export function fillTemplate(
  template: string | { body: string; problemKind?: ProblemKind },
  data: TemplateData,
  lang: Lang,
): FillResult {
  const body = typeof template === 'string' ? template : template.body;
  const problem = typeof template === 'string' ? undefined : template.problemKind;
  const segments: TemplateSegment[] = [];
  const missing: string[] = [];
  let last = 0;
  for (const m of body.matchAll(PLACEHOLDER_PATTERN)) {
    const name = (m[1] ?? '').trim();
    if (!isPlaceholderName(name)) continue;
    pushText(segments, body.slice(last, m.index));
    last = m.index + m[0].length;
    const value = placeholderValue(name, data, lang);
    if (value === null) {
      segments.push({ kind: 'missing', name, label: placeholderLabel(name, lang, problem) });
      if (!missing.includes(name)) missing.push(name);
    } else {
      pushText(segments, value);
    }
  }
  pushText(segments, body.slice(last));
  const text = segments.map((s) => (s.kind === 'text' ? s.text : missingMarker(s.label, lang))).join('');
  return { text, segments, missing };
}

function placeholderValue(name: string, data: TemplateData, lang: Lang): string | null {
  if (name === 'contactHistory') {
    const h = data.contactHistory;
    if (typeof h === 'string') return h.trim() ? h.trim() : null;
    return h && h.length > 0 ? formatContactHistory(h, lang) : null;
  }
  const v = (data as Record<string, unknown>)[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function pushText(segments: TemplateSegment[], text: string): void {
  if (!text) return;
  const prev = segments.at(-1);
  if (prev?.kind === 'text') prev.text += text;
  else segments.push({ kind: 'text', text });
}

/**
 * What a mistyped name looks like (`orderid`, `订单号`, `order id`, `order-id`): letters and digits of any script with
 * spaces, hyphens, dots. Braces around anything else are the user's text, left as written when filled: a kaomoji
 * (`{^_^}`), bits of JSON (`{"qty": 2}`), `{ }`.
 */
const NAME_LIKE = /^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_ .-]*$/u;

/**
 * What a user's template gets wrong: placeholders Kefu cannot fill (typos such as `{orderid}` or `{订单号}`), and
 * braces that make no placeholder (`{orderId and`, `orderId}`, `{{orderId}}`), each as the user wrote it. A brace
 * next to no name (`{}`, `{ }`, a lone `}` after a space) is plain text.
 */
export function validateTemplateBody(body: string): { unknownPlaceholders: string[]; brokenBraces: string[] } {
  const unknown: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER_PATTERN)) {
    const name = (m[1] ?? '').trim();
    // Only a name-like text is a mistyped placeholder: "{ }", "{{ }}", "{^_^}" or '{"qty": 2}' are the user's text.
    if (!isPlaceholderName(name) && NAME_LIKE.test(name) && !unknown.includes(name)) unknown.push(name);
  }
  return { unknownPlaceholders: unknown, brokenBraces: brokenBraces(body) };
}

function brokenBraces(body: string): string[] {
  // Each placeholder's own braces become spaces (same length): the braces left over belong to none.
  const rest = body.replace(PLACEHOLDER_PATTERN, (m) => ` ${m.slice(1, -1)} `);
  const found: string[] = [];
  for (const m of rest.matchAll(/\{(?=[ \t]*[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_][ \t]*)\}/gu)) {
    const part = braceWithName(body, m.index, m[0] === '{');
    if (!found.includes(part)) found.push(part);
  }
  return found;
}

/** The brace at `at` with the name it goes with, as written: "{{orderId}}", "{orderId", "{ orderId", "orderId }". */
function braceWithName(body: string, at: number, opens: boolean): string {
  const isName = (i: number) => /[\p{L}\p{N}_]/u.test(body[i] ?? ' ');
  const isSpace = (i: number) => body[i] === ' ' || body[i] === '\t';
  const braceAt = (i: number) => body[i] === '{' || body[i] === '}';
  const closing = (i: number) => body[i] === '}';
  const opening = (i: number) => body[i] === '{';
  let start = at;
  let end = at + 1;
  // Outward from the brace over the braces beside it, any spaces and its name, and then over the braces on the
  // name's other side when only spaces part them from it ("{{ orderId }}" is one broken placeholder, not two).
  const skip = (i: number, step: 1 | -1, test: (i: number) => boolean) => {
    while (i >= 0 && i < body.length && test(i)) i += step;
    return i;
  };
  if (opens) {
    start = skip(start - 1, -1, braceAt) + 1;
    end = skip(skip(skip(end, 1, opening), 1, isSpace), 1, isName);
    const after = skip(end, 1, isSpace);
    if (closing(after)) end = skip(after, 1, closing);
  } else {
    end = skip(end, 1, braceAt);
    start = skip(skip(skip(start - 1, -1, closing), -1, isSpace), -1, isName) + 1;
    const before = skip(start - 1, -1, isSpace);
    if (opening(before)) start = skip(before, -1, opening) + 1;
  }
  return body.slice(start, end);
}

/** Known placeholders a body uses, each once, in order. */
export function placeholdersIn(body: string): string[] {
  const names: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER_PATTERN)) {
    const name = (m[1] ?? '').trim();
    if (isPlaceholderName(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
