/** Case notes UI: the selected order's notes, the all-cases manager, and opening a case from a reminder. */
export { CaseNotes } from './CaseNotes';
export { caseOrderContext, ensureCaseFor, findCaseFor } from './case-lookup';
export { NotesManager } from './NotesManager';
export { useOpenCase } from './use-open-case';
