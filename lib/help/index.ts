/**
 * Help for a problem: help-page links on the platform's own domain, which channel to use and how to reach a
 * person, what to prepare, and the security reminder. Pure data and functions.
 */
export { AMAZON_LINKS, AMAZON_PROBLEM_LINKS } from './amazon-links';
export { channelAdvice } from './channel-advice';
export { checklist } from './checklists';
export { contactTips } from './contact-tips';
export { helpLinks, isPlatformUrl, resolveAmazonMarketplace } from './help-links';
export type { LinkRow } from './link-table';
export { securityReminder } from './security-reminder';
export { TAOBAO_LINKS, TAOBAO_PROBLEM_LINKS, taobaoRowsFor } from './taobao-links';
export type * from './types';
