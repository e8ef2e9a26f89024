import { SECRET_DETECTORS, scanWith } from './scan';
import { SECRET_TYPES } from './secret-types';
import type { FindSensitiveDataOptions, SensitiveMatch, SensitiveType } from './types';

/**
 * `findSensitiveData` limited to the secrets a real agent never asks for (cards, CVV, passwords, codes, IDs,
 * bank accounts, wallets): no phone or e-mail detection, and so none of libphonenumber's metadata in bundles
 * that import only this (the in-page guard, copy and notes sanitising).
 */
export function findSecrets(text: string, options: FindSensitiveDataOptions = {}): SensitiveMatch[] {
  const types: SensitiveType[] = (options.types ?? [...SECRET_TYPES, 'crypto-wallet']).filter(
    (t) => t !== 'phone' && t !== 'email',
  );
  return scanWith(SECRET_DETECTORS, text, { ...options, types });
}
