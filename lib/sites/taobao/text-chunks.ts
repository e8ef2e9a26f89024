import type { WorkCounter } from '../../extract/embedded-json';

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
  /** href of the nearest enclosing `<a>` (up to 4 levels up), as written in the page. */
  href: string | null;
  /** That link's title: the whole name where the text is cut ("鼎信网络充..." titled 鼎信网络充值专营店, 2013–2015). */
  linkTitle: string | null;
  /** Inside `<strong>`/`<b>`/`<em>` (the list shows the order total in bold). */
  emphasis: boolean;
  /** Lower-cased class names of the parent and grandparent, for hints like `amount` or `quantity`. */
  classHint: string;
}

/** Text under these is not shown as text (raw-text elements, form widgets, frames). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME']);
const SVG_NS = 'http://www.w3.org/2000/svg';
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a number so this also runs where NodeFilter is no global
const ANCESTOR_LOOKUP = 4;
const MAX_CHUNK_TEXT = 2000;

function classOf(el: Element | null): string {
  if (!el) return '';
  const c = el.getAttribute('class');
  return c ? c.toLowerCase() : '';
}

/** Whether text directly under `parent` is hidden from the shopper (script, style, form widget, SVG drawing). */
function hides(parent: Node | null): boolean {
  if (parent?.nodeType !== 1) return false;
  return SKIPPED.has(parent.nodeName.toUpperCase()) || (parent as Element).namespaceURI === SVG_NS;
}

/**
 * A native TreeWalker over text nodes only: elements are never visited from JS, which is what a walk costs in a
 * real browser (a JS firstChild/nextSibling walk over every node was 10× a text-node pass on a Taobao detail page,
 * Chromium 2026-11). Text under the hidden elements is dropped by its parent: their text is always a direct child
 * (`<option>` inside `<select>`), except in SVG, whose elements all carry the SVG namespace.
 */
export function collectTextChunks(
  root: Node | null,
  counter: WorkCounter = { steps: 0 },
  maxChunks = 100_000,
): TextChunk[] {
  const chunks: TextChunk[] = [];
  if (!root) return chunks;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let lastParent: Node | null = null;
  let skip = false;
  let facts: Omit<TextChunk, 'text'> | null = null;
  for (let node = walker.nextNode(); node && chunks.length < maxChunks; node = walker.nextNode()) {
    counter.steps++;
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      skip = hides(parent);
      facts = null;
    }
    if (skip) continue;
    const raw = node.nodeValue ?? '';
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length === 0) continue;
    // Text nodes under one parent share its surroundings.
    facts ??= describe(node);
    chunks.push({ text: text.slice(0, MAX_CHUNK_TEXT), ...facts });
  }
  return chunks;
}

function describe(textNode: Node): Omit<TextChunk, 'text'> {
  let href: string | null = null;
  let linkTitle: string | null = null;
  let emphasis = false;
  const parent = textNode.parentElement;
  let el: Element | null = parent;
  for (let i = 0; i < ANCESTOR_LOOKUP && el; i++) {
    const tag = el.nodeName.toUpperCase();
    if (href === null && tag === 'A') {
      href = el.getAttribute('href');
      linkTitle = el.getAttribute('title');
    }
    if (i < 3 && (tag === 'STRONG' || tag === 'B' || tag === 'EM')) emphasis = true;
    el = el.parentElement;
  }
  return { href, linkTitle, emphasis, classHint: `${classOf(parent)} ${classOf(parent?.parentElement ?? null)}` };
}
