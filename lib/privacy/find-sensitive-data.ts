import { detectEmails } from './detectors/email';
import { detectPhones } from './detectors/phone';
import { type DetectorTable, SECRET_DETECTORS, scanWith } from './scan';
import type { FindSensitiveDataOptions, SensitiveMatch } from './types';

// Phones last: they come after the checksum-validated types so the (costly) phone pass can skip what a
// card/IBAN/ID already claimed.
const ALL_DETECTORS: DetectorTable = [...SECRET_DETECTORS, ['email', detectEmails], ['phone', detectPhones]];

/**
 * Finds bank cards, CVVs, passwords, verification codes, IDs, account numbers, phones, e-mails
 * and wallets in free text. Sorted by start, non-overlapping (higher confidence wins).
 */
export function findSensitiveData(text: string, options: FindSensitiveDataOptions = {}): SensitiveMatch[] {
  return scanWith(ALL_DETECTORS, text, options);
}
