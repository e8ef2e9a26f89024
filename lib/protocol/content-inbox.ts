import type { RescanNowMessage, SenderInfo } from './messages';

/**
 * The content script's side of the protocol. Deliberately free of the schema library: the orders content script
 * runs on every order page and must stay small, and the one message it accepts has no payload to check.
 */
export function parseContentInbound(raw: unknown, sender: SenderInfo, extensionId: string): RescanNowMessage | null {
  if (sender.id !== extensionId) return null;
  // Only our own background sends to content scripts; a message relayed by another tab's content script has a tab.
  if (sender.tab !== undefined) return null;
  if (typeof raw !== 'object' || raw === null) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 1 || (raw as { type?: unknown }).type !== 'content/rescan') return null;
  return { type: 'content/rescan' };
}
