import type { Lang } from '../templates';

// Seed 001 (保护个人隐私): bank details and passwords must never be given out, even when "customer service" asks,
// because a real agent never asks for them; a leaked card number led to fraudulent charges. Verification codes
// are added because they unlock the same things a password does (seed 000 Q1: identity is verified by e-mail
// or text message, on the platform's own page).
const REMINDER: Readonly<Record<Lang, string>> = {
  zh_CN: '真正的客服绝不会向您索要银行卡号、密码或验证码。即使对方自称客服，也请坚决拒绝，不要在聊天里发送这些信息。',
  en: 'A real customer-service agent will never ask for your bank card number, your password or a verification code. Refuse firmly, even if the person says they are support, and never type these into a chat.',
};

export function securityReminder(lang: Lang): string {
  return REMINDER[lang];
}
