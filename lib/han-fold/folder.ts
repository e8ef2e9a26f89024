/**
 * Traditional → simplified Chinese, one character for one, from a table of pairs (OpenCC's, see data/SOURCE.md):
 * each pair is two BMP characters, so a folded text keeps its length and every offset into it (a match found in the
 * folded text masks the same characters of the original). The table is built on first use.
 */
export function hanFolder(pairs: string): (text: string) => string {
  let table: Map<string, string> | undefined;
  return (text) => {
    if (!HAN.test(text)) return text;
    if (!table) {
      table = new Map();
      for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs.charAt(i), pairs.charAt(i + 1));
    }
    const map = table;
    return text.replace(HAN_G, (c) => map.get(c) ?? c);
  };
}

const HAN = /[\u3400-\u9fff]/;
const HAN_G = /[\u3400-\u9fff]/g;
