import { LIMITS } from '@/lib/notes/limits';
import { PROBLEM_KIND_IDS, type ProblemKind } from '@/lib/templates/problem-kind-ids';
import type { ComposerDraft } from './composer-draft';
import type { SessionDraftReader } from './session-drafts';

/*
 * The composer's unsent messages as this page holds them, and their reading back from `storage.session` when the
 * panel opens (see composer-draft-session.ts for why and how they are kept). Apart from it so the panel's first
 * script reads them without loading the templates and privacy code (the workbench loads that after the first paint).
 */

/** A message being written, as kept for its order (the composer's key): with the problem it was written for. */
export interface KeptComposerDraft extends ComposerDraft {
  problem: ProblemKind;
  /**
   * When it was last kept (epoch ms). A panel opened again on an order finds two drafts that may be its own (the
   * order's, and its platform's question about no order): the later one was being written when the panel closed.
   */
  keptAt: number;
}

export const composerDrafts = new Map<string, KeptComposerDraft>();
export const COMPOSER_PREFIX = 'composerDraft:';

/** A message: a template (at most LIMITS.templateBody) filled in. Twice that is not a message of ours. */
const MAX_MESSAGE = LIMITS.templateBody * 2;
/** A fill-in, as a note's field may hold ten times over (as the entry drafts take them). */
const MAX_FILL_IN = LIMITS.text * 10;
/** An order's key (orderKey): a shop's name typed by hand (a note's text) and two ids. */
const MAX_KEY = LIMITS.text + 3 * LIMITS.id;
/** The fill-ins one template asks for (placeholder names, such as `tracking` or `outcome`). */
const MAX_FILL_INS = 50;
const FILL_IN_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** Takes the composer drafts the session holds, checked field by field: anything else is skipped, never shown. */
export const composerDraftReader: SessionDraftReader = {
  prefix: COMPOSER_PREFIX,
  take(key, value) {
    const draft = parseComposerDraft(value);
    if (draft && key.length > 0 && key.length <= MAX_KEY && !composerDrafts.has(key)) composerDrafts.set(key, draft);
  },
};

const textUpTo = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** The fill-ins as the composer can use them, or null for anything of another shape. */
function parseFillIns(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_FILL_INS) return null;
  // A placeholder's name (letters and digits), so never `__proto__`, which would reach the record's prototype.
  if (!entries.every(([name, text]) => FILL_IN_NAME.test(name) && textUpTo(text, MAX_FILL_IN))) return null;
  return Object.fromEntries(entries) as Record<string, string>;
}

/** A stored draft as the composer can use it, or null for anything of another shape. */
export function parseComposerDraft(value: unknown): KeptComposerDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!(PROBLEM_KIND_IDS as readonly unknown[]).includes(v.problem)) return null;
  if (typeof v.keptAt !== 'number' || !Number.isFinite(v.keptAt) || v.keptAt < 0) return null;
  if (typeof v.edited !== 'boolean') return null;
  const extra = parseFillIns(v.extra);
  if (!extra) return null;
  if (![v.text, v.generated, v.from, v.facts].every((text) => textUpTo(text, MAX_MESSAGE))) return null;
  if (v.owner !== null && !textUpTo(v.owner, MAX_KEY)) return null;
  if (v.template !== null && !textUpTo(v.template, LIMITS.id)) return null;
  return {
    problem: v.problem as ProblemKind,
    keptAt: v.keptAt,
    extra,
    edited: v.edited,
    text: v.text as string,
    generated: v.generated as string,
    from: v.from as string,
    facts: v.facts as string,
    owner: v.owner as string | null,
    template: v.template as string | null,
  };
}
