import { HAN_FOLD_PAIRS } from './data/han-fold.generated';

/*
 * Traditional → simplified Chinese for search, one character for one (OpenCC's tables, see data/SOURCE.md): Taobao
 * and Tmall pages, and what their agents write, are in simplified characters, while shoppers in Hong Kong and Taiwan
 * type notes and queries in traditional ones. Both the search rows and the query are folded, so 訂單 finds 订单, 退货
 * finds 退貨 and either finds a note that mixes them. Every pair is two BMP characters: a text keeps its length.
 */
let table: Map<string, string> | undefined;
const HAN = /[\u3400-\u9fff]/;
const HAN_G = /[\u3400-\u9fff]/g;

function foldTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i + 1 < HAN_FOLD_PAIRS.length; i += 2)
      table.set(HAN_FOLD_PAIRS.charAt(i), HAN_FOLD_PAIRS.charAt(i + 1));
  }
  return table;
}

/** `訂單號` → `订单号`; text without a CJK ideograph comes back as it is, without building the table. */
export function foldTraditional(text: string): string {
  if (!HAN.test(text)) return text;
  const map = foldTable();
  return text.replace(HAN_G, (c) => map.get(c) ?? c);
}
