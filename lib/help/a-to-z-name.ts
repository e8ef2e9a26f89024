import { amazonMarketplaceForHost } from '../sites/amazon/marketplaces';
import type { Lang } from '../templates';

/**
 * The A-to-z Guarantee's name on storefronts that do not call it "A-to-z": amazon.co.jp names it
 * Amazonマーケットプレイス保証 (sellercentral.amazon.co.jp help G27951, "Amazonマーケットプレイス保証申請"; settlement
 * reports map that to "A-to-z Guarantee claims"). A shopper told to claim under "A-to-z" finds no such name there.
 */
const LOCAL_NAMES: Readonly<Record<string, string>> = { 'amazon.co.jp': 'Amazonマーケットプレイス保証' };

/** Adds the storefront's own name after each "A-to-z" in the text; unchanged where the storefront says A-to-z. */
export function withLocalAToZName(text: string, lang: Lang, marketplace?: string | null): string {
  const domain = marketplace ? amazonMarketplaceForHost(marketplace.trim())?.domain : undefined;
  const name = domain && LOCAL_NAMES[domain];
  if (!name) return text;
  if (lang === 'en') return text.replace(/A-to-z Guarantee/g, `A-to-z Guarantee (${name})`);
  const note = `该站点称为“${name}”`;
  return text.replace(/（A-to-z）|A-to-z/g, (m) => (m === 'A-to-z' ? `A-to-z（${note}）` : `（A-to-z，${note}）`));
}
