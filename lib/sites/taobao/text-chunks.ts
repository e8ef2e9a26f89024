import type { WorkCounter } from '../../extract/embedded-json';
import { foldTaobaoText } from '../../han-fold/taobao';

/**
 * The visible text of a subtree as a flat list of trimmed text-node strings in document order, each with the few
 * facts about its surroundings the field readers need (link target, emphasis, class hints).
 *
 * Why text nodes and not innerText: innerText forces layout and, called per element, is quadratic. This is one
 * iterative walk (no recursion, so 10 000 nested divs are fine), each node visited once, ancestors looked at to a
 * fixed small depth.
 */
export interface TextChunk {
  text: string;
  /**
   * The text with traditional characters folded to simplified, as long as `text` (the same string on a simplified
   * page): labels and state words are matched here, values are read from `text` at the same offsets.
   */
  key: string;
  /** href of the nearest enclosing `<a>` (up to 4 levels up), as written in the page. */
  href: string | null;
  /** That link's title: the whole name where the text is cut ("鼎信网络充..." titled 鼎信网络充值专营店, 2013–2015). */
  linkTitle: string | null;
  /** Inside `<strong>`/`<b>`/`<em>` (the list shows the order total in bold). */
  emphasis: boolean;
  /**
   * Lower-cased class names of the text's ancestors up to its cell (`td`, `th`, `li`; 4 levels at most), for hints
   * like `amount` or `quantity`: the React list (2016–2024) puts the total's class 4 levels up
   * (`div.price-mod__price > p > strong > span`), the old table on the cell (`td.amount > strong`).
   */
  classHint: string;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const ANCESTOR_LOOKUP = 4;
const MAX_CHUNK_TEXT = 2000;
/** Where a text's class hints stop: its own table cell or list item. */
const CELL_TAGS = /^(?:TD|TH|LI)$/;

export function collectTextChunks(
  root: Node | null,
  counter: WorkCounter = { steps: 0 },
  maxChunks = 100_000,
): TextChunk[] {
  const chunks: TextChunk[] = [];
  if (!root) return chunks;
  let node: Node | null = root.firstChild;
  // Each DOM property read is a call into the browser, so each is read once (a page's every node passes here).
  let next: Node | null;
  while (node && chunks.length < maxChunks) {
    counter.steps++;
    next = null;
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      if (!SKIPPED.has(node.nodeName.toUpperCase())) next = node.firstChild;
    } else if (type === TEXT_NODE) {
      // Trimmed first: most text nodes are the blanks between tags, which leaves the regex nothing to scan. (trim()
      // strips exactly what \s matches, so this equals collapsing first.)
      const text = (node.nodeValue ?? '').trim().replace(/\s+/g, ' ');
      if (text.length > 0) chunks.push(describe(node, text.slice(0, MAX_CHUNK_TEXT)));
    }
    // Down to the first child, else on to the next sibling of the node or of its nearest ancestor that has one.
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (next) break;
      node = node.parentNode;
      counter.steps++;
    }
    if (!next) break;
    node = next;
  }
  return chunks;
}

function describe(textNode: Node, text: string): TextChunk {
  let href: string | null = null;
  let linkTitle: string | null = null;
  let emphasis = false;
  let classHint = '';
  let cell = false;
  let el: Element | null = textNode.parentElement;
  for (let i = 0; i < ANCESTOR_LOOKUP && el; i++) {
    const tag = el.nodeName.toUpperCase();
    if (href === null && tag === 'A') {
      href = el.getAttribute('href');
      linkTitle = el.getAttribute('title');
    }
    if (i < 3 && (tag === 'STRONG' || tag === 'B' || tag === 'EM')) emphasis = true;
    // Up to the text's own cell (`td`, `th`, `li`): a row's class (`tr.order-amount-row`) covers every figure in it.
    if (!cell) classHint += ` ${el.getAttribute('class')?.toLowerCase() ?? ''}`;
    cell ||= CELL_TAGS.test(tag);
    el = el.parentElement;
  }
  return { text, key: foldTaobaoText(text), href, linkTitle, emphasis, classHint };
}
