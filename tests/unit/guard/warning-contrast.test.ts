// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWarningView } from '../../../lib/guard/warning-view';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((k) => {
      const c = Number.parseInt(hex.slice(k, k + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour `prop` takes in the last rule for `selector` of `css` (flat rules only). */
function colourOf(css: string, selector: string, prop: RegExp): string | undefined {
  let found: string | undefined;
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!m[1]!.split(',').some((s) => s.trim() === selector)) continue;
    for (const decl of m[2]!.split(';')) {
      const [name, value] = [decl.slice(0, decl.indexOf(':')).trim(), decl.slice(decl.indexOf(':') + 1)];
      const hex = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value)?.[1];
      // #888 is #888888.
      if (prop.test(name) && hex) found = `#${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
    }
  }
  return found;
}

// Audit (axe cannot see a focus ring): the buttons' 2 px focus ring, #1a73e8, was 2.91:1 on the dark "caution" box
// (#3a3000) and the dark buttons' edge 2.93:1; WCAG 1.4.11 asks 3:1 for both.
describe("the guard's warning box: non-text contrast", () => {
  const view = createWarningView(document, { onAction() {}, onDismiss() {} });
  const css = view.host.shadowRoot!.querySelector('style')!.textContent!;
  view.remove();
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const light = css.slice(0, darkAt);
  const dark = css.slice(darkAt).replace(/^[^{]*\{/, '');

  for (const [scheme, rules] of [
    ['light', [light]],
    ['dark', [light, dark]],
  ] as const) {
    const pick = (selector: string, prop: RegExp) =>
      rules
        .map((r) => colourOf(r, selector, prop))
        .filter(Boolean)
        .at(-1)!;
    it(`focus ring and button edges reach 3:1 on both box tones (${scheme})`, () => {
      const ring = pick('button:focus-visible', /^outline(-color)?$/);
      const edge = pick('button', /^border(-color)?$/);
      for (const box of [pick('.box', /^background$/), pick('.box.danger', /^background$/)]) {
        expect(contrast(ring, box), `ring ${ring} on ${box}`).toBeGreaterThanOrEqual(3);
        expect(contrast(edge, box), `edge ${edge} on ${box}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
