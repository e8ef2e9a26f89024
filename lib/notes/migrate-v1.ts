import type { Case, CaseStatus } from './types';

/**
 * Schema/export version 1 (the first shipped one) stored the follow-up as an ISO date string `followUp` and
 * called the waiting state `pending`. Version 2 stores epoch ms `followUpAt` and says `waiting`. The same
 * function migrates rows in the Dexie `upgrade()` and records of an imported v1 file, so both paths agree.
 */
export type CaseStatusV1 = 'open' | 'pending' | 'resolved' | 'escalated' | 'closed';

export interface CaseV1 extends Omit<Case, 'status' | 'followUpAt'> {
  status: CaseStatusV1;
  followUp?: string;
}

export function migrateStatusV1(status: CaseStatusV1): CaseStatus {
  return status === 'pending' ? 'waiting' : status;
}

/** ISO date (`2024-05-01`) or date-time → epoch ms; an unparseable value is dropped rather than stored as NaN. */
export function followUpFromV1(followUp: string | undefined): number | undefined {
  if (!followUp) return undefined;
  const ms = Date.parse(followUp);
  return Number.isFinite(ms) ? ms : undefined;
}

export function migrateCaseV1(row: CaseV1): Case {
  const { followUp, status, ...rest } = row;
  const migrated: Case = { ...rest, status: migrateStatusV1(status) };
  const followUpAt = followUpFromV1(followUp);
  if (followUpAt !== undefined) migrated.followUpAt = followUpAt;
  return migrated;
}
