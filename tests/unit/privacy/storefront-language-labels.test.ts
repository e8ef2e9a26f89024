import { describe, expect, it } from 'vitest';
import { findSecrets, findSensitiveData, type SensitiveType } from '../../../lib/privacy/index';

/**
 * Labels and phrasings of the storefront languages (de, fr, es, ja) that a probe of generated and hand-written
 * messages missed (2026-12), and the goods' dates and day-stamps that were read as a card's expiry or a code.
 * Made-up messages: [text, type, value].
 */
const FOUND: Array<[string, SensitiveType, string]> = [
  // One-time codes: the "your code is" of each language, held to the English rules (digits, after "is"/":").
  ['Ihr Code lautet 482913', 'verification-code', '482913'],
  ['Der Code ist 482913', 'verification-code', '482913'],
  ['Votre code est 482913', 'verification-code', '482913'],
  ['Tu código es 482913', 'verification-code', '482913'],
  ['Código: 482913', 'verification-code', '482913'],
  ['Bestätigungs-Code: 482913', 'verification-code', '482913'],
  ['Votre code à usage unique : 482913', 'verification-code', '482913'],
  ['mot de passe à usage unique : 482913', 'verification-code', '482913'],
  ['código de un solo uso: 482913', 'verification-code', '482913'],
  // German banks' TANs (mobileTAN / smsTAN / pushTAN).
  ['TAN: 482913', 'verification-code', '482913'],
  ['Ihre mTAN lautet 482913', 'verification-code', '482913'],
  // Japanese: 認証番号 (LINE and most Japanese SMS), ワンタイムパスコード (banks), Amazon.co.jp's "お客様のコードは…" and
  // its two-step SMS that puts the code first.
  ['認証番号：482913', 'verification-code', '482913'],
  ['ワンタイムパスコード 482913', 'verification-code', '482913'],
  ['Amazon: お客様のコードは482913です。', 'verification-code', '482913'],
  ['999999は、Amazonのワンタイムパスワードです。誰とも共有しないでください。', 'verification-code', '999999'],
  ['コード：482913', 'verification-code', '482913'],
  // The bare word with no ":" before a code's usual length.
  ['Code 482913', 'verification-code', '482913'],
  ['码 482913', 'verification-code', '482913'],
  // A card's expiry under its label in each language.
  ['有効期限 05/27', 'card-expiry', '05/27'],
  ['Ablaufdatum: 05/27', 'card-expiry', '05/27'],
  ['Gültig bis 05/27', 'card-expiry', '05/27'],
  ['fecha de caducidad: 05/27', 'card-expiry', '05/27'],
  ['fecha de vencimiento 05/27', 'card-expiry', '05/27'],
  ['vence 05/27', 'card-expiry', '05/27'],
  ['My card is 5555555555554444 exp 12/27', 'card-expiry', '12/27'],
  ['Kreditkarte gültig bis 05/27', 'card-expiry', '05/27'],
  ['tarjeta: vence 05/27', 'card-expiry', '05/27'],
  ['mi tarjeta caduca 05/27', 'card-expiry', '05/27'],
  // A product word beside the card's number or CVV: the card's data, not the goods' date.
  ['Please charge the item to 4111 1111 1111 1111 exp 12/27', 'card-expiry', '12/27'],
  ['I want to pay for the package: exp 12/27, CVV 123', 'card-expiry', '12/27'],
  // Passports with the abbreviations of "number" written in German and French.
  ['Meine Reisepass-Nr. C01X00T47', 'id-document', 'C01X00T47'],
  ['passeport n° 15AB12345', 'id-document', '15AB12345'],
  ['PIN-Nummer: 4321', 'password', '4321'],
  // Cards: Troy (Turkey), a 19-digit Visa under a card word (grouped, so its last groups also read as a phone), and
  // a Diners card printed 4-6-4 with dots.
  ['Kart numaram 9792 0012 3456 7890', 'payment-card', '9792 0012 3456 7890'],
  ['my card number is 4808 1077 8887 0316 324, please refund', 'payment-card', '4808 1077 8887 0316 324'],
  ['我的银行卡号是4808107788870316324', 'payment-card', '4808107788870316324'],
  ['Diners 3614.093123.4597', 'payment-card', '3614.093123.4597'],
];

/** Nothing secret in these: a day a code came, the goods' own dates, codes of other things, a colour. */
const NOTHING: string[] = [
  'verification code 2024 05 12',
  '验证码 2024年5月12日 没收到',
  'Your code is 2024 05 12',
  'Code 2024',
  'Code 48291',
  '码 2024',
  'Code 20240512',
  '码 20240512',
  'Votre code est 1000 € de réduction',
  'Ihr Code lautet 1000 Rabatt',
  'Lot code ABC123 exp 12/05',
  'Lot code 4829 exp 12/05',
  'LOT 2024A exp. 12/2025',
  'batch 48291 exp 05/26',
  'the milk expires 12/05',
  'expires 05/26 according to the label on the box',
  'Gutschein gültig bis 12/25',
  'Angebot gültig bis 12/25',
  'Rabattcode gültig bis 12/25',
  "L'offre est valable, date d'expiration 12/25",
  'oferta válida, vence 12/25',
  // A deadline, day first as Spanish writes it (12 May).
  'El plazo de devolución vence 12/05',
  'Tu pedido caduca 10/05, ¿me ayudas?',
  'ポイント有効期限 12/25',
  'el código postal es 28001',
  'Le code promo est 2024',
  'Der Code ist falsch',
  'Farbe: tan 4829',
  'tan: 4829',
];

describe('labels and phrasings of the storefront languages', () => {
  for (const [text, type, value] of FOUND) {
    it(`${type}: ${text}`, () => {
      const start = text.indexOf(value);
      expect(findSensitiveData(text)).toContainEqual(
        expect.objectContaining({ type, start, end: start + value.length, value }),
      );
    });
  }
});

describe('dates and other codes under those labels', () => {
  for (const text of NOTHING) {
    it(`nothing in: ${text}`, () => {
      expect(findSecrets(text)).toEqual([]);
    });
  }

  it('a code still comes with the minutes it is valid for', () => {
    expect(findSecrets('验证码 482913 5分钟内有效').map((m) => m.value)).toEqual(['482913']);
    expect(findSecrets('verification code 482913 valid for 5 min').map((m) => m.value)).toEqual(['482913']);
  });
});
