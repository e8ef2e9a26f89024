import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '../../../lib/tracking/index';

const found = (text: string) => findTrackingNumbers(text).map((m) => [m.number, m.carrier]);

/**
 * Rules found by generating fresh numbers from the published formats (not from the test vectors): what a carrier
 * name, a label, a neighbouring number or a service code says about the number beside it.
 */
describe('tracking numbers in context', () => {
  it('a carrier name does not make any code beside it a parcel when the carrier has formats it does not fit', () => {
    expect(found('Shipped with UPS · B078PCV6XV')).toEqual([]); // an ASIN
    expect(found('顺丰速运 4004899281 全国服务')).toEqual([]); // SF's hotline
    expect(found('京东物流 商品 205140830352')).toEqual([]); // a JD product id
    // …but a label still vouches for an unknown shape.
    expect(found('顺丰 运单号：4004899281')).toEqual([['4004899281', 'SF Express']]);
  });

  it('two numbers one space apart are two numbers, and a year after a number is not part of it', () => {
    expect(found('Tracking numbers: 790535312317 123456789012')).toEqual([
      ['790535312317', 'FedEx'],
      ['123456789012', 'FedEx'],
    ]);
    expect(found('FedEx tracking 790535312317 2025')).toEqual([['790535312317', 'FedEx']]);
  });

  it('an all-digit number with a service code the format lacks is not that carrier’s (DHL Paket vs USPS 20)', () => {
    expect(found('Sendungsnummer 00340434529251859804')).toEqual([['00340434529251859804', 'Unknown']]);
    expect(found('DHL Sendungsnummer: 00340434529251859804')).toEqual([['00340434529251859804', 'DHL']]);
    expect(identifyTrackingNumber('0307 1790 0005 2348 3741')?.carrier).toBe('USPS'); // service 03: still USPS
  });

  it('the rest of an international phone number and a hotline are not parcels', () => {
    expect(found('Call DHL at +1 306 885 3804')).toEqual([]);
    expect(found('DHL Express hotline: 1 238 531 7922')).toEqual([]);
  });

  it('the carrier named beside a Chinese label keeps its own all-digit format', () => {
    expect(found('DHL 运单号：60120172242323')).toEqual([['60120172242323', 'DHL']]);
    expect(found('德邦物流 运单号 12345678')).toEqual([['12345678', 'Deppon']]);
  });

  it('a 12-character letter code fitting two unchecked formats goes to the fixed-length one', () => {
    expect(identifyTrackingNumber('JFV247545960')?.carrier).toBe('Purolator'); // published Purolator test number
    expect(identifyTrackingNumber('JJD0099999999')?.carrier).toBe('DHL');
  });

  it('a short number is Deppon only when Deppon is named; DHL and DPD still vouch for shapes their formats lack', () => {
    expect(found('运单号：12345678')).toEqual([['12345678', 'Unknown']]);
    expect(found('韵达快递 运单号：12345678')).toEqual([['12345678', 'Unknown']]);
    expect(found('DPD 15501234567890')).toEqual([['15501234567890', 'DPD']]);
    expect(found('DHL Paket 00340434161234567890')).toEqual([['00340434161234567890', 'DHL']]);
  });
});
