import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carrierFromName, identifyTrackingNumber } from '../../../lib/tracking/index';

describe('carrierFromName', () => {
  it.each([
    ['中通快递', 'ZTO Express', '中通快递'],
    ['圆通速递', 'YTO Express', '圆通速递'],
    ['顺丰速运', 'SF Express', '顺丰速运'],
    ['韵达', 'Yunda Express', '韵达快递'],
    ['申通快递', 'STO Express', '申通快递'],
    ['京东快递', 'JD Logistics', '京东物流'],
    ['极兔速递', 'J&T Express', '极兔速递'],
    ['百世汇通', 'Best Express', '百世快递'],
    ['德邦物流', 'Deppon', '德邦快递'],
    ['菜鸟速递', 'Cainiao', '菜鸟速递'],
    ['邮政快递包裹', 'China Post', '中国邮政'],
    ['EMS', 'EMS', '中国邮政EMS'],
    ['中通快运', 'ZTO Freight', '中通快运'],
  ])('%s → %s', (name, carrier, carrierZh) => {
    expect(carrierFromName(name)).toEqual({ carrier, carrierZh });
  });

  it.each([
    ['UPS', 'UPS'],
    ['DHL Express', 'DHL'],
    ['dhl express', 'DHL'],
    ['Amazon Logistics', 'Amazon Logistics'],
    ['AMZL_US', 'Amazon Logistics'],
    ['FedEx Ground', 'FedEx'],
    ['United States Postal Service', 'USPS'],
    ['Royal Mail', 'Royal Mail'],
    ['ヤマト運輸', 'Yamato Transport'],
  ])('%s → %s (no Chinese name)', (name, carrier) => {
    expect(carrierFromName(name)).toEqual({ carrier });
  });

  it('finds the carrier inside a longer shop label', () => {
    expect(carrierFromName('物流公司：圆通速递')?.carrier).toBe('YTO Express');
    expect(carrierFromName('Shipped with UPS Ground')?.carrier).toBe('UPS');
  });

  it('rejects unknown names and acronyms hidden inside words', () => {
    expect(carrierFromName('Acme Couriers')).toBeNull();
    expect(carrierFromName('groups')).toBeNull();
    expect(carrierFromName('')).toBeNull();
  });
});

describe('identifyTrackingNumber', () => {
  it('normalises spaces and case and keeps the input span', () => {
    const m = identifyTrackingNumber(' 1z 879e 9303 4683 4440 ');
    expect(m?.number).toBe('1Z879E930346834440');
    expect(m?.start).toBe(0);
    expect(m?.end).toBe(' 1z 879e 9303 4683 4440 '.length);
  });
  it('returns null for phones, PRC ids, order ids and junk', () => {
    for (const s of ['13812345678', '11010519491231002X', '114-3941689-8772232', 'hello', '000000000000']) {
      expect(identifyTrackingNumber(s)).toBeNull();
    }
  });
  it('prefers a carrier hint for all-digit Chinese numbers', () => {
    expect(identifyTrackingNumber('73106644852000', { carrierHint: '中通' })?.carrier).toBe('ZTO Express');
    expect(identifyTrackingNumber('73106644852000')?.confidence).toBeLessThan(0.4);
    // From a Chinese shop page, an all-digit number reads as a domestic waybill before an international format.
    expect(identifyTrackingNumber('73106644852000')?.courierCode).toBe('dhl');
    expect(identifyTrackingNumber('73106644852000', { chinese: true })?.courierCode).toBe('zto');
  });
});

describe('generated courier data', () => {
  const generated = readFileSync(join(__dirname, '../../../lib/tracking/data/couriers.generated.ts'), 'utf8');
  it('names its source and licence and ships no test numbers', () => {
    expect(generated).toContain('jkeen/tracking_number_data');
    expect(generated).toContain('MIT');
    expect(generated).not.toContain('test_numbers');
    expect(generated).not.toContain('1Z879E930346834440');
    expect(readFileSync(join(__dirname, '../../../lib/tracking/data/LICENSE'), 'utf8')).toContain('MIT License');
  });
});
