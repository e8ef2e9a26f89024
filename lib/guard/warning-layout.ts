/**
 * Where a warning box goes: above its field (below the field sits the page's Send button), below it when there is
 * no room above, never over another warning box nor over the field the user is in, and off the other warned fields
 * where there is room. Two warned fields one under the other (a refund form's reason and comment boxes): the first
 * box placed (the field the user is in) keeps its spot beside its field, the others go around it, or are hidden
 * when the viewport has no room left for them (they come back with their field's focus). A field that fills the
 * viewport (a short editor frame) gets a compact box over it, off its text. Pure: viewport coordinates in, a box out.
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface AnchorRect {
  top: number;
  bottom: number;
  left: number;
}

export const WARNING_GAP = 6;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Fields a box should stay off (viewport coordinates). */
export interface FieldObstacles {
  /** The field with the keyboard focus: no box other than a lone one with no spot left may cover it. */
  focused?: Box | null;
  /** The warned fields: a box goes over one only when there is no other spot. */
  fields?: readonly Box[];
}

const isEmptyBox = (box: Box) => box.width <= 0 && box.height <= 0;

/**
 * Places a box of `size` next to `anchor` in a viewport, clear of the `occupied` boxes (other warnings) and, if
 * possible, of the warned fields; never over the focused field. A spot on the far side of another field (the box
 * would sit next to the wrong field) is taken only when the other side of its own field has none. With nothing
 * occupied it always returns a box (clamped into the viewport, as a lone warning always was); otherwise null when
 * no spot above or below (after stepping past what is in the way) fits in the viewport.
 */
export function placeWarningBox(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  occupied: readonly Box[] = [],
  obstacles: FieldObstacles = {},
): Box | null {
  const gap = WARNING_GAP;
  const width = Math.min(size.width, viewport.width - 2 * gap);
  const height = size.height;
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - width - gap));
  const above = { top: anchor.top - gap - height, step: -1 } as const;
  const below = { top: anchor.bottom + gap, step: 1 } as const;
  const preferred = above.top >= gap ? above : below;
  const tries = preferred === above ? [above, below] : [below, above];
  const focused = obstacles.focused && !isEmptyBox(obstacles.focused) ? [obstacles.focused] : [];
  const fields = (obstacles.fields ?? []).filter((box) => !isEmptyBox(box));
  const fieldBoxes = new Set<Box>([...focused, ...fields]);

  const search = (start: number, step: number, blockers: readonly Box[]) => {
    let top = start;
    let crossedField = false;
    // Each step moves past one blocker, so this ends after at most blockers.length steps.
    for (let steps = 0; steps <= blockers.length; steps++) {
      if (top < gap || top + height > viewport.height - gap) return null;
      const candidate = { top, left, width, height };
      const hit = blockers.find((box) => boxesOverlap(candidate, box));
      if (!hit) return { box: candidate, crossedField };
      if (fieldBoxes.has(hit)) crossedField = true;
      top = step < 0 ? hit.top - gap - height : hit.top + hit.height + gap;
    }
    return null;
  };

  // First clear of every warned field, then only of the focused one.
  for (const blockers of [
    [...occupied, ...focused, ...fields],
    [...occupied, ...focused],
  ]) {
    if (!blockers.length) break;
    const found = tries.map((attempt) => search(attempt.top, attempt.step, blockers)).filter((f) => f !== null);
    const pick = found.find((f) => !f.crossedField) ?? found[0];
    if (pick) return pick.box;
  }
  if (occupied.length === 0) {
    const top = Math.max(gap, Math.min(preferred.top, viewport.height - height - gap));
    return { top, left, width, height };
  }
  return null;
}

/**
 * A box that has no spot beside its field (the field fills the viewport: a short editor frame whose body is the
 * field) goes over the field's visible part, or, when the field is shorter than the viewport, anywhere in the
 * free viewport area. `avoid` lists sets of boxes, best first (the typed text, then the caret): the box goes clear
 * of all of them, else of the last ones (the caret), else where it covers the least of those. `current`, the spot
 * the box has now, is kept while it is as clear as the best spot (no flip-flop while typing). Always returns a box.
 */
export function placeOverField(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly (readonly Box[])[] = [],
  current: Box | null = null,
): Box {
  const gap = WARNING_GAP;
  const width = Math.min(size.width, viewport.width - 2 * gap);
  const height = Math.min(size.height, Math.max(0, viewport.height - 2 * gap));
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - width - gap));
  const clampTop = (top: number) => Math.max(gap, Math.min(top, viewport.height - height - gap));
  const sets = avoid.map((boxes) => boxes.filter((box) => box.height > 0)).filter((boxes) => boxes.length);
  // Each level keeps the sets after it: clear of the text is clear of the caret too.
  const levels = sets.map((_, i) => sets.slice(i).flat());
  const tops = [
    ...(current ? [current.top] : []),
    Math.min(anchor.bottom, viewport.height) - gap - height,
    anchor.top + gap,
    // The free viewport area beyond a field shorter than the viewport, and the spots next to the text and caret.
    viewport.height - gap - height,
    gap,
    ...sets.flat().flatMap((box) => [box.top + box.height + gap, box.top - gap - height]),
  ];
  const spots = [...new Set(tops.map(clampTop))].map((top) => ({ top, left, width, height }));
  for (const level of levels) {
    const free = spots.find((spot) => !level.some((box) => boxesOverlap(spot, box)));
    if (free) return free;
  }
  const last = levels.at(-1);
  if (!last) return spots[0]!;
  // No spot clear of the caret (a frame too short): the one covering the least of it.
  const covered = (spot: Box) =>
    last
      .filter((box) => boxesOverlap(spot, box))
      .reduce(
        (sum, box) => sum + Math.min(spot.top + spot.height, box.top + box.height) - Math.max(spot.top, box.top),
        0,
      );
  return spots.reduce((best, spot) => (covered(spot) < covered(best) ? spot : best));
}
