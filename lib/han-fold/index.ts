import { HAN_FOLD_PAIRS } from './data/han-fold.generated';
import { hanFolder } from './folder';

/**
 * Every traditional character OpenCC folds (about 3,000), for note search: Taobao and Tmall pages, and what their
 * agents write, are in simplified characters, while shoppers in Hong Kong and Taiwan type notes and queries in
 * traditional ones. Both the search rows and the query are folded, so 訂單 finds 订单 and 退货 finds 退貨.
 * The privacy detector uses the smaller table of `./labels` (it ships in the guard's content script).
 */
export const foldTraditional = hanFolder(HAN_FOLD_PAIRS);
