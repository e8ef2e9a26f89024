/**
 * Where a warning box goes: above its field (below the field sits the page's Send button), below it when there is
 * no room above, and never over another warning box. Two warned fields side by side or one under the other (a
 * refund form's reason and comment boxes) used to get boxes drawn over each other; now the first box placed (the
 * field the user is in) keeps its usual spot and the others stack beside it, or are hidden when the viewport has no
 * room left for them. Pure: viewport coordinates in, a box out.
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

/**
 * Places a box of `size` next to `anchor` in a viewport, clear of the `occupied` boxes. With nothing occupied it
 * always returns a box (clamped into the viewport, as a lone warning always was); otherwise null when no spot
 * above or below (after stepping past the boxes in the way) fits in the viewport.
 */
export function placeWarningBox(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  occupied: readonly Box[] = [],
): Box | null {
  const gap = WARNING_GAP;
  const width = Math.min(size.width, viewport.width - 2 * gap);
  const height = size.height;
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - width - gap));
  const above = { top: anchor.top - gap - height, step: -1 } as const;
  const below = { top: anchor.bottom + gap, step: 1 } as const;
  const preferred = above.top >= gap ? above : below;
  const tries = preferred === above ? [above, below] : [below, above];

  if (occupied.length === 0) {
    const top = Math.max(gap, Math.min(preferred.top, viewport.height - height - gap));
    return { top, left, width, height };
  }
  for (const attempt of tries) {
    let top = attempt.top;
    // Each step moves past one occupied box, so this ends after at most occupied.length steps.
    for (let steps = 0; steps <= occupied.length; steps++) {
      if (top < gap || top + height > viewport.height - gap) break;
      const candidate = { top, left, width, height };
      const hit = occupied.find((box) => boxesOverlap(candidate, box));
      if (!hit) return candidate;
      top = attempt.step < 0 ? hit.top - gap - height : hit.top + hit.height + gap;
    }
  }
  return null;
}
