/**
 * Label words Amazon prints next to order fields, per storefront language (en, de, fr, it, es, nl, pt,
 * sv, pl, tr, ja, zh, ar). Used only where the markup has no stable class for a field (invoices,
 * digital order summaries, tracking pages) or to confirm a value; matched case-insensitively on
 * collapsed visible text. Sources: Amazon's storefronts as shoppers quote them (2019–2025).
 */

/**
 * A regex for any of the labels (`|`-separated, several per line so the lists stay short in the content script). With
 * `whole`, a label must also end its word.
 */
function anyOf(lines: readonly string[], whole = false): RegExp {
  const escaped = lines
    .join('|')
    .split('|')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'));
  // Not inside a longer Latin word: `summe` must not match `Zwischensumme` (subtotal).
  return new RegExp(`(?<![A-Za-zÀ-ÿ])(?:${escaped.join('|')})${whole ? '(?![A-Za-zÀ-ÿ])' : ''}`, 'iu');
}

/**
 * anyOf(lines), or `start` at the start of the text: a word that is a label only where it begins its line ("Ordered
 * March 3, 2026", not "2 items ordered" or an invoice's "Items Ordered" column, whose next piece is a delivery date).
 */
function orAtStart(start: RegExp, lines: readonly string[]): RegExp {
  return new RegExp(`${start.source}|${anyOf(lines).source}`, 'iu');
}

/** "Order #", "Amazon.de Bestellnummer:", "N° de commande", "注文番号" … */
export const ORDER_NUMBER_LABEL = /* @__PURE__ */ anyOf([
  'order #|order#|order number|order no.|order id|bestellnummer|bestellnr.|bestellung nr.',
  'n° de commande|numéro de commande|commande n°|ordine n.|numero ordine|n. ordine|número de pedido',
  'nº de pedido|pedido nº|pedido n.º|número do pedido|pedido n°|bestelnummer|bestelnr.|bestelling nr.|ordernummer',
  'beställningsnummer|beställningsnr|numer zamówienia|zamówienie nr|sipariş numarası|sipariş no|注文番号',
  '订单号|订单编号|رقم الطلب',
]);

/**
 * "Ordered on", "Order placed", "Bestellt am", "Commandé le", "注文日" … ("Ordered March 3, 2026 10:15 AM": the date line
 * of an Amazon Fresh delivery detail, `#order-summary .a-color-tertiary`, as a grocery scraper reads it, 2026;
 * "Digitale Bestellung": .de digital summary, 2019–2020, and its fr/it/es/nl forms; "Getätigte Spar-Abo-Bestellung:": .de Subscribe & Save invoice, 2018;
 * "Commande passée le :": .fr invoice, as EU invoice scrapers strip it; "Subscription charged on": a subscription's
 * printable summary, .de under /-/en/, 2025; "サブスクリプション課金日", its amazon.co.jp form, which a jp scraper reads on cards;
 * "デジタル注文: 2025/01/15", the date line of an amazon.co.jp digital summary, read by kimata/amazhist-python). "Purchased" (a
 * Whole Foods card's header) only where it starts its line, as "Ordered": not "Items purchased" or "Last purchased …".
 */
export const ORDER_DATE_LABEL = /* @__PURE__ */ orAtStart(/^\s*(?:ordered|purchased)(?![A-Za-zÀ-ÿ])/, [
  'ordered on|order placed|subscription charged on|digital order|digitale bestellung|spar-abo-bestellung',
  'bestellt am',
  'bestellung aufgegeben|bestelldatum|commandé le|commande effectuée|commande passée|date de commande',
  'date de la commande|commande numérique|ordinato il|ordine effettuato|data ordine|ordine digitale',
  'pedido realizado|pedido el|fecha del pedido|pedido digital|pedido feito|data do pedido|besteld op',
  'besteldatum|bestelling geplaatst|digitale bestelling|beställd|beställningsdatum|beställning gjord|zamówiono',
  'zamówienie złożone|data zamówienia|sipariş tarihi|sipariş verildi|注文日|注文確定日|課金日|デジタル注文|下单日期|订单日期|تم تقديم الطلب',
  'تاريخ الطلب',
]);

/**
 * The order's grand total, as opposed to subtotals and refunds. These win over {@link SUM_LABEL}: one page can
 * show both ("Gesamtbetrag: EUR 4,18" before VAT, then "Gesamtbetrag für diese Bestellung: EUR 4,98" and
 * "Endsumme: EUR 4,98" on a .de digital summary, 2019; "Summe ohne MwSt." before "Gesamtbestellwert", 2018). The
 * amazon.co.jp digital summary heads with "注文の合計：" and its pre-2014 payment block ends in "総計" (as the
 * amazon.co.jp receipt userscript furyutei/amzOrderHistoryFilter reads them). amazon.com's Spanish summaries and
 * invoices end in "Total general:" or "Total de este pedido:" ("Total of this order:" in its English), and a French
 * detail page's totals in "Total général du paiement" (as philipmulcahy/azad src/js/order.js reads them, 2019):
 * without these, such a page gave no total at all.
 */
export const GRAND_TOTAL_LABEL = /* @__PURE__ */ anyOf([
  'grand total|order total|total for this order|total of this order|total general|total général|gesamtsumme|endsumme',
  'summe der bestellung|total de este pedido',
  'gesamtbestellwert|gesamtbetrag für diese bestellung|montant total|total de la commande|totale ordine',
  'importe total|total del pedido|total do pedido|totaalbedrag|eindtotaal|totalsumma|suma całkowita',
  'genel toplam|sipariş toplamı|ご請求額|注文合計|注文の合計|総計|订单总额|الإجمالي الكلي|إجمالي الطلب',
]);

/**
 * A refund's rows below the order's charges: "Refund Total", "Item(s) refund" (amazon.ca detail page, 2024), "Summe der
 * Erstattung", "Erstattung für Artikel" (amazon.de, 2026), and the other storefronts' words for a refund. What was paid
 * back is never the order's total, whatever sum or total word the row also carries.
 */
export const REFUND_LABEL = /* @__PURE__ */ anyOf([
  'refund|erstattung|rückerstattung|remboursement|rimborso|reembolso|terugbetaling|restitutie|återbetalning|zwrot',
  'iade|返金|退款|استرداد',
]);

/**
 * Words that label the total on some pages and a net sum on others: read only when no grand-total label is. Whole words:
 * Swedish "Summa" is not the start of the "Order Summary" heading above the subtotal rows, nor "summe" of a "Summer …"
 * title above an item's price (a page whose grand-total label is in none of the lists gave its subtotal, 2026-12).
 */
export const SUM_LABEL = /* @__PURE__ */ anyOf(
  ['gesamtbetrag|summe|totale complessivo|valor total|summa|łączna kwota|总计'],
  true,
);

/**
 * "Sold by: Cadeya" under each item of a detail page or invoice (2010–2026), in each storefront's language; "Ships from
 * and sold by Amazon.com." on older pages; "販売・発送：Amazon.co.jp" (sold and shipped by).
 */
export const SOLD_BY_WORDS: readonly string[] = [
  'ships from and sold by|sold by|verkauf durch|verkauft von|vendu par|venduto da|vendido por|verkocht door',
  'säljs av|sprzedawca|satıcı|販売・発送|販売者|販売',
];
export const SOLD_BY_LABEL = /* @__PURE__ */ anyOf(SOLD_BY_WORDS);

/**
 * The VAT note an EU storefront may print at the end of the seller's line: "Verkauf durch: Beispielhändler GmbH Preise
 * inkl. MwSt." (amazon.de detail page, 2026). It says how prices are shown, so it is no part of the seller's name. The
 * other storefronts' forms are the ones their price lines use ("Prix TTC", "IVA inclusa", "All prices include VAT" …).
 */
export const VAT_NOTE = /* @__PURE__ */ anyOf([
  'preise inkl. mwst.|preisangaben inkl. ust.|inkl. mwst.|inkl. ust.|prices include vat|price includes vat|incl. vat',
  'prix ttc|tva incluse|iva inclusa|iva incluido|iva incluida|prijzen incl. btw|prijs incl. btw|incl. btw',
  'inkl. moms|cena zawiera vat|ceny zawierają vat|kdv dahil',
]);

/** "Tracking ID: TBA…", "Trackingnummer", "N° de suivi", "追跡番号" … */
export const TRACKING_ID_LABEL = /* @__PURE__ */ anyOf([
  'tracking id|tracking number|tracking no.|tracking #|trackingnummer|sendungsnummer|sendungsverfolgungsnummer',
  'n° de suivi|numéro de suivi|numero di tracciamento|id di tracciamento|número de seguimiento',
  'id de seguimiento|código de rastreamento|track & trace-code|spårningsnummer|numer przesyłki',
  'numer śledzenia|takip numarası|kargo takip no|お問い合わせ伝票番号|追跡番号|运单号|快递单号|رقم التتبع',
]);

/**
 * "Carrier: UPS", "Shipped with DHL", "Versand mit", "Expédié avec" … "Delivery facilitated by UPS" (the tracker's
 * heading as two public tracker scrapers strip it, 2024–2025); "Versand durch Amazon" (an amazon.de tracker page model,
 * 2026), "Livraison par …" (amazon.fr), "Dispatched with …" (the en-GB wording of "Shipped with").
 */
export const CARRIER_LABEL = /* @__PURE__ */ anyOf([
  'carrier|shipped with|dispatched with|delivery by|delivery facilitated by|delivered by|versand mit|versendet mit',
  'versand durch|zustellung durch|zusteller|lieferung durch',
  'transporteur|expédié avec|livraison par|livré par|corriere|spedito con|transportista|enviado con|enviado com',
  'transportadora|vervoerder|verzonden met|transportör|fraktbolag|skickat med|przewoźnik|wysłano przez',
  'kargo firması|配送業者|承运商|快递公司|شركة الشحن',
]);

/** The heading of a cancelled order's digital summary and its printable form ("Order Canceled", amazon.com 2018). */
export const ORDER_CANCELLED_HEADING = /^order cancell?ed$/i;
