/**
 * Brings a section the user just asked for into view and puts the keyboard on its heading (which has
 * `tabindex="-1"`), so a screen reader reads where the user now is and Tab continues from there. Picking an order in
 * a long list (50 rows) leaves its card, message and help some 2,000 px below the row: without this nothing visible
 * happens. A heading already in the upper half of the view is not scrolled to (the list stays where it was); the
 * scroll is instant when the user asked the system for reduced motion.
 */
export function revealSection(heading: HTMLElement | null): void {
  if (!heading) return;
  const view = heading.ownerDocument.defaultView;
  const top = heading.getBoundingClientRect().top;
  const inUpperHalf = top >= 0 && top <= (view?.innerHeight ?? 0) / 2;
  if (!inUpperHalf) {
    const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    heading.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }
  // preventScroll: the scroll above is the one wanted (focus would jump instantly, and only as far as "nearest").
  heading.focus({ preventScroll: true });
}
