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
): T | null {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    const m = label.exec(chunk);
    if (!m) continue;
    const rest = chunk
      .slice(m.index + m[0].length)
      .replace(/^[\s:：#.-]+/, '')
      .trim();
    // Words between the label and its colon ("Montant total de la commande :", "Order Total (incl. VAT):") are
    // the label's too: the value is also tried after that colon.
    const colon = rest.search(/[:：]/);
    const afterColon = colon >= 0 && colon < 30 ? rest.slice(colon + 1).trim() : '';
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
  return labelledValue(chunks, GRAND_TOTAL_LABEL, parse) ?? labelledValue(chunks, SUM_LABEL, parse);
}

/**
 * Adds the sellers that "Sold by: …" lines in `chunks` name (the value in the same text piece, or the next: the
 * seller's profile link) to `into`. Only where a text piece starts with the label: titles say "sold by" too.
 */
export function collectSellers(chunks: readonly string[], into: Set<string>): void {
  chunks.forEach((chunk, i) => {
    const m = SOLD_BY_LABEL.exec(chunk);
    if (m?.index !== 0) return;
    // Invoices link a "(seller profile)" after the name; "Ships from and sold by Amazon.com." ends a sentence.
    const name = (chunk.slice(m[0].length).replace(/^[\s:：]+/, '') || chunks[i + 1] || '').replace(/\s*\($|\.$/, '');
    if (name && name.length <= 80 && !SOLD_BY_LABEL.test(name)) into.add(name);
  });
}
