import { EN_TEMPLATES } from './builtin-templates-en';
import { ZH_TEMPLATES } from './builtin-templates-zh';
import { PROBLEM_KIND_IDS, type ProblemKind } from './problem-kinds';
import type { Lang, StoredTemplate, Template } from './types';

const LANGS: readonly Lang[] = ['zh_CN', 'en'];

/** Stable id of a built-in template; an edited copy keeps it, so "reset" is "remove the copy". */
export function builtInTemplateId(kind: ProblemKind, lang: Lang): string {
  return `builtin:${kind}:${lang}`;
}

export function builtInTemplate(kind: ProblemKind, lang: Lang): Template {
  const source = lang === 'zh_CN' ? ZH_TEMPLATES[kind] : EN_TEMPLATES[kind];
  return { id: builtInTemplateId(kind, lang), problemKind: kind, lang, ...source, builtIn: true, updatedAt: 0 };
}

/** All 30 built-ins (15 problem kinds × 2 languages). */
export function builtInTemplates(): Template[] {
  return PROBLEM_KIND_IDS.flatMap((kind) => LANGS.map((lang) => builtInTemplate(kind, lang)));
}

function isFor(t: StoredTemplate, kind: ProblemKind, lang: Lang): t is Template {
  return t.problemKind === kind && t.lang === lang;
}

/**
 * The template to use for a problem in a language: the user's edited copy of the built-in if there is one
 * (the newest, should there be several), else the built-in.
 */
export function effectiveTemplate(kind: ProblemKind, lang: Lang, overrides: readonly StoredTemplate[]): Template {
  const id = builtInTemplateId(kind, lang);
  let best: Template | undefined;
  for (const t of overrides) {
    if (t.id === id && !t.builtIn && isFor(t, kind, lang) && (!best || t.updatedAt > best.updatedAt)) best = t;
  }
  return best ?? builtInTemplate(kind, lang);
}

/** The overrides without the user's copy of that built-in: the built-in applies again. */
export function resetTemplate<T extends StoredTemplate>(kind: ProblemKind, lang: Lang, overrides: readonly T[]): T[] {
  const id = builtInTemplateId(kind, lang);
  return overrides.filter((t) => t.id !== id);
}

/** An edited copy of the built-in, ready to store. */
export function overrideTemplate(
  kind: ProblemKind,
  lang: Lang,
  edit: { title?: string; body: string },
  now: number,
): Template {
  const base = builtInTemplate(kind, lang);
  return { ...base, title: edit.title ?? base.title, body: edit.body, builtIn: false, updatedAt: now };
}

/** Whether a template is the user's edited copy of a built-in (it can be reset). */
export function isOverride(t: StoredTemplate): boolean {
  return !t.builtIn && t.id.startsWith('builtin:') && t.id === `builtin:${t.problemKind}:${t.lang}`;
}

/** Every template offered for a problem: the effective built-in first, then the user's own, newest first. */
export function templatesFor(kind: ProblemKind, lang: Lang, userTemplates: readonly StoredTemplate[]): Template[] {
  const own = userTemplates
    .filter((t): t is Template => !t.builtIn && isFor(t, kind, lang) && !isOverride(t))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return [effectiveTemplate(kind, lang, userTemplates), ...own];
}
