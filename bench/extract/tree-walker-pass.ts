/** The baseline: one TreeWalker pass over the page's text nodes, summing their lengths. */
export function treeWalkerTextPass(doc: Document): number {
  // 4 = NodeFilter.SHOW_TEXT (the constant, so this runs where NodeFilter is not a global).
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) total += (node as Text).data.length;
  return total;
}
