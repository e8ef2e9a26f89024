import { describe, expect, it } from 'vitest';
import type { ExtractedOrder } from '@/lib/extract/types';
import { enrichShipments } from '@/lib/tracking/enrich';

const order = (trackingId: string, currency: string, carrier?: string): ExtractedOrder => ({
  orderId: '1',
  items: [],
  total: { amount: 1, currency, text: '1' },
  shipments: [{ trackingId, ...(carrier ? { carrier } : {}) }],
});

describe('enrichShipments', () => {
  it('names the carrier from the number when the page gave none', () => {
    expect(enrichShipments([order('1Z999AA10123456784', 'USD')])[0]!.shipments[0]!.carrier).toBe('UPS');
  });
  it('reads a bare 14-digit number on a Chinese order as a Chinese waybill, in Chinese', () => {
    const carrier = enrichShipments([order('78955216713428', 'CNY')])[0]!.shipments[0]!.carrier;
    expect(carrier).toMatch(/[\u4e00-\u9fff]/);
  });
  it('reads a Taobao/Tmall order without a total (the logistics page) as Chinese too', () => {
    const { total: _none, ...untotalled } = order('YT1234567890123', 'CNY');
    expect(enrichShipments([untotalled], 'taobao')[0]!.shipments[0]!.carrier).toBe('圆通速递');
    expect(enrichShipments([untotalled], 'tmall')[0]!.shipments[0]!.carrier).toBe('圆通速递');
    expect(enrichShipments([untotalled], 'amazon')[0]!.shipments[0]!.carrier).toBe('YTO Express');
  });
  it('keeps the carrier the page named', () => {
    expect(enrichShipments([order('1Z999AA10123456784', 'USD', 'Amazon')])[0]!.shipments[0]!.carrier).toBe('Amazon');
  });
  it('leaves an unknown number without a carrier', () => {
    expect(enrichShipments([order('ABCDEFGH1234', 'USD')])[0]!.shipments[0]!.carrier).toBeUndefined();
  });

  /**
   * Yamato, Sagawa and Japan Post print 12 digits, the last one the first eleven mod 7 ("7DR", as the public
   * TakamoriYamashiro/shipping-jp-js documents it), a format tracking_number_data does not have. Made-up numbers of
   * that shape, each also fitting a dataset check digit by chance (FedEx Express 12, Purolator).
   */
  it("names no carrier from an all-digit number's format on an amazon.co.jp or yen order", () => {
    const tracker = (trackingId: string, host: string): ExtractedOrder => ({
      orderId: '503-1234567-7654321',
      items: [],
      shipments: [{ trackingId, trackingUrl: `https://${host}/progress-tracker/package/?orderId=503-1234567-7654321` }],
      detailUrl: `https://${host}/gp/your-account/order-details?orderID=503-1234567-7654321`,
    });
    for (const id of ['456789012352', '456789013030']) {
      expect(id.slice(-1), id).toBe(String(Number(id.slice(0, 11)) % 7));
      expect(
        enrichShipments([tracker(id, 'www.amazon.co.jp')], 'amazon')[0]!.shipments[0]!.carrier,
        id,
      ).toBeUndefined();
      expect(enrichShipments([order(id, 'JPY')], 'amazon')[0]!.shipments[0]!.carrier, id).toBeUndefined();
    }
    // The same numbers elsewhere keep their dataset reading; numbers with letters keep theirs in Japan too.
    expect(
      enrichShipments([tracker('456789012352', 'www.amazon.com')], 'amazon')[0]!.shipments[0]!.carrier,
    ).toBeDefined();
    expect(enrichShipments([tracker('1Z999AA10123456784', 'www.amazon.co.jp')])[0]!.shipments[0]!.carrier).toBe('UPS');
    expect(enrichShipments([tracker('TBA304567891000', 'www.amazon.co.jp')])[0]!.shipments[0]!.carrier).toBe(
      'Amazon Logistics',
    );
  });
});
