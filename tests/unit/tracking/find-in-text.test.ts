import { describe, expect, it } from 'vitest';
import { findTrackingNumbers, identifyTrackingNumber } from '../../../lib/tracking/index';

const numbers = (text: string, knownOrderIds?: string[]) =>
  findTrackingNumbers(text, { knownOrderIds }).map((m) => m.number);

describe('findTrackingNumbers: Chinese text', () => {
  it('finds a YTO number after 运单号 with offsets into the text', () => {
    const text = '运单号：YT1234567890123 圆通速递';
    const [m, ...rest] = findTrackingNumbers(text);
    expect(rest).toEqual([]);
    expect(m?.carrier).toBe('YTO Express');
    expect(m?.carrierZh).toBe('圆通速递');
    expect(text.slice(m?.start, m?.end)).toBe('YT1234567890123');
    expect(m?.confidence).toBeGreaterThan(0.8);
  });

  it('reads a Taobao logistics panel: carrier line, then number line', () => {
    const [m] = findTrackingNumbers('物流公司：中通快递\n运单号码：73106644852000\n复制');
    expect(m?.carrier).toBe('ZTO Express');
    expect(m?.carrierZh).toBe('中通快递');
    expect(m?.checksumValid).toBeNull();
  });

  it('attributes an all-digit number to the carrier named after it', () => {
    const [m] = findTrackingNumbers('快递单号：773277027280336（申通快递）');
    expect(m?.carrier).toBe('STO Express');
  });

  it('reports a bare all-digit number next to a label, with a lower confidence than a prefixed one', () => {
    const [digits] = findTrackingNumbers('运单号 463431409940372');
    const [prefixed] = findTrackingNumbers('运单号 SF1023574470215');
    expect(digits?.number).toBe('463431409940372');
    expect(prefixed?.carrier).toBe('SF Express');
    expect((digits?.confidence ?? 1) < (prefixed?.confidence ?? 0)).toBe(true);
  });

  it('finds letter-prefixed Chinese numbers inside a sentence without spaces', () => {
    const found = findTrackingNumbers(
      '您的包裹已由京东物流JDX024407261700发出，另一件极兔速递JT5261988016578，德邦DPK364112047425',
    );
    expect(found.map((m) => m.carrier)).toEqual(['JD Logistics', 'J&T Express', 'Deppon']);
  });

  it('folds full-width digits and keeps offsets', () => {
    const text = '运单号：ＹＴ１２３４５６７８９０１２３';
    const [m] = findTrackingNumbers(text);
    expect(m?.number).toBe('YT1234567890123');
    expect(m?.start).toBe(4);
    expect(m?.end).toBe(text.length);
  });

  it('joins a mainland number typed in digit groups after a waybill label or a carrier name', () => {
    const found = (text: string) => findTrackingNumbers(text).map((m) => [m.number, m.carrier]);
    expect(found('运单号：7310 6644 8520 00')).toEqual([['73106644852000', 'ZTO Express']]);
    expect(found('中通快递 运单号：7310 6644 8520 00，电话 138 0013 8000')).toEqual([
      ['73106644852000', 'ZTO Express'],
    ]);
    expect(found('韵达 4312 3456 7890 123')).toEqual([['431234567890123', 'Yunda Express']]);
    expect(found('运单号：7310 6644 8520 00、7310 6644 8520 11').length).toBe(2);
    // The offsets cover the groups as typed.
    const text = '快递单号 7731 2345 6789 012 申通';
    const [m] = findTrackingNumbers(text);
    expect(text.slice(m?.start, m?.end)).toBe('7731 2345 6789 012');
  });

  it('joins grouped mainland digits beside their carrier even when another carrier’s check digit fits them too', () => {
    // Synthetic numbers of the cn-waybills.json rules (STO 77 + 14, Yunda [34] + 14, Best 58 + 14, YTO [6-9] + 17,
    // Cainiao 621 + 12) whose digits also pass a dataset check digit by chance, as one in ten do.
    const cases: [text: string, number: string, carrier: string][] = [
      ['申通快递 7768 0776 0452 6850', '7768077604526850', 'STO Express'],
      ['物流公司：韵达快递 运单号：4549 0173 4281 567', '454901734281567', 'Yunda Express'],
      ['已由百世快递揽收 5800 2062 6224 9929 预计明天到', '5800206262249929', 'Best Express'],
      ['圆通速递 运单号：7934 7257 2123 3525 63', '793472572123352563', 'YTO Express'],
      ['菜鸟 6219 3873 1326 777', '621938731326777', 'Cainiao'],
    ];
    for (const [text, number, carrier] of cases) {
      // The chance fit: on its own the number reads as FedEx, Canada Post or DPD with a valid check digit.
      const alone = identifyTrackingNumber(number);
      expect(alone?.checksumValid, number).toBe(true);
      expect(alone?.carrierZh, number).toBeUndefined();
      expect(
        findTrackingNumbers(text).map((m) => [m.number, m.carrier]),
        text,
      ).toEqual([[number, carrier]]);
    }
  });

  it('leaves digit groups alone without a Chinese label or carrier, or when they fit another carrier', () => {
    const found = (text: string) => findTrackingNumbers(text).map((m) => m.number);
    // A carrier named whose formats the digits do not fit (ZTO numbers start 7).
    expect(found('中通 4312 3456 7890 123')).toEqual([]);
    // Letters before the groups: a prefixed number typed wrong (YT + 14 digits), not the digits' ZTO reading.
    expect(found('快递单号 YT 7512 3456 7890 12')).toEqual([]);
    // No label, an order label, phones, PRC ids. (Under an English label the 14 digits read as the compact number
    // does, DHL E-Commerce (14): see 'a tracking label holds groups…'.)
    expect(found('7310 6644 8520 00')).toEqual([]);
    expect(found('订单号 7310 6644 8520 0012')).toEqual([]);
    expect(found('运单号 138 0013 8000')).toEqual([]);
    expect(found('运单号 1101 0519 4912 3100 2')).toEqual([]);
  });

  it('finds a China EMS S10 number', () => {
    const [m] = findTrackingNumbers('国际EMS 单号 EA123456785CN 已发出');
    expect(m?.carrier).toBe('EMS');
    expect(m?.checksumValid).toBe(true);
  });
});

describe('findTrackingNumbers: English and other languages', () => {
  it('finds Amazon Logistics TBA numbers', () => {
    const [m] = findTrackingNumbers('Your package with tracking ID TBA123456789012 is out for delivery');
    expect(m?.number).toBe('TBA123456789012');
    expect(m?.carrier).toBe('Amazon Logistics');
    expect(m?.confidence).toBeGreaterThan(0.7);
  });

  it('finds UPS with checksum and service type', () => {
    const [m] = findTrackingNumbers('Shipped via UPS. Tracking number: 1Z879E930346834440.');
    expect(m?.carrier).toBe('UPS');
    expect(m?.checksumValid).toBe(true);
    expect(m?.serviceType).toBe('UPS United States Ground');
    expect(m?.trackingUrl).toContain('1Z879E930346834440');
  });

  it('a tracking label holds groups together for the dataset formats without a check digit', () => {
    // tracking_number_data's regexes for DHL E-Commerce (14) "\\s*\\b(?<SerialNumber>(?:[0-9]\\s*){14})\\b",
    // Amazon International "[AFC]\\s*([0-9]\\s*){10}" and Purolator "([A-Z]\\s*){3}([0-9]\\s*){9}" allow spaces anywhere;
    // printed in groups after a label they read as the compact number does (synthetic numbers).
    const read = (text: string) => findTrackingNumbers(text).map((m) => [m.number, m.formatId, m.start, m.end]);
    const cases: [label: string, written: string, formatId: string][] = [
      ['Tracking ID: ', '6012 0172 2423 23', 'dhl_ecommerce_14'],
      ['Sendungsnummer ', '6 0 1 2 0 1 7 2 2 4 2 3 2 3', 'dhl_ecommerce_14'],
      ['N° de suivi : ', 'C100 4444 444', 'amazon_international'],
      ['Tracking number: ', 'KYV 009 956 937', 'purolator_alpha'],
      ['Número de seguimiento: ', 'K Y V 0 0 9 9 5 6 9 3 7', 'purolator_alpha'],
    ];
    for (const [label, written, formatId] of cases) {
      const compact = written.replace(/ /g, '');
      expect(read(`${label}${compact}`), compact).toEqual([
        [compact, formatId, label.length, label.length + compact.length],
      ]);
      expect(read(`${label}${written}.`), written).toEqual([
        [compact, formatId, label.length, label.length + written.length],
      ]);
      // Only a label holds them: alone, after an order label, or after letters (the tail of a longer code) they stay apart.
      expect(read(`Item ${written} in stock`), written).toEqual([]);
      expect(read(`Order number ${written}`), written).toEqual([]);
    }
    expect(read('Tracking ID: YT 6012 0172 2423 23')).toEqual([]);
  });

  it('joins space-grouped numbers when a check digit holds them together', () => {
    const [fedex] = findTrackingNumbers('FedEx tracking # 7905 3531 2317 — arriving Tuesday');
    expect(fedex?.number).toBe('790535312317');
    expect(fedex?.carrier).toBe('FedEx');
    const [usps] = findTrackingNumbers('Tracking #: 9400 1112 0108 0805 4830 16');
    expect(usps?.number).toBe('9400111201080805483016');
    expect(usps?.carrier).toBe('USPS');
  });

  it('joins a number spelled out one character at a time, one or two spaces apart', () => {
    // As PDF text and letter-spaced labels come. tracking_number_data's regexes allow whitespace between any two
    // characters; its reference implementation (the Ruby gem's test_helper) searches for every valid number so.
    // 1Z879E930346834440: upstream ups.json, JJD0002257639032011: upstream yodel.json (MIT).
    const ups = findTrackingNumbers('Lorem ipsum tempor 1 Z 8 7 9 E 9 3 0 3 4 6 8 3 4 4 4 0 ut labore');
    expect(ups.map((m) => [m.number, m.carrier, m.checksumValid])).toEqual([['1Z879E930346834440', 'UPS', true]]);
    const text = 'Sendungsnummer: J  J  D  0  0  0  2  2  5  7  6  3  9  0  3  2  0  1  1.';
    const [yodel] = findTrackingNumbers(text);
    expect(yodel?.number).toBe('JJD0002257639032011');
    expect(yodel?.carrier).toBe('Yodel');
    expect(text.slice(yodel?.start, yodel?.end)).toBe(text.slice(16, -1));
    // Constructed FedEx Express 12 (check digit 178 mod 11 mod 10 = 2): digits only, so a label must vouch for it.
    expect(numbers('Tracking number: 1 2 3 4 5 6 7 8 9 0 1 2')).toEqual(['123456789012']);
    expect(numbers('Pages 1 2 3 4 5 6 7 8 9 0 1 2')).toEqual([]);
    // A run with no check digit or letter format to hold it stays a list, label or not.
    expect(numbers('Tracking number: 1 2 3 4 5 6 7 8 9 10 11 12')).toEqual([]);
  });

  it('finds an S10 number without a label and names the post office', () => {
    const [m] = findTrackingNumbers('Royal Mail item RB123456785GB was delivered');
    expect(m?.carrier).toBe('Royal Mail');
    expect(m?.checksumValid).toBe(true);
  });

  it('understands labels in German, French, Spanish, Italian and Japanese', () => {
    expect(numbers('Ihre Sendungsnummer: 73891051146')).toEqual(['73891051146']);
    expect(numbers('Numéro de suivi : 73891051146')).toEqual(['73891051146']);
    expect(numbers('Número de seguimiento: 73891051146')).toEqual(['73891051146']);
    expect(numbers('Codice di tracciabilità 73891051146')).toEqual(['73891051146']);
    const [jp] = findTrackingNumbers('ヤマト運輸 お問い合わせ伝票番号：4567-8901-2345');
    expect(jp?.number).toBe('456789012345');
    expect(jp?.carrier).toBe('Yamato Transport');
  });

  it('understands the labels of other Amazon marketplaces and carriers (it, es/mx, sv, nl, ru, ar, zh-Hant)', () => {
    // DHL Express 10/11 digits only counts next to a label: without one these are not reported.
    expect(numbers('see 73891051146 here')).toEqual([]);
    for (const label of [
      'Numero di tracciamento:',
      'ID di tracciamento',
      'ID de seguimiento:',
      'Número de guía:',
      'ID de rastreo',
      'ID de suivi :',
      'Spårnings-ID:',
      'Kollinummer:',
      'Trackingcode:',
      'Трек-номер:',
      'Номер отслеживания:',
      'رقم التتبع:',
      '物流單號：',
      '追蹤號碼：',
      '邮件号：',
      '송장 번호:',
      // German shipping mails and forms abbreviate (Sendungs-Nr.); French pages print Nº (ordinal º) as often as N°.
      'Sendungs-Nr.:',
      'Nº de suivi :',
    ]) {
      expect(numbers(`${label} 73891051146`), label).toEqual(['73891051146']);
    }
  });

  it('reports a labelled number of unknown format as Unknown with a low confidence', () => {
    const [m] = findTrackingNumbers('Tracking number: QX88442211');
    expect(m?.carrier).toBe('Unknown');
    expect(m?.confidence).toBeLessThan(0.5);
  });

  it('reports a wrong check digit only next to a label, flagged', () => {
    expect(findTrackingNumbers('1Z879E930346834441')).toEqual([]);
    const [m] = findTrackingNumbers('Tracking number: 1Z879E930346834441');
    expect(m?.carrier).toBe('UPS');
    expect(m?.checksumValid).toBe(false);
    expect(m?.confidence).toBeLessThan(0.5);
  });
});

describe('findTrackingNumbers: lists under one label', () => {
  // Synthetic: DHL Express numbers (9 digits + their value mod 7), as a multi-package shipment mail lists them.
  it('the label covers every number of the list, past its usual reach', () => {
    const list = ['1234567891', '2345678915', '3456789125', '4567891230', '5678912341'];
    for (const sep of [', ', '、', ' / ', '\n', ' and ']) {
      const text = `Tracking numbers: ${list.join(sep)}`;
      const found = findTrackingNumbers(text);
      expect(
        found.map((m) => m.number),
        JSON.stringify(sep),
      ).toEqual(list);
      expect(found.map((m) => m.carrier)).toEqual(list.map(() => 'DHL'));
      expect(text.slice(found[4]?.start, found[4]?.end)).toBe(list[4]);
    }
    // Not across other words: the label still reaches only as far as it did.
    expect(numbers(`Tracking numbers: ${list.slice(0, 3).join(', ')} — call us on 5678912341`)).toEqual(
      list.slice(0, 3),
    );
  });

  it("past the label's reach, a list item is read in the label's language, as the first items are", () => {
    // Synthetic (review s20): a seller pasting five ZTO waybills (14 digits, 73/75/78…, as the Taobao logistics
    // panel above shows them) under one Chinese label; a Japanese slip list under 伝票番号 (12-digit numbers, read
    // as an unknown carrier's, not FedEx 12). The last item lost the label's language: DHL, and FedEx at 0.9.
    const zto = ['78912345678901', '78912345678902', '78912345678903', '78912345678904', '78912345678905'];
    const cn = findTrackingNumbers(`快递单号：${zto.join('、')}`);
    expect(cn.map((m) => m.number)).toEqual(zto);
    expect(cn.map((m) => m.carrier)).toEqual(zto.map(() => 'ZTO Express'));
    const slips = ['123456789012', '123456789013', '123456789014', '123456789015', '123456789016'];
    const jp = findTrackingNumbers(`伝票番号：${slips.join('、')}`);
    expect(jp.map((m) => m.number)).toEqual(slips);
    expect(new Set(jp.map((m) => `${m.carrier} ${m.confidence}`)).size).toBe(1);
    expect(jp[4]?.carrier).not.toBe('FedEx');
  });

  it('two 10-digit numbers side by side are two numbers, not one grouped 20-digit number', () => {
    // Joined, 11656656426093397870 passes USPS 20's check digit (1 in 10) with a service code USPS lacks.
    const found = findTrackingNumbers('Tracking numbers: 1165665642 6093397870');
    expect(found.map((m) => [m.number, m.carrier])).toEqual([
      ['1165665642', 'DHL'],
      ['6093397870', 'DHL'],
    ]);
  });
});

describe('findTrackingNumbers: must not report', () => {
  it('Chinese mobile numbers, even after a tracking label', () => {
    expect(numbers('请联系 13812345678 或 +86 139 1234 5678')).toEqual([]);
    expect(numbers('运单号 13812345678')).toEqual([]);
  });

  it('Amazon and Taobao order ids', () => {
    expect(numbers('Order # 114-3941689-8772232 and digital order D01-9406568-1234567')).toEqual([]);
    expect(numbers('订单号：3567891234567890123')).toEqual([]);
    expect(numbers('订单编号 2156781234567890123 已发货')).toEqual([]);
    // Known order id passed in by the caller, even next to a misleading label.
    expect(numbers('单号 1234567890123456789', ['1234567890123456789'])).toEqual([]);
  });

  it('prices, dates and quantities', () => {
    expect(numbers('价格 ¥1299.00，原价 $12,345.67，2024-01-15 下单，20240115093000 付款，共 3 件')).toEqual([]);
    expect(numbers('Total: $123456789012.00 on 2024-01-15')).toEqual([]);
  });

  it('PRC resident ids, even after a tracking label', () => {
    expect(numbers('身份证 11010519491231002X')).toEqual([]);
    expect(numbers('运单号 11010519491231002X')).toEqual([]);
  });

  it('Alipay trade numbers', () => {
    expect(numbers('支付宝交易号：2024011522001412345678901234')).toEqual([]);
    expect(numbers('交易号 2023120522001456781234567890')).toEqual([]);
    expect(numbers('2024011522001412345678901234')).toEqual([]);
  });

  it('product codes (ISBN, EAN, UPC) and bare digit runs without a label', () => {
    expect(numbers('ISBN 978-7-111-54742-6, EAN 6901234567892, UPC 012345678905')).toEqual([]);
    expect(numbers('条码 6901234567892')).toEqual([]);
    expect(numbers('see 73106644852000 and 463431409940372 and 3318810036')).toEqual([]);
  });

  it('US phone numbers written with a carrier hotline', () => {
    expect(numbers('Call UPS at 1-800-742-5877 or DHL on 800 225 5345')).toEqual([]);
  });
});

describe('findTrackingNumbers: options and scale', () => {
  it('returns each occurrence, or one per number with unique', () => {
    const text = 'Tracking: 1Z879E930346834440. Again: 1Z879E930346834440';
    expect(findTrackingNumbers(text)).toHaveLength(2);
    expect(findTrackingNumbers(text, { unique: true })).toHaveLength(1);
  });

  it('finds every planted number in 1 MB of mixed text (speed is measured in bench/tracking.bench.ts)', () => {
    const block =
      '订单号：3567891234567890123 运单号：YT1234567890123 联系电话 13812345678 价格 ¥129.00 ' +
      'Your order 114-3941689-8772232 shipped. Tracking number: 1Z879E930346834440 on 2024-01-15. ' +
      '0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 ';
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    const found = findTrackingNumbers(text);
    const perBlock = findTrackingNumbers(block).length;
    expect(perBlock).toBe(2);
    expect(found.length).toBe(perBlock * Math.ceil(1_000_000 / block.length));
  });
});
