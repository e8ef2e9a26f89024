import { MAX_COPY_SUMMARIES, MAX_COPY_SUMMARY_CHARS, MAX_ORDER_ID_CHARS } from './extraction-limits';
import type { SenderInfo } from './messages';

/**
 * Background → content script messages: their one definition. The background types what it sends with these, and
 * the content script validates what it receives with `parseContentInbound` below (there is no schema-library copy).
 */

/** Background → content script: extract again now and report (the panel's "rescan", and the tab probe). */
export interface RescanNowMessage {
  type: 'content/rescan';
}

/** Background → content script: put one of these order summaries on the clipboard (context menu "Copy order details"). */
export interface CopySummaryMessage {
  type: 'content/copy-summary';
  summaries: { orderId: string; text: string }[];
}

export type ContentInbound = RescanNowMessage | CopySummaryMessage;

export const RESCAN_NOW: Readonly<RescanNowMessage> = { type: 'content/rescan' };

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
