/**
 * Text as the shopper sees it, read with `textContent`-like walks that skip `<script>`, `<style>`,
 * `<noscript>` and `<template>`. Why not `textContent`: Amazon's order cards embed a 130 kB inline
 * script inside each card (seen amazon.com 2010–2025 order lists), and decoy order-shaped IDs
 * (session ids, `000-0000000-8675309`) live in scripts. Why not `innerText`: it forces layout in a
 * real browser. Each walk is linear in the size of the subtree it is given.
 */

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);

const TEXT_NODE = 3;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a number so this also runs where NodeFilter is no global
const UNUSUAL_SPACE = /[\t\n\r\f\v\u00a0\u202f\u2009\u200b\u200e\u200f]|\s\s/;

/** Collapses runs of whitespace (incl. NBSP and narrow NBSP) to one space and trims. */
export function collapseSpace(text: string): string {
  const trimmed = text.trim();
  // Most text nodes are indentation (empty once trimmed) or already clean: skip the regex for them.
  if (!trimmed || !UNUSUAL_SPACE.test(trimmed)) return trimmed;
  return trimmed.replace(/[\s\u00a0\u202f\u2009\u200b\u200e\u200f]+/g, ' ').trim();
}

/**
 * Non-empty text pieces under `root`, in document order, one per text node (collapsed).
 * `limit` stops the walk early once that many pieces were collected.
 * A native TreeWalker over text nodes only (elements are not visited from JS, which is what makes a walk
 * slow in a real browser); a text node is dropped when its parent is a script, style, noscript or template.
 */
export function textChunks(root: Node | null | undefined, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (!root) return out;
  if (root.nodeType === TEXT_NODE) {
    const t = collapseSpace((root as Text).data);
    if (t) out.push(t);
    return out;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let lastParent: Node | null = null;
  let skip = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    // Inline scripts are long (130 kB on list cards): check the parent before touching such text.
    const t = data.length > 200 ? data : collapseSpace(data);
    if (!t) continue;
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      skip = parent !== null && SKIPPED_TAGS.has((parent as Element).localName);
    }
    if (skip) continue;
    out.push(t === data ? collapseSpace(data) : t);
    if (out.length >= limit) break;
  }
  return out;
}
/** Visible text of an element as one collapsed string ('' for null). */
export function visibleText(root: Node | null | undefined): string {
  return textChunks(root).join(' ');
}
