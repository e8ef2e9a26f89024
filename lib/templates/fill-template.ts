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
 * What a user's template gets wrong: placeholders Kefu cannot fill (typos such as `{orderid}` or `{订单号}`), and
 * braces that make no placeholder (`{orderId and`, `orderId}`, `{{orderId}}`), each as the user wrote it. A brace
 * next to no name (`{}`, a lone `}` after a space) is plain text.
 */
export function validateTemplateBody(body: string): { unknownPlaceholders: string[]; brokenBraces: string[] } {
  const unknown: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER_PATTERN)) {
    const name = (m[1] ?? '').trim();
    if (!isPlaceholderName(name) && !unknown.includes(name)) unknown.push(name);
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
  const nameOrBrace = (i: number) => /[\p{L}\p{N}_{}]/u.test(body[i] ?? ' ');
  const braceAt = (i: number) => body[i] === '{' || body[i] === '}';
  let start = at;
  let end = at + 1;
  // Outward from the brace over its name and any braces around it ("{{orderId}}"), then, when a space parts the
  // brace from its name ("{ orderId"), over that space and the name.
  if (opens) {
    while (start > 0 && braceAt(start - 1)) start--;
    while (end < body.length && nameOrBrace(end)) end++;
    if (end === at + 1) {
      while (end < body.length && /[ \t]/.test(body[end]!)) end++;
      while (end < body.length && nameOrBrace(end)) end++;
    }
  } else {
    while (end < body.length && braceAt(end)) end++;
    while (start > 0 && nameOrBrace(start - 1)) start--;
    if (start === at) {
      while (start > 0 && /[ \t]/.test(body[start - 1]!)) start--;
      while (start > 0 && nameOrBrace(start - 1)) start--;
    }
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
