import { findSecrets } from './find-secrets';
import { redactSecrets } from './redact';
import { SECRET_TYPES } from './secret-types';

/**
 * Masks secrets in free text before it is stored or copied (notes, copied summaries). Known identifiers — the
 * order's own ID and tracking numbers — are passed in so a 19-digit Taobao order ID that happens to pass Luhn is
 * not mistaken for a card.
 */
export function sanitizeSecrets(
  text: string,
  knownIdentifiers: readonly string[] = [],
): { text: string; found: boolean } {
  const options = { knownIdentifiers: [...knownIdentifiers], types: [...SECRET_TYPES] };
  if (findSecrets(text, options).length === 0) return { text, found: false };
  return { text: redactSecrets(text, options), found: true };
}
