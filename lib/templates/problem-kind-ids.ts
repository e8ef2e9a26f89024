/*
 * The problem ids alone, apart from their labels and descriptions (problem-kinds.ts): the panel's first script checks
 * a draft's problem read back from the session (components/composer-draft-memory.ts) without loading those.
 */

/** Problem ids are stored in notes and templates: never rename one. */
export const PROBLEM_KIND_IDS = [
  'not-received',
  'not-shipped',
  'tracking-stalled',
  'refund-request',
  'refund-progress',
  'quality-damage',
  'wrong-item',
  'cancel-order',
  'change-address',
  'cannot-login',
  'account-compromised',
  'close-account',
  'billing-question',
  'product-question',
  'escalation',
] as const;
export type ProblemKind = (typeof PROBLEM_KIND_IDS)[number];
