/** What one page tells us about the orders on it. The shape every site module returns. */

export type Platform = 'amazon' | 'taobao' | 'tmall';
export type PageKind = 'order-list' | 'order-detail' | 'tracking' | 'invoice' | 'help' | 'other';

export interface Money {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** The text as the page showed it, e.g. `¥153.00` or `EUR 12,99`. */
  text: string;
}

export interface ExtractedItem {
  title: string;
  quantity?: number;
  url?: string;
}

export interface ExtractedShipment {
  trackingId?: string;
  carrier?: string;
  trackingUrl?: string;
  status?: string;
}

export interface ExtractedOrder {
  /** Always a string: Taobao order IDs exceed 2^53. */
  orderId: string;
  /** YYYY-MM-DD */
  orderDate?: string;
  total?: Money;
  items: ExtractedItem[];
  shop?: string;
  status?: string;
  shipments: ExtractedShipment[];
  detailUrl?: string;
}

export interface PageExtraction {
  platform: Platform | null;
  /** e.g. `amazon.co.uk`, `taobao`, `tmall`. */
  marketplace: string | null;
  pageKind: PageKind;
  orders: ExtractedOrder[];
}
