// Examples in cn-waybills.json. Letter-prefixed formats name one carrier on their own; all-digit ones are
// attributable only with context (the file's own note), so they are checked next to their carrier word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carrierFromName, findTrackingNumbers, identifyTrackingNumber } from '../../../lib/tracking/index';

type Example = { carrier: string; number: string };
const file = JSON.parse(readFileSync(join(__dirname, '../../fixtures/tracking/cn-waybills.json'), 'utf8')) as {
  examples: Example[];
};

/** "STO 申通" → the Chinese word, "SF Express 顺丰 (legacy 12-digit)" → "顺丰". */
function chineseWord(label: string): string | null {
  return /[\u4e00-\u9fff]+/.exec(label)?.[0] ?? null;
}

const attributable = file.examples.filter((e) => !/^\d+$/.test(e.number));
const numeric = file.examples.filter((e) => /^\d+$/.test(e.number) && chineseWord(e.carrier));

describe('cn-waybills.json examples', () => {
  it('covers both kinds', () => {
    expect(attributable.length).toBeGreaterThanOrEqual(5);
    expect(numeric.length).toBeGreaterThanOrEqual(8);
  });

  it.each(attributable)('letter-prefixed $carrier $number is identified on its own', ({ carrier, number }) => {
    const match = identifyTrackingNumber(number);
    const expected = carrierFromName(chineseWord(carrier) ?? carrier);
    expect(expected).not.toBeNull();
    expect(match?.carrierZh).toBe(expected?.carrierZh);
    expect(match?.carrier).toBe(expected?.carrier);
  });

  it.each(numeric)('all-digit $carrier $number is attributed next to its carrier word', ({ carrier, number }) => {
    const word = chineseWord(carrier) as string;
    const expected = carrierFromName(word);
    const hinted = identifyTrackingNumber(number, { carrierHint: word });
    expect(hinted?.carrier).toBe(expected?.carrier);
    expect(hinted?.checksumValid).toBeNull();
    const found = findTrackingNumbers(`${word} 运单号：${number}`);
    expect(found).toHaveLength(1);
    expect(found[0]?.carrier).toBe(expected?.carrier);
    expect(found[0]?.number).toBe(number);
    // Without context the same digits are not reported from free text at all.
    expect(findTrackingNumbers(`see ${number} here`)).toEqual([]);
  });

  it('guesses all-digit numbers without context only with a low confidence', () => {
    for (const { number } of numeric) {
      const match = identifyTrackingNumber(number);
      if (
        match?.courierCode &&
        ['zto', 'sto', 'yunda', 'sf', 'best', 'china_post', 'ems', 'yto'].includes(match.courierCode)
      ) {
        expect(match.confidence).toBeLessThan(0.4);
      }
    }
  });

  it('reads the EMS S10 placeholder as China EMS but flags its check digit', () => {
    const match = identifyTrackingNumber('EA123456789CN');
    expect(match?.carrier).toBe('EMS');
    expect(match?.carrierZh).toBe('中国邮政EMS');
    expect(match?.checksumValid).toBe(false);
    const valid = identifyTrackingNumber('EA123456785CN');
    expect(valid?.checksumValid).toBe(true);
    expect(valid?.carrier).toBe('EMS');
    expect(identifyTrackingNumber('RR123456785CN')?.carrier).toBe('China Post');
  });

  it('reads LP + 14 digits as Cainiao (the logistics number AliExpress orders show), alone and in text', () => {
    // Constructed numbers in the LP00 + 12 digits shape that public AliExpress/Cainiao detection rules use.
    const match = identifyTrackingNumber('LP00484923477456');
    expect([match?.courierCode, match?.carrierZh]).toEqual(['cainiao', carrierFromName('菜鸟')?.carrierZh]);
    const found = findTrackingNumbers('AliExpress: your order has shipped, tracking number LP00512345678901.');
    expect(found.map((m) => [m.number, m.courierCode])).toEqual([['LP00512345678901', 'cainiao']]);
    // One digit short or long is not that format.
    expect(identifyTrackingNumber('LP0048492347745')?.courierCode).not.toBe('cainiao');
    expect(identifyTrackingNumber('LP004849234774561')?.courierCode).not.toBe('cainiao');
  });
});
