import type { ExtractedOrder } from '../../extract/types';
import { type AmazonPageContext, setField } from './context';
import { SOLD_BY_LABEL, VAT_NOTE } from './labels';

/** `name` without a VAT note at its end ("Beispielhändler GmbH Preise inkl. MwSt." → "Beispielhändler GmbH"). */
function withoutVatNote(name: string): string {
  const m = VAT_NOTE.exec(name);
  return m && m.index > 0 && !/[^\s.,;:()]/.test(name.slice(m.index + m[0].length))
    ? name.slice(0, m.index).trim()
    : name;
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
    name = withoutVatNote(name);
    if (name && name.length <= 80 && SOLD_BY_LABEL.exec(name)?.index !== 0) into.add(name);
  });
}

/**
 * The order's sellers as its shop: distinct, in page order, joined with ", " (detail pages and invoices show "Sold by"
 * under each item). An order of Amazon's own and a third party's items names both: a marketplace seller is asked first
 * about its own items (the help panel's "seller first, then A-to-z").
 */
export function setSellers(ctx: AmazonPageContext, order: ExtractedOrder, sellers: ReadonlySet<string>): void {
  setField(ctx, order, 'shop', sellers.size ? { value: [...sellers].join(', '), strategy: 'sold-by-label' } : null);
}
