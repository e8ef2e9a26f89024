import type { SensitiveType } from './types';

const NAMES: Record<SensitiveType, { en: string; zh_CN: string }> = {
  'payment-card': { en: 'bank card number', zh_CN: '银行卡号' },
  cvv: { en: 'card security code (CVV)', zh_CN: '卡片安全码（CVV）' },
  'card-expiry': { en: 'card expiry date', zh_CN: '卡片有效期' },
  password: { en: 'password or PIN', zh_CN: '密码' },
  'verification-code': { en: 'verification code', zh_CN: '验证码' },
  'cn-resident-id': { en: 'Chinese ID card number', zh_CN: '身份证号' },
  'id-document': { en: 'passport or ID document number', zh_CN: '护照/证件号码' },
  'us-ssn': { en: 'US Social Security number', zh_CN: '美国社会安全号' },
  iban: { en: 'IBAN bank account', zh_CN: 'IBAN 银行账号' },
  'bank-account': { en: 'bank account number', zh_CN: '银行账号' },
  phone: { en: 'phone number', zh_CN: '手机/电话号码' },
  email: { en: 'e-mail address', zh_CN: '邮箱地址' },
  'crypto-wallet': { en: 'crypto wallet address', zh_CN: '加密货币钱包地址' },
};

/** Short human name of a type, for the guard's warning and the side panel. */
export function describeType(type: SensitiveType, lang: 'en' | 'zh_CN'): string {
  return NAMES[type][lang];
}
