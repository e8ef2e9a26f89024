/**
 * Which of the page's orders the user right-clicked: the first order ID found in the text of the clicked
 * element or its nearest ancestor that mentions one. Generic on purpose (no site selectors): an order card
 * contains its own ID on every layout we know. Falls back to the first order.
 */
export function nearestOrderId(target: Node | null, orderIds: readonly string[]): string | null {
  if (orderIds.length === 0) return null;
  let node: Node | null = target;
  for (let depth = 0; node && depth < 40; depth++, node = node.parentNode) {
    const text = node.textContent ?? '';
    // The whole document mentions every order: stop before it and use the fallback.
    if (node === node.ownerDocument?.body || node.nodeType === 9) break;
    const found = orderIds.filter((id) => text.includes(id));
    if (found.length === 1) return found[0]!;
    if (found.length > 1) break;
  }
  return orderIds[0]!;
}
