import * as v from 'valibot';
import type { PageExtraction } from '../extract/types';
import type { ExtractionDiagnostic } from '../sites/types';
import { DiagnosticsSchema, PageExtractionSchema } from './extraction-schema';
import { keepShopLinks } from './shop-links';

/**
 * The messages the background receives, in one place. A message is `{ type, ...payload }`; the background parses
 * it with `parseMessage`, which checks both the shape and who sent it, and drops anything else. The messages the
 * background sends to content scripts are defined, and validated, in `content-inbox.ts` (hand-written, without
 * the schema library, to keep the content scripts small).
 */

/** Content script → background: what the orders content script found on its page (sent on load and on change). */
export interface OrdersFoundMessage {
  type: 'orders/found';
  /** The page's current `location.href`: after a same-document navigation it can be newer than `sender.url`. */
  url: string;
  extraction: PageExtraction;
  /** Which strategy found each field, null for a miss: shown in the panel's debug view. */
  diagnostics: ExtractionDiagnostic[];
}

/** Side panel → background: ask the content script in a tab to extract again (lazy-loaded pages). */
export interface RescanTabMessage {
  type: 'tab/rescan';
  tabId: number;
}

export type KefuMessage = OrdersFoundMessage | RescanTabMessage;
export type KefuMessageType = KefuMessage['type'];

/** Who may send each message: a content script in a shop tab, or one of the extension's own pages. */
type SenderKind = 'content-script' | 'extension-page';

const DEFINITIONS = {
  'orders/found': {
    from: 'content-script',
    schema: v.strictObject({
      type: v.literal('orders/found'),
      // Over-long: replaced by '' so the background falls back to the URL the browser stamped on the sender.
      url: v.pipe(
        v.string(),
        v.transform((url) => (url.length <= 4096 ? url : '')),
      ),
      extraction: PageExtractionSchema,
      diagnostics: DiagnosticsSchema,
    }),
  },
  'tab/rescan': {
    from: 'extension-page',
    schema: v.strictObject({
      type: v.literal('tab/rescan'),
      tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  },
} as const satisfies Record<KefuMessageType, { from: SenderKind; schema: v.GenericSchema }>;

/** The parts of `runtime.MessageSender` we rely on: what the browser stamps, not what the sender claims. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

export interface ReceiverContext {
  /** Our own extension id (`browser.runtime.id`). */
  extensionId: string;
  /** Our own pages' origin (`browser.runtime.getURL('/')`). */
  extensionOrigin: string;
  /** Whether a content script may be running on this URL (the hosts we inject into). */
  isShopUrl: (url: URL) => boolean;
}

export type Parsed<T extends KefuMessage = KefuMessage> = {
  message: T;
  tabId: number | null;
  url: string | null;
  /** Sent from a private-browsing tab: nothing about it may outlive the tab (no recent-orders record). */
  incognito?: boolean;
};

/**
 * Validates a received message. Returns null (never throws) when the shape is wrong, the type unknown or not one
 * this receiver accepts, or the sender is not the kind of context allowed to send that type.
 */
export function parseMessage(
  raw: unknown,
  sender: SenderInfo,
  ctx: ReceiverContext,
  accept: readonly KefuMessageType[],
): Parsed | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(DEFINITIONS, type)) return null;
  if (!accept.includes(type as KefuMessageType)) return null;
  const def = DEFINITIONS[type as KefuMessageType];
  if (sender.id !== ctx.extensionId) return null;
  const origin = checkSender(def.from, sender, ctx);
  if (!origin) return null;
  const result = v.safeParse(def.schema, raw);
  if (!result.success) return null;
  const message = result.output as KefuMessage;
  if (message.type === 'orders/found' && origin.url) {
    // Links shown in the panel stay on the shop the browser says sent the report (see keepShopLinks).
    return { message: { ...message, extraction: keepShopLinks(message.extraction, origin.url) }, ...origin };
  }
  return { message, ...origin };
}

function checkSender(
  kind: SenderKind,
  sender: SenderInfo,
  ctx: ReceiverContext,
): { tabId: number | null; url: string | null; incognito: boolean } | null {
  const url = safeUrl(sender.url);
  if (kind === 'content-script') {
    // Content-script messages must come from the top frame of a real tab on a shop page we inject into.
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
    if (sender.frameId !== undefined && sender.frameId !== 0) return null;
    if (url?.protocol !== 'https:' || !ctx.isShopUrl(url)) return null;
    return { tabId, url: url.href, incognito: sender.tab?.incognito === true };
  }
  // Extension pages (side panel, pop-out, options) are served from our own origin.
  if (!url?.href.startsWith(ctx.extensionOrigin)) return null;
  return { tabId: sender.tab?.id ?? null, url: url.href, incognito: sender.tab?.incognito === true };
}

function safeUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
