import type { Money } from '../../extract/types';
import { GRAND_TOTAL_LABEL, SOLD_BY_LABEL, SUM_LABEL } from './labels';
import { moneyWithCurrency } from './parse-money';

/**
 * Label-anchored reading of visible text pieces: the value that follows a label such as
 * "Order Placed:", "Amazon.de Bestellnummer:", "Grand Total:" or "Tracking ID:", in the same text piece
 * or in one of the next two. For pages without stable classes (printable invoices, digital order
 * summaries, tracking cards). Never reads text that no label introduces.
 */
export function labelledValue<T>(
  chunks: readonly string[],
  label: RegExp,
  parse: (text: string) => T | null,
  throughColon = false,
): T | null {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    const m = label.exec(chunk);
    if (!m) continue;
    const rest = chunk
      .slice(m.index + m[0].length)
      .replace(/^[\s:：#.-]+/, '')
      .trim();
    // With `throughColon`, a few words between the label and its colon ("Montant total de la commande :", "Order
    // Total (incl. VAT):") are the label's too, and the value is also tried after that colon; not when those words
    // hold a figure ("$25.00 Gift Card: -$25.00", "￥500 ギフト券: -￥500" are two rows) or say the sum is net of tax.
    const colon = throughColon ? rest.search(/[:：]/) : -1;
    const words = rest.slice(0, colon);
    const afterColon =
      colon >= 0 &&
      colon < 30 &&
      !/\d|[$€£¥￥₹]|excl|exkl|esclus|ohne|hors|netto|before|sin iva|senza|sem imp|hariç|税抜|\bht\b|\bnet\b/i.test(
        words,
      )
        ? rest.slice(colon + 1).trim()
        : '';
    // An empty rest (the label ends its piece) is skipped like a missing piece.
    for (const c of [rest, afterColon, chunks[i + 1], chunks[i + 2]]) {
      if (!c) continue;
      const value = parse(c);
      if (value !== null) return value;
    }
  }
  return null;
}

/** The order total after its label: a grand-total label anywhere wins over a plain "sum" label. */
export function labelledTotal(chunks: readonly string[], currency: string): Money | null {
  const parse = moneyWithCurrency(currency);
  return labelledValue(chunks, GRAND_TOTAL_LABEL, parse, true) ?? labelledValue(chunks, SUM_LABEL, parse, true);
}

/**
 * Adds the sellers that "Sold by: …" lines in `chunks` name (the value in the same text piece, or the next: the
 * seller's profile link) to `into`. Only a text piece that starts with the label and its colon: titles say "Sold By
 * Owner" too, and 販売元 is not 販売. "Ships from and sold by Amazon.com." (older pages) has no colon.
 */
export function collectSellers(chunks: readonly string[], into: Set<string>): void {
  chunks.forEach((chunk, i) => {
    const m = SOLD_BY_LABEL.exec(chunk);
    const sentence = m?.index === 0 && /^ships/i.test(m[0]);
    const rest = m?.index === 0 ? chunk.slice(m[0].length) : '';
    if (!m || (!sentence && !/^\s*[:：]/.test(rest))) return;
    // Invoices link a "(seller profile)" after the name; the sentence ends with a full stop ("Inc." keeps its own).
    let name = (rest.replace(/^[\s:：]+/, '') || chunks[i + 1] || '').replace(/\s*\((?:seller profile\))?$/i, '');
    if (sentence) name = name.replace(/\.$/, '');
    if (name && name.length <= 80 && SOLD_BY_LABEL.exec(name)?.index !== 0) into.add(name);
  });
}
