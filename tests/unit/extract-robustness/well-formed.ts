import * as v from 'valibot';
import { expect } from 'vitest';
import type { PageExtraction } from '../../../lib/extract/types';
import { PageExtractionSchema } from '../../../lib/protocol';
import type { SiteExtraction } from '../../../lib/sites/types';

const PLATFORMS = ['amazon', 'taobao', 'tmall', null];
const PAGE_KINDS = ['order-list', 'order-detail', 'tracking', 'invoice', 'help', 'other'];

function expectOrders(orders: unknown): void {
  expect(Array.isArray(orders)).toBe(true);
  for (const o of orders as Record<string, unknown>[]) {
    expect(typeof o.orderId).toBe('string');
    expect((o.orderId as string).length).toBeGreaterThan(0);
    expect(Array.isArray(o.items)).toBe(true);
    expect(Array.isArray(o.shipments)).toBe(true);
    for (const item of o.items as Record<string, unknown>[]) expect(typeof item.title).toBe('string');
    if (o.orderDate !== undefined) expect(o.orderDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (o.total !== undefined) {
      const total = o.total as Record<string, unknown>;
      expect(Number.isFinite(total.amount)).toBe(true);
      expect(typeof total.currency).toBe('string');
      expect(typeof total.text).toBe('string');
    }
  }
}

/**
 * Shape check only (the content is for the accuracy tests), including the one that matters most: the background
 * accepts it. A single value the receiver's schema rejects (a `mailto:` link, an over-long title) would drop the
 * whole report, and the panel would show nothing for the page.
 */
export function expectWellFormedPage(result: PageExtraction): void {
  const accepted = v.safeParse(PageExtractionSchema, result);
  expect(accepted.success ? 'accepted' : v.summarize(accepted.issues)).toBe('accepted');
  expect(PLATFORMS).toContain(result.platform);
  expect(result.marketplace === null || typeof result.marketplace === 'string').toBe(true);
  expect(PAGE_KINDS).toContain(result.pageKind);
  expectOrders(result.orders);
}

export function expectWellFormedSite(result: SiteExtraction): void {
  expectOrders(result.orders);
  expect(Array.isArray(result.diagnostics)).toBe(true);
  for (const d of result.diagnostics) {
    expect(typeof d.field).toBe('string');
    expect(d.strategy === null || typeof d.strategy === 'string').toBe(true);
  }
}
