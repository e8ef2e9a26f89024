import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every declaration of `prop` for `selector` in the panel's stylesheet (flat rules; comments dropped). */
function declared(selector: string, prop: string): string[] {
  const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!m[1]!.split(',').some((s) => s.trim() === selector)) continue;
    for (const decl of m[2]!.split(';')) {
      const colon = decl.indexOf(':');
      if (colon > 0 && decl.slice(0, colon).trim() === prop) out.push(decl.slice(colon + 1).trim());
    }
  }
  return out;
}

// Audit: axe's target-size rule (WCAG 2.2, 2.5.8) on the built panel measured the copy buttons 19.4 px tall, every
// <summary> (folds, "Add an order…", "How Kefu read this page") 15.2 px and the help links one 20 px line apart.
describe('small controls are at least 24 px tall', () => {
  for (const selector of ['.copy-button', 'summary', '.links li']) {
    it(selector, () => {
      const px = declared(selector, 'min-height').map((v) => Number.parseFloat(v));
      expect(Math.max(0, ...px)).toBeGreaterThanOrEqual(24);
    });
  }
});
