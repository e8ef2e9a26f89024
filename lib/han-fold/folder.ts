/**
 * Traditional → simplified Chinese, one character for one, from a table of pairs (OpenCC's, see data/SOURCE.md):
 * each pair is two BMP characters, so a folded text keeps its length and every offset into it (a match found in the
 * folded text masks the same characters of the original). The table is built on first use.
 *
 * Why a class of the table's own characters and not every CJK ideograph: the guard folds what is typed at each
 * keystroke, mostly simplified Chinese or no Chinese at all; a text without one of the table's characters is
 * returned as it is after one scan, and only those characters reach the replacer.
 */
export function hanFolder(pairs: string): (text: string) => string {
  let table: Map<string, string> | undefined;
  let keys: RegExp | undefined;
  return (text) => {
    if (!table || !keys) {
      table = new Map();
      for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs.charAt(i), pairs.charAt(i + 1));
      keys = new RegExp(`[${[...table.keys()].join('')}]`, 'g');
    }
    keys.lastIndex = 0;
    if (!keys.test(text)) return text;
    const map = table;
    return text.replace(keys, (c) => map.get(c) ?? c);
  };
}
