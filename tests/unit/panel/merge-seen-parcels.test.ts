import { describe, expect, it } from 'vitest';
import { mergeSeen } from '@/lib/extract/merge-seen';
import type { ExtractedOrder } from '@/lib/extract/types';

// Browser journey (2026-12): a Taobao detail page with two parcels (中通 78955216713400, 韵达 4312345678901) showed the
// 中通 number twice in the panel's card and message. Taobao links every parcel to the order's one logistics page
// (order_detail_new.htm?trade_id=…), and that shared link made the two parcels one when the panel laid the page over
// what it had seen of the order before: the 韵达 parcel took the 中通 one's number.
const LOGISTICS = 'https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=4861628750601004999';
const order = (shipments: ExtractedOrder['shipments']): ExtractedOrder => ({
  orderId: '4861628750601004999',
  items: [],
  shipments,
});

describe('the parcels of an order seen again', () => {
  it('keeps two parcels with their own tracking numbers apart, though they share the order’s logistics link', () => {
    const parcels = [
      { carrier: '中通快递', trackingId: '78955216713400', trackingUrl: LOGISTICS },
      { carrier: '韵达快递', trackingId: '4312345678901', trackingUrl: LOGISTICS },
    ];
    expect(mergeSeen(order(parcels), order(parcels)).shipments).toEqual(parcels);
    // A second look that lists them the other way round.
    expect(mergeSeen(order(parcels), order([...parcels].reverse())).shipments).toEqual(parcels);
  });

  it('still joins a parcel known by its link alone to the one the next page numbers', () => {
    const earlier = order([{ trackingUrl: 'https://www.amazon.com/progress-tracker/package?shipmentId=Abc123' }]);
    const seen = order([
      {
        trackingId: 'TBA123456789000',
        trackingUrl: 'https://www.amazon.com/progress-tracker/package?shipmentId=Abc123',
      },
    ]);
    expect(mergeSeen(earlier, seen).shipments).toEqual(seen.shipments);
    // One shipment Amazon names by its shipmentId, now with the carrier's number in place of Amazon's: still one.
    const renumbered = order([
      {
        trackingId: '1Z999AA10123456784',
        trackingUrl: 'https://www.amazon.com/progress-tracker/package?shipmentId=Abc123',
      },
    ]);
    expect(mergeSeen(seen, renumbered).shipments).toEqual(renumbered.shipments);
  });
});
