import type { Money } from '../../extract/types';
import { GRAND_TOTAL_LABEL, REFUND_LABEL, SUM_LABEL } from './labels';
import { parseAmazonMoney } from './parse-money';

/**
 * Label-anchored reading of visible text pieces: the value that follows a label such as
 * "Order Placed:", "Amazon.de Bestellnummer:", "Grand Total:" or "Tracking ID:", in the same text piece
 * or in one of the next two. For pages without stable classes (printable invoices, digital order
 * summaries, tracking cards). Never reads text that no label introduces, nor a piece that `unless` matches.
 */
export function labelledValue<T>(
  chunks: readonly string[],
  label: RegExp,
  parse: (text: string) => T | null,
  throughColon = false,
  unless?: RegExp,
): T | null {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    const m = label.exec(chunk);
    if (!m || unless?.test(chunk)) continue;
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

/**
 * The order total after its label: a grand-total label anywhere wins over a plain "sum" label, and a refund's row
 * ("Summe der Erstattung") is neither. Amazon prints every total with its symbol or code, so a bare number after the
 * label (a count such as `(2)`, a footnote mark) is not it.
 */
export function labelledTotal(chunks: readonly string[], currency: string): Money | null {
  const parse = (t: string) => parseAmazonMoney(t, currency, { requireCurrency: true });
  return (
    labelledValue(chunks, GRAND_TOTAL_LABEL, parse, true, REFUND_LABEL) ??
    labelledValue(chunks, SUM_LABEL, parse, true, REFUND_LABEL)
  );
}
