#!/usr/bin/env node
// Generates lib/tracking/data/couriers.generated.ts from the jkeen/tracking_number_data courier JSONs.
//
// Why a generator instead of importing the JSONs: the JSONs carry test numbers, glossaries, URLs of postal
// operators and a 250-row DPD country table that the extension never needs; shipping only what detection uses
// keeps the content-script bundle small. The test numbers stay in tests/fixtures/tracking/.
//
// Why the regexes are rewritten: the dataset is Ruby-flavoured and puts `\s*` between every character so that
// "1Z 999 AA1 …" matches. We always match against a normalised number (whitespace removed, upper-cased), so
// every `\s*` (and `\s` inside a character class) is dead weight; dropping them gives short, linear regexes.
// The script checks that the rewritten regex agrees with the original on every test number before writing.
//
// Usage: node scripts/gen-tracking-data.mjs [sourceDir]
//   sourceDir defaults to /work/shared/reference/tracking_number_data, falling back to the fixture copy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [
  process.argv[2],
  '/work/shared/reference/tracking_number_data',
  join(root, 'tests/fixtures/tracking/tracking_number_data'),
].filter(Boolean);
const sourceDir = candidates.find((dir) => existsSync(join(dir, 'couriers')));
if (!sourceDir) throw new Error(`tracking_number_data not found in ${candidates.join(', ')}`);
const outDir = join(root, 'lib/tracking/data');
mkdirSync(outDir, { recursive: true });

// Display names: the dataset's `name` is sometimes a format label ("Landmark Global LTN") or a long official name.
const DISPLAY_NAMES = {
  amazon: 'Amazon Logistics',
  usps: 'USPS',
  landmark: 'Landmark Global',
};
// Chinese names for carriers of Chinese origin that appear in the international dataset.
const ZH_NAMES = { yunexpress: '云途物流' };
// S10 operator names that shops print differently from the UPU list.
const S10_OPERATOR_NAMES = {
  US: 'USPS',
  GB: 'Royal Mail',
  CN: 'China Post',
};

/** Removes Ruby-style optional whitespace; the input we match is already normalised. */
function stripWhitespace(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === 's') {
        // `\s*`, `\s+`, `\s?` outside a class, bare `\s` inside a class: all removed.
        i += 1;
        if (!inClass && (pattern[i + 1] === '*' || pattern[i + 1] === '+' || pattern[i + 1] === '?')) i += 1;
        continue;
      }
      out += c + next;
      i += 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** Minimum and maximum length of strings a (simple, dataset-style) regex can match. */
function lengthRange(src) {
  let pos = 0;
  function parseAlternation() {
    const branches = [parseSequence()];
    while (src[pos] === '|') {
      pos += 1;
      branches.push(parseSequence());
    }
    return [Math.min(...branches.map((b) => b[0])), Math.max(...branches.map((b) => b[1]))];
  }
  function parseSequence() {
    let min = 0;
    let max = 0;
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
      let [amin, amax] = parseAtom();
      const q = parseQuantifier();
      if (q) {
        amin *= q[0];
        amax = q[1] === Number.POSITIVE_INFINITY ? q[1] : amax * q[1];
      }
      min += amin;
      max += amax;
    }
    return [min, max];
  }
  function parseAtom() {
    const c = src[pos];
    if (c === '\\') {
      const e = src[pos + 1];
      pos += 2;
      return e === 'b' || e === 'B' ? [0, 0] : [1, 1];
    }
    if (c === '[') {
      pos += 1;
      while (src[pos] !== ']') pos += src[pos] === '\\' ? 2 : 1;
      pos += 1;
      return [1, 1];
    }
    if (c === '^' || c === '$') {
      pos += 1;
      return [0, 0];
    }
    if (c === '(') {
      pos += 1;
      let zeroWidth = false;
      if (src[pos] === '?') {
        if (src[pos + 1] === '=' || src[pos + 1] === '!') zeroWidth = true;
        if (src[pos + 1] === '<' && src[pos + 2] !== '=' && src[pos + 2] !== '!') {
          pos = src.indexOf('>', pos) + 1;
        } else {
          pos += 2;
          if (src[pos - 1] === '<') {
            zeroWidth = true;
            pos += 1;
          }
        }
      }
      const inner = parseAlternation();
      if (src[pos] !== ')') throw new Error(`unbalanced group in ${src}`);
      pos += 1;
      return zeroWidth ? [0, 0] : inner;
    }
    pos += 1;
    return [1, 1];
  }
  function parseQuantifier() {
    const c = src[pos];
    const simple = { '*': [0, Number.POSITIVE_INFINITY], '+': [1, Number.POSITIVE_INFINITY], '?': [0, 1] }[c];
    if (simple) {
      pos += 1;
      return simple;
    }
    if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(pos));
      if (!m) return null;
      pos += m[0].length;
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : m[2] === '' ? Number.POSITIVE_INFINITY : Number(m[2]);
      return [lo, hi];
    }
    return null;
  }
  const range = parseAlternation();
  if (pos !== src.length) throw new Error(`could not measure ${src} (stopped at ${pos})`);
  return range;
}

const normalise = (n) => n.replace(/\s/g, '').toUpperCase();

function compactLookup(additional) {
  return additional.lookup.map((row) => {
    const out = { name: row.name ?? row.courier ?? row.country ?? '' };
    if (row.matches !== undefined) out.matches = row.matches;
    if (row.matches_regex !== undefined) out.matchesRegex = row.matches_regex;
    return out;
  });
}

const formats = [];
const files = readdirSync(join(sourceDir, 'couriers'))
  .filter((f) => f.endsWith('.json'))
  .sort();
let checked = 0;
for (const file of files) {
  const courier = JSON.parse(readFileSync(join(sourceDir, 'couriers', file), 'utf8'));
  for (const [index, tn] of courier.tracking_numbers.entries()) {
    const original = Array.isArray(tn.regex) ? tn.regex.join('') : tn.regex;
    const pattern = stripWhitespace(original);
    const [minLength, maxLength] = lengthRange(pattern);
    const compiled = new RegExp(`^(?:${pattern})$`);
    const originalCompiled = new RegExp(`^(?:${original})$`);
    for (const sample of [...tn.test_numbers.valid, ...tn.test_numbers.invalid]) {
      const n = normalise(sample);
      const a = compiled.exec(n);
      const b = originalCompiled.exec(n);
      if (Boolean(a) !== Boolean(b) || (a && a.groups?.SerialNumber !== b.groups?.SerialNumber?.replace(/\s/g, ''))) {
        throw new Error(`rewritten regex disagrees on ${sample} (${file} ${tn.name})`);
      }
      if (a && (n.length < minLength || n.length > maxLength)) throw new Error(`length range wrong for ${sample}`);
      checked += 1;
    }
    const validation = tn.validation ?? {};
    const format = {
      id: tn.id ?? `${courier.courier_code}_${index}`,
      courierCode: courier.courier_code,
      carrier: DISPLAY_NAMES[courier.courier_code] ?? courier.name,
      service: tn.name,
      pattern,
      minLength,
      maxLength,
    };
    if (ZH_NAMES[courier.courier_code]) format.carrierZh = ZH_NAMES[courier.courier_code];
    if (validation.checksum) {
      const { name, ...params } = validation.checksum;
      format.checksum = { name, ...params };
    }
    const prepend = validation.serial_number_format?.prepend_if;
    if (prepend) format.prependIf = { matchesRegex: stripWhitespace(prepend.matches_regex), content: prepend.content };
    if (validation.additional?.exists?.length) format.requiredLookups = validation.additional.exists;
    if (tn.tracking_url) format.trackingUrl = tn.tracking_url;
    // Lookups kept: every "Service Type"/"Container Type"/"Application Identifier" table (small), and the
    // S10 operator table because S10 validity depends on it. DPD's 250-row country table is dropped.
    const additional = (tn.additional ?? [])
      .filter((a) => a.name !== 'Country Code')
      .map((a) => {
        const lookup = compactLookup(a);
        if (a.name === 'Courier') {
          for (const row of lookup) if (S10_OPERATOR_NAMES[row.matches]) row.name = S10_OPERATOR_NAMES[row.matches];
        }
        return { name: a.name, group: a.regex_group_name, lookup };
      });
    if (additional.length) format.additional = additional;
    formats.push(format);
  }
}

const header = `// GENERATED by scripts/gen-tracking-data.mjs — do not edit by hand.
// Source: jkeen/tracking_number_data (https://github.com/jkeen/tracking_number_data), MIT License,
// Copyright (c) Jeff Keen; see ./LICENSE and ./SOURCE.md beside this file.
// Regexes are rewritten for normalised input (Ruby \`\\s*\` separators removed); test numbers are not shipped.
import type { CourierFormatData } from '../types';

`;
// One format per line: diffs of a regenerated file stay readable.
const body = `export const COURIER_FORMATS: readonly CourierFormatData[] = [\n${formats.map((f) => `  ${JSON.stringify(f)},`).join('\n')}\n];\n`;
const outFile = join(outDir, 'couriers.generated.ts');
writeFileSync(outFile, header + body);
// Format with the project's Biome so `npm run lint` stays clean; skipped when Biome is not installed.
const biome = join(root, 'node_modules/.bin/biome');
if (existsSync(biome)) {
  const r = spawnSync(biome, ['format', '--write', outFile], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) console.warn(`biome format failed: ${r.stderr || r.stdout}`);
}
// readFile+writeFile rather than copyFile: the shared source is read-only and copyFile would copy that mode.
for (const f of ['LICENSE', 'SOURCE.md']) writeFileSync(join(outDir, f), readFileSync(join(sourceDir, f)));
console.log(
  `wrote ${formats.length} formats (${body.length} bytes), checked ${checked} test numbers, from ${sourceDir}`,
);
