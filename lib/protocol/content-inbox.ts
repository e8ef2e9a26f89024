import { MAX_COPY_SUMMARIES, MAX_COPY_SUMMARY_CHARS, MAX_ORDER_ID_CHARS } from './extraction-limits';
import type { CopySummaryMessage, RescanNowMessage, SenderInfo } from './messages';

export type ContentInbound = RescanNowMessage | CopySummaryMessage;

/**
 * The content script's side of the protocol. Hand-written rather than the schema library: the orders content
 * scripts run on every order page and must stay small, and the two messages they accept are tiny.
 */
export function parseContentInbound(raw: unknown, sender: SenderInfo, extensionId: string): ContentInbound | null {
  if (sender.id !== extensionId) return null;
  // Only our own background sends to content scripts; a message relayed by another tab's content script has a tab.
  if (sender.tab !== undefined) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  const msg = raw as { type?: unknown; summaries?: unknown };
  if (msg.type === 'content/rescan' && keys.length === 1) return { type: 'content/rescan' };
  if (msg.type === 'content/copy-summary' && keys.length === 2 && Array.isArray(msg.summaries)) {
    if (msg.summaries.length > MAX_COPY_SUMMARIES) return null;
    const summaries: CopySummaryMessage['summaries'] = [];
    for (const s of msg.summaries as unknown[]) {
      if (typeof s !== 'object' || s === null || Object.keys(s).length !== 2) return null;
      const { orderId, text } = s as { orderId?: unknown; text?: unknown };
      if (
        typeof orderId !== 'string' ||
        typeof text !== 'string' ||
        orderId.length > MAX_ORDER_ID_CHARS ||
        text.length > MAX_COPY_SUMMARY_CHARS
      )
        return null;
      summaries.push({ orderId, text });
    }
    return { type: 'content/copy-summary', summaries };
  }
  return null;
}
