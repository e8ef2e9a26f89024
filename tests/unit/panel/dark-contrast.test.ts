import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Rule {
  selector: string;
  decls: Record<string, string>;
  dark: boolean;
}

/** Enough of CSS for the panel's stylesheets: plain rules, and rules inside `@media (prefers-color-scheme: dark)`. */
function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (text: string, dark: boolean) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      const body = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) {
        walk(body, dark || /prefers-color-scheme:\s*dark/.test(prelude));
      } else {
        const decls: Record<string, string> = {};
        for (const decl of body.split(';')) {
          const colon = decl.indexOf(':');
          if (colon > 0) decls[decl.slice(0, colon).trim()] = decl.slice(colon + 1).trim();
        }
        for (const selector of prelude.split(',')) rules.push({ selector: selector.trim(), decls, dark });
      }
      i = j;
    }
  };
  walk(src, false);
  return rules;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((k) => {
    const c = Number.parseInt(m[1]!.slice(k, k + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const panel = parseRules(readFileSync('entrypoints/sidepanel/style.css', 'utf8'));
const notes = parseRules(readFileSync('components/notes/notes.css', 'utf8'));
const all = [...panel, ...notes];

function palette(dark: boolean): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rule of panel.filter((r) => r.selector === ':root' && (!r.dark || dark))) {
    for (const [k, v] of Object.entries(rule.decls)) if (k.startsWith('--')) vars[k] = v;
  }
  return vars;
}

/** The text colour of `selector` in the scheme, var() resolved; a dark-scheme rule wins over the plain one. */
function textColour(selector: string, dark: boolean): string {
  const matching = all.filter((r) => r.selector === selector && r.decls.color && (!r.dark || dark));
  const value = matching.at(-1)?.decls.color;
  if (!value) throw new Error(`no colour for ${selector}`);
  const vars = palette(dark);
  return value.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) => {
    const v = vars[name] ?? fallback;
    if (!v) throw new Error(`undefined ${name}`);
    return v;
  });
}

// Error, warning, overdue and success text: on the panel background and on the raised surface.
const STATE_TEXT = ['.form-error', '.notes-warning', '.notes-kept', '.notes-due.overdue', '.notes-ok'];

describe('state colours are readable', () => {
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';
    for (const selector of STATE_TEXT) {
      it(`${selector} reaches 4.5:1 in the ${scheme} scheme`, () => {
        const vars = palette(dark);
        const fg = textColour(selector, dark);
        expect(contrast(fg, vars['--bg']!)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fg, vars['--surface']!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('every literal or variable text colour on the page background reaches 4.5:1 in the dark scheme', () => {
    const vars = palette(true);
    const failures: string[] = [];
    for (const rule of all) {
      const color = rule.decls.color;
      if (!color || /inherit|currentcolor/i.test(color)) continue;
      // Rules that paint their own background (buttons, toast) are measured against that, not the page.
      const bg = rule.decls.background ?? rule.decls['background-color'];
      if (bg && !/^(none|transparent)$/.test(bg)) continue;
      const fg = textColour(rule.selector, true);
      const ratio = contrast(fg, vars['--bg']!);
      if (ratio < 4.5) failures.push(`${rule.selector} ${fg} ${ratio.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  // Audit (axe does not measure non-text contrast): the fields' 1 px edge was --border, 1.43:1 on white and 1.92:1 on
  // the dark page, and the edge is the only thing marking a text field whose background is the page's.
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';
    it(`form fields' edges reach 3:1 (WCAG 1.4.11) on --bg and --surface in the ${scheme} scheme`, () => {
      const vars = palette(dark);
      for (const selector of ['input', 'select', 'textarea']) {
        const border = all.filter((r) => r.selector === selector && r.decls.border).at(-1)?.decls.border ?? '';
        const colour = border
          .replace(/var\((--[\w-]+)\)/, (_, name: string) => vars[name] ?? name)
          .split(/\s+/)
          .at(-1)!;
        expect(contrast(colour, vars['--bg']!), selector).toBeGreaterThanOrEqual(3);
        expect(contrast(colour, vars['--surface']!), selector).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('measures like WCAG (sanity check of the formula)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
