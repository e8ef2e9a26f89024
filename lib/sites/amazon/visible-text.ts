/**
 * Text as the shopper sees it, read with `textContent`-like walks that skip `<script>`, `<style>`,
 * `<noscript>` and `<template>`. Why not `textContent`: Amazon's order cards embed a 130 kB inline
 * script inside each card (seen amazon.com 2010–2025 order lists), and decoy order-shaped IDs
 * (session ids, `000-0000000-8675309`) live in scripts. Why not `innerText`: it forces layout in a
 * real browser. Each walk is linear in the size of the subtree it is given.
 */

/** Elements whose text is never shown (also skipped by the card finder's own walk, cards-by-label.ts). */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);

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
 * The non-empty text pieces under `root`, in document order, one per text node (collapsed), read only as far as
 * they are asked for: a card header's date and total are among its first pieces, and the rest of the header is
 * then never walked (2026-11: half the header's text nodes on amazon.com lists, most of them indentation).
 * A native TreeWalker over text nodes only (elements are not visited from JS, which is what makes a walk slow in a
 * real browser); a text node is dropped when its parent is a script, style, noscript or template.
 */
export class TextChunks {
  private readonly pieces: string[] = [];
  private walker: TreeWalker | null = null;
  private lastParent: Node | null = null;
  private skip = false;

  /** `limit`: at() reads no piece past it (a card header's first ones are what counts); all() reads them all. */
  constructor(
    root: Node | null | undefined,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {
    if (!root) return;
    if (root.nodeType === TEXT_NODE) {
      const t = collapseSpace((root as Text).data);
      if (t) this.pieces.push(t);
      return;
    }
    // An element holding one text node (a value, a link, a badge): no walker needed.
    const only = root.firstChild;
    if (only && only === root.lastChild && only.nodeType === TEXT_NODE) {
      if (SKIPPED_TAGS.has((root as Element).localName)) return;
      const t = collapseSpace((only as Text).data);
      if (t) this.pieces.push(t);
      return;
    }
    this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  }

  /** The `i`-th piece, walking on until it is read; undefined past the last one (or the limit). */
  at(i: number): string | undefined {
    if (i >= this.limit) return undefined;
    while (i >= this.pieces.length && this.walker) this.readNext();
    return this.pieces[i];
  }

  /** Every piece. */
  all(): string[] {
    while (this.walker) this.readNext();
    return this.pieces;
  }

  /** Reads on to the next non-empty piece, or to the end of the walk. */
  private readNext(): void {
    const walker = this.walker as TreeWalker;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      // Inline scripts are long (130 kB on list cards): check the parent before touching such text.
      const long = data.length > 200;
      const t = long ? data : collapseSpace(data);
      if (!t) continue;
      const parent = node.parentNode;
      if (parent !== this.lastParent) {
        this.lastParent = parent;
        this.skip = parent !== null && SKIPPED_TAGS.has((parent as Element).localName);
      }
      if (this.skip) continue;
      this.pieces.push(long ? collapseSpace(data) : t);
      return;
    }
    this.walker = null;
  }
}

/** Non-empty text pieces under `root`, in document order, one per text node (collapsed). */
export function textChunks(root: Node | null | undefined): string[] {
  return new TextChunks(root).all();
}

/** Visible text of an element as one collapsed string ('' for null). */
export function visibleText(root: Node | null | undefined): string {
  return textChunks(root).join(' ');
}
