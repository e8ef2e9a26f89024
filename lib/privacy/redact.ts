import { findSecrets } from './find-secrets';
import { findSensitiveData } from './find-sensitive-data';
import type { RedactOptions, SensitiveMatch, SensitiveType } from './types';

/** Secrets: nothing of them may survive, not even their last digits. */
const FULLY_MASKED = new Set<SensitiveType>(['cvv', 'card-expiry', 'password', 'verification-code']);

/**
 * Masks one value for display: numbers keep their last 4 characters and their separators
 * ("4111 1111 1111 1111" → "**** **** **** 1111"), secrets become stars of the same length,
 * e-mails keep the first character and the domain ("a***@example.com").
 */
export function maskValue(type: SensitiveType, value: string): string {
  if (FULLY_MASKED.has(type)) return '*'.repeat(value.length);
  if (type === 'email') {
    const at = value.lastIndexOf('@');
    if (at <= 0) return '*'.repeat(value.length);
    return `${value[0]}***${value.slice(at)}`;
  }
  let toKeep = 4;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] ?? '';
    // Full-width letters and digits (１２３４, typed with a Chinese IME) are characters of the value too.
    if (!/[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch)) continue;
    if (toKeep > 0) toKeep--;
    else chars[i] = '*';
  }
  return chars.join('');
}

export function redactSensitiveData(text: string, options: RedactOptions = {}): string {
  return redactMatches(
    text,
    findSensitiveData(text, { knownIdentifiers: options.knownIdentifiers, types: options.types }),
  );
}

/** `redactSensitiveData` for secrets only (see findSecrets): what copy, notes and the in-page guard use. */
export function redactSecrets(text: string, options: RedactOptions = {}): string {
  return redactMatches(text, findSecrets(text, { knownIdentifiers: options.knownIdentifiers, types: options.types }));
}

function redactMatches(text: string, matches: readonly SensitiveMatch[]): string {
  let out = '';
  let cursor = 0;
  for (const m of matches) {
    out += text.slice(cursor, m.start) + maskValue(m.type, m.value);
    cursor = m.end;
  }
  return out + text.slice(cursor);
}
