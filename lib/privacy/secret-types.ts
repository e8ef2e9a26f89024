import type { SensitiveType } from './types';

/**
 * What must never be stored, copied or sent by default: the things a real agent never asks for (the Tmall guide:
 * bank details, passwords and codes; people lost money handing them over). Phones and e-mail addresses are
 * not in this list: shoppers legitimately note an agent's callback number or a support address.
 */
export const SECRET_TYPES: readonly SensitiveType[] = [
  'payment-card',
  'cvv',
  'card-expiry',
  'password',
  'verification-code',
  'bank-account',
  'iban',
  'cn-resident-id',
  'id-document',
  'us-ssn',
];
