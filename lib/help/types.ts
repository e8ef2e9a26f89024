import type { Channel, Localized, ProblemKind } from '../templates';

export type { Channel };

/** Where the order or account lives; `other` is any other shop (seed 002's "TP"). */
export type HelpPlatform = 'amazon' | 'taobao' | 'tmall' | 'other';

export interface HelpLinkContext {
  platform: HelpPlatform;
  /** Amazon storefront domain such as `amazon.co.uk` (a `www.` host is accepted too). Default `amazon.com`. */
  marketplace?: string;
  problem: ProblemKind;
  orderId?: string;
  /** For `other`: the help page the user entered for that shop. Used only when it is https. */
  manualHelpUrl?: string;
  /**
   * The order's own page as the shop links it (`ExtractedOrder.detailUrl`). On Taobao's order list a Tmall order is
   * reported as Taobao, but the list links it to trade.tmall.com: its help pages are then Tmall's.
   */
  orderUrl?: string;
  /** Amazon: the UI-language prefix of the page the order was read on (`/-/en`), kept on the help pages' paths. */
  pathPrefix?: string;
}

export interface HelpLink {
  /** Stable id of the row in the link table, e.g. `amazon.returns`. */
  id: string;
  label: Localized;
  url: string;
  /** The URL carries this order's ID. */
  orderSpecific: boolean;
}

export interface ChannelAdvice {
  /** Best first, from the seeds' reasoning on urgency and complexity. */
  recommended: Channel[];
  steps: string[];
  why: string;
  /** How to get past the bot to a person. */
  humanTip: string;
  hours?: string;
}

export interface ChecklistItem {
  id: string;
  text: string;
}
