/**
 * Content core of the side panel: problem kinds, zh/en contact templates and their filling, the order summary.
 * Pure data and functions: no browser APIs, no storage.
 */
export { formatContact, formatContactHistory } from './contact-history';
export { fillTemplate, placeholdersIn, validateTemplateBody } from './fill-template';
export { carrierName, formatDate, formatMoney, listed, platformName } from './format';
export {
  type FieldValue,
  fieldLabel,
  formatField,
  formatOrderSummary,
  type SummaryField,
  type SummaryOptions,
  trackingWithCarrier,
} from './order-summary';
export { isPlaceholderName, missingMarker, PLACEHOLDER_LABELS, placeholderLabel } from './placeholders';
export {
  isProblemKind,
  PROBLEM_KIND_IDS,
  PROBLEM_KINDS,
  type ProblemKind,
  type ProblemKindInfo,
  problemKindInfo,
  problemLabel,
} from './problem-kinds';
export { suggestedDetails, suggestedOutcomes, suggestedTried } from './suggestions';
export { itemsShort, type TemplateContext, templateDataFromOrder } from './template-data';
export * from './types';
export {
  builtInTemplate,
  builtInTemplateId,
  builtInTemplates,
  effectiveTemplate,
  isOverride,
  overrideTemplate,
  resetTemplate,
  templatesFor,
} from './user-templates';
