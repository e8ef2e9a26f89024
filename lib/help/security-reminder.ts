import type { Lang } from '../templates';

// Seed 001 (保护个人隐私): bank details and passwords must never be given out, even when "customer service" asks,
// because a real agent never asks for them; a leaked card number led to fraudulent charges. Verification codes
// are added because they unlock the same things a password does (seed 000 Q1: identity is verified by e-mail
// or text message, on the platform's own page). Where to find the real service: seeds 000 §1 and 002 §1.1 (the
// official site's Contact us / help centre lists every channel), 001 (the app's 我的 → 客服中心), 003 (the phone
// number is picked on Amazon's own help page, by country): a number or link from anywhere else may be a fake agent.
const REMINDER: Readonly<Record<Lang, string>> = {
  zh_CN:
    '真正的客服绝不会向你索要银行卡号、银行账户、密码或验证码。即使对方自称客服，也请坚决拒绝，不要在聊天里发送这些信息。只通过官网或App里的官方入口联系客服，客服电话以官方帮助页面上的为准。',
  en: "A real customer-service agent will never ask for your bank card number, bank account details, your password or a verification code. Refuse firmly, even if the person says they are support, and never type these into a chat. Contact support only through the official website or app, and take phone numbers only from the shop's own help pages.",
};

export function securityReminder(lang: Lang): string {
  return REMINDER[lang];
}
