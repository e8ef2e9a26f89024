import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { taobaoSite } from '../../../lib/sites/taobao/index';

/** Parses HTML the safe way: page scripts are never evaluated, nothing is loaded. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function readFixture(relative: string): string {
  return readFileSync(join(FIXTURES, relative), 'utf8');
}

/** What the Taobao module reads from `html` at `href`, and the page kind it decided (the site module called directly). */
export function extractTaobaoHtml(html: string, href: string) {
  const doc = parseHtml(html, href);
  const url = new URL(href);
  const site = taobaoSite.match(url);
  if (!site) throw new Error(`not a Taobao/Tmall URL: ${href}`);
  const pageKind = taobaoSite.pageKind(url, doc);
  return { site, pageKind, ...taobaoSite.extract(doc, url, site, pageKind) };
}

/** The same for a synthetic fixture of `tests/fixtures/synthetic/taobao/`, which must say it is synthetic. */
export function extractSyntheticTaobao(file: string, href: string) {
  const html = readFixture(`synthetic/taobao/${file}`);
  if (!html.includes('SYNTHETIC')) throw new Error(`${file} is not labelled SYNTHETIC`);
  return extractTaobaoHtml(html, href);
}

/** `json` as the pages write it inside `JSON.parse('…')`: `\"`, `\/`, non-ASCII as `\uXXXX`. */
export function jsonParseLiteral(json: string): string {
  return json
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\//g, '\\/')
    .replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
