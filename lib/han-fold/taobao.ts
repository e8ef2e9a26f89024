import { TAOBAO_FOLD_PAIRS } from './data/taobao-fold.generated';
import { hanFolder } from './folder';

/**
 * Traditional → simplified for the Taobao/Tmall reader's labels and state words: Taobao's zh-TW / zh-HK interface
 * writes the simplified page's words in traditional characters (訂單號, 實付款, 成交時間, 賣家已發貨, 運單號碼), so a text
 * folded here matches the same labels. Only the pairs whose simplified character lib/sites/taobao's code uses
 * (scripts/gen-han-fold.mjs picks them): a few hundred bytes in the orders content script, not the whole table. One
 * character for one, so an offset found in the folded text points at the same characters of the page's own text,
 * which is what the reader returns (a shop, an item, a state as the page words it).
 */
export const foldTaobaoText = hanFolder(TAOBAO_FOLD_PAIRS);
