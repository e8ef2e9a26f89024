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

  it('a label that found its number does not label the next number in its reach', () => {
    // Made-up hotline, order id, EAN/UPC and Taobao order id after a labelled tracking number in the same line: the
    // label's 40-character reach covered them and, labelled, they read as DHL, Canada Post, Yunda, SF or Unknown.
    expect(found('Tracking ID: TBA304955166000. Questions? 400-820-8820')).toEqual([
      ['TBA304955166000', 'Amazon Logistics'],
    ]);
    expect(found('Sendungsnummer 1Z879E930346834440 vom 3987451203398765432')).toEqual([['1Z879E930346834440', 'UPS']]);
    expect(found('N° de suivi : RB123456785GB, total 4006381333931')).toEqual([['RB123456785GB', 'Royal Mail']]);
    expect(found('追跡番号 1Z879E930346834440 お問い合わせ 036000291452')).toEqual([['1Z879E930346834440', 'UPS']]);
    expect(found('Número de seguimiento: 1Z879E930346834440, pedido 1234567890123456')).toEqual([
      ['1Z879E930346834440', 'UPS'],
    ]);
    // The next number of a list under the label keeps it.
    expect(found('Tracking numbers: TBA304955166000 and 3318810036')).toEqual([
      ['TBA304955166000', 'Amazon Logistics'],
      ['3318810036', 'DHL'],
    ]);
  });

  it('an international phone number whose area code is a group of its own is not a labelled number', () => {
    expect(found('Tracking number: +49 30 12345678')).toEqual([]);
    expect(found('Tracking number: +1 (206) 266-1000')).toEqual([]);
    expect(found('Tracking number: 1Z879E930346834440, Hotline +49 30 12345678')).toEqual([
      ['1Z879E930346834440', 'UPS'],
    ]);
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

  it('a Japanese label written in kanji does not make an all-digit number a Chinese waybill', () => {
    // Generated numbers with valid check digits (FedEx Ground, Canada Post) that also fit Yunda's [34]+14 and
    // STO's 43+12…15 prefix rules: 追跡番号/伝票番号 are Japanese labels, so the international reading stays.
    expect(found('追跡番号：419036046593798')).toEqual([['419036046593798', 'FedEx']]);
    expect(found('伝票番号 4330468872057014')).toEqual([['4330468872057014', 'Canada Post']]);
    // The same digits after a Chinese label, or with Chinese text around the Japanese one, stay Chinese guesses.
    expect(found('快递单号：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
    expect(found('您的包裹追跡番号：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
  });

  it('a Japanese label with kana still marks the text Japanese when kanji-only words precede it', () => {
    // The kana of お問い合わせ番号 is the sign of Japanese: dropping the label with the kanji-only ones left
    // "商品発送" as the only text nearby, read as Chinese.
    expect(found('商品発送 お問い合わせ番号：419036046593798')).toEqual([['419036046593798', 'FedEx']]);
    expect(found('発送商品 お問い合わせ伝票番号 4330468872057014')).toEqual([['4330468872057014', 'Canada Post']]);
  });

  it('a 12-digit number under a Japanese slip label, no carrier named, is not given FedEx or Purolator', () => {
    // お問い合わせ伝票番号 / 伝票番号 is how Yamato, Sagawa and Japan Post name their 12-digit numbers (mod-7 check digit,
    // not in tracking_number_data); these made-up ones also fit a FedEx Express 12 check digit.
    expect(found('お問い合わせ伝票番号：4567-8901-2343')).toEqual([['456789012343', 'Unknown']]);
    expect(found('伝票番号 456789012343')).toEqual([['456789012343', 'Unknown']]);
    // Written without okurigana (問合せ), and Yamato's and Sagawa's 送り状番号: labels too.
    expect(found('お問合せ番号：4567-8901-2343')).toEqual([['456789012343', 'Unknown']]);
    expect(found('送り状番号 456789012343')).toEqual([['456789012343', 'Unknown']]);
    expect(found('佐川急便 送り状番号 3601-2345-6789')).toEqual([['360123456789', 'Sagawa Express']]);
    // A carrier named beside it is believed; a generic label (追跡番号, which FedEx Japan uses) keeps the format's reading.
    expect(found('ヤマト運輸 お問い合わせ伝票番号 456789012343')).toEqual([['456789012343', 'Yamato Transport']]);
    expect(found('FedEx お問い合わせ伝票番号 456789012343')).toEqual([['456789012343', 'FedEx']]);
    expect(found('追跡番号: 456789012343')).toEqual([['456789012343', 'FedEx']]);
  });

  it('kanji only Japanese writes (発, 済, 伝 …) mark the text Japanese without kana', () => {
    // "発送済" is Japanese shinjitai (Chinese writes 发/發 and 济/濟): the words before the label are no sign of Chinese.
    expect(found('発送済 追跡番号 419036046593798')).toEqual([['419036046593798', 'FedEx']]);
    expect(found('配達済 伝票番号 4330468872057014')).toEqual([['4330468872057014', 'Canada Post']]);
    // Simplified and traditional Chinese around the same digits stay Chinese guesses.
    expect(found('已发货 快递单号：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
    expect(found('已發貨 快遞單號：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
  });

  it('a Chinese label stays Chinese beside a Japanese-only kanji of Chinese shop text', () => {
    // Synthetic Taobao text: 元気森林 is a Chinese drinks brand written with the Japanese 気; 日本代购 listings give yen
    // prices as 円. Before the kanji list these were Yunda readings, as the same label beside 元气 is.
    expect(found('元気森林 快递单号：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
    expect(found('日本代购 1980円 运单号 419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
    // A kanji of the list (発, copied from a Japanese seller's text into a 日本直邮 title) does not outweigh the label.
    expect(found('日本直邮 当日発送 快递单号：419036046593798')).toEqual([['419036046593798', 'Yunda Express']]);
    // Kana beside a Chinese label still mean Japanese, as before the kanji list.
    expect(found('ショップ 快递单号：419036046593798')).toEqual([['419036046593798', 'FedEx']]);
  });

  it('a labelled number printed in groups is kept like the same number printed whole (USPS service 70/71)', () => {
    // USPS Certified Mail numbers (service 70/71: published test number 7112…, and 7016… from the public
    // StackOverflow list quoted in TrackingURLs' test page) fit USPS 20 with a service code the dataset's table
    // lacks, so they are Unknown without a carrier name, grouped or not.
    expect(found('Tracking number: 71123456789123456787')).toEqual([['71123456789123456787', 'Unknown']]);
    expect(found('Tracking number: 7112 3456 7891 2345 6787')).toEqual([['71123456789123456787', 'Unknown']]);
    expect(found('Tracking: 7016 0910 0001 0831 0009')).toEqual([['70160910000108310009', 'Unknown']]);
    expect(found('USPS tracking: 7112 3456 7891 2345 6787')).toEqual([['71123456789123456787', 'USPS']]);
    // Without a label the grouped digits are still nobody's number.
    expect(found('ref 7112 3456 7891 2345 6787')).toEqual([]);
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

  it('a hyphenated national phone number after a tracking label is not a parcel unless a check digit holds it', () => {
    // A Japanese shop's contact line under the slip number; Korean and German phones are written the same way.
    expect(found('追跡番号: 090-1234-5678')).toEqual([]);
    expect(found('追跡番号：090-1234-5678（ヤマト運輸）')).toEqual([]);
    expect(found('운송장 번호 010-1234-5678')).toEqual([]);
    expect(found('Sendungsnummer: 030-12345678')).toEqual([]);
    // DHL Express's mod-7 check digit holds: a number, whatever its grouping.
    expect(found('Tracking ID: 012-345-6782')).toEqual([['0123456782', 'DHL']]);
    // 12 digits are not a phone shape: Yamato, Sagawa and Japan Post slips are written 4-4-4.
    expect(found('お問い合わせ伝票番号 1234-5678-9012')).toEqual([['123456789012', 'Unknown']]);
  });

  it('penalties that add up below zero still give a confidence within 0..1', () => {
    // Failed check digit + service code USPS 20 does not list (upstream usps.json, MIT: an invalid USPS Legacy number).
    const legacy = identifyTrackingNumber('7196 9010 7560 0307 7386');
    expect(legacy?.checksumValid).toBe(false);
    // Constructed: ten digits failing DHL Express's mod-7 check digit (123456789 mod 7 is 1), from a Chinese page.
    const dhl = identifyTrackingNumber('1234567890', { chinese: true });
    expect(dhl?.formatId).toBe('dhl_express');
    expect(dhl?.checksumValid).toBe(false);
    for (const match of [legacy, dhl]) {
      expect(match?.confidence).toBeGreaterThan(0);
      expect(match?.confidence).toBeLessThan(0.2);
    }
  });

  it('お問い合せ番号 (another okurigana of 問い合わせ) labels a tracking number', () => {
    expect(found('お問い合せ番号: 4123-4567-8901')).toEqual([['412345678901', 'Unknown']]);
  });
});
