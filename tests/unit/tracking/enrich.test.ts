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
});
