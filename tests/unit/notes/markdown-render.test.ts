import { type Node, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl } from '../../../lib/notes/markdown-escape';

// The Markdown report is read in any CommonMark renderer: escaped user text must render as the very text typed, in
// one paragraph, never as a link, image, emphasis, code, HTML, heading, list, quote or rule. Checked with commonmark.js
// (the reference implementation) on the cases that broke reports and on thousands of generated lines.

/** The text a renderer shows for `markdown`, or the first node kind that is not plain text. */
function rendered(markdown: string): { text: string; foreign: string | null } {
  const walker = new Parser().parse(markdown).walker();
  let text = '';
  let foreign: string | null = null;
  for (let step = walker.next(); step; step = walker.next()) {
    const node: Node = step.node;
    if (!step.entering) continue;
    if (node.type === 'text') text += node.literal ?? '';
    else if (node.type === 'linebreak' || node.type === 'softbreak') text += '\n';
    else if (node.type !== 'document' && node.type !== 'paragraph') foreign ??= node.type;
  }
  return { text, foreign };
}

/** What escapeMarkdown promises to keep: each line as typed, trimmed, with blank lines as empty lines. */
const asTyped = (input: string) =>
  input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');

const HOSTILE = [
  '*bold* _it_ **strong** __strong__',
  '[click](https://evil.example) ![img](https://evil.example/x.png)',
  '[ref]\n\n[ref]: https://evil.example',
  '<img src=x onerror=alert(1)> <b>ok</b> <!-- c -->',
  '<https://evil.example> <mail@evil.example>',
  '`code` ``code`` ~~~',
  '# heading',
  '## Parcel lost #',
  'Parcel lost ##   ',
  '- item\n+ item\n* item\n1. item\n2) item',
  '> quote',
  '---',
  '***',
  'Title\n===',
  'Title\n---',
  '    indented code',
  '\tindented code',
  '&amp; &#60; &lt;script&gt;',
  'a \\* b \\',
  'Kettle (gift wrap) #12 {blue}! size: 3.5 kg - fine',
  '订单 #12（已退款）[见图](http://x)',
  '| a | b |\n|---|---|',
  '=HYPERLINK("http://evil")',
];

describe('escaped text renders as typed (commonmark.js)', () => {
  it.each(HOSTILE)('%j', (input) => {
    const { text, foreign } = rendered(escapeMarkdown(input));
    expect(foreign).toBeNull();
    expect(text).toBe(asTyped(input));
  });

  it('on 3,000 generated lines of Markdown punctuation, letters and breaks', () => {
    const alphabet = ['*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '#', '-', '+', '=', '.', '1', '|', '~', '&'];
    alphabet.push('\\', '{', '}', ':', '/', ';', 'a', 'b', '订', ' ', ' ', '\n', 'http://x', '&amp;', '2)', '   ');
    let seed = 20261201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let input = '';
      const length = 1 + Math.floor(random() * 24);
      for (let j = 0; j < length; j++) input += alphabet[Math.floor(random() * alphabet.length)];
      // A report field is never blank (the export leaves empty fields out); a blank line inside one ends the
      // paragraph, which is the export's concern, not the escaping's.
      if (!input.trim() || /\n\s*\n/.test(input) || /^\s*\n|\n\s*$/.test(input)) continue;
      const { text, foreign } = rendered(escapeMarkdown(input));
      if (foreign !== null || text !== asTyped(input)) failures.push(JSON.stringify(input));
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

/** Every node of `markdown` that is not plain text, with a link's destination and shown text. */
function nodesOf(markdown: string): { type: string; destination?: string; text?: string }[] {
  const walker = new Parser().parse(markdown).walker();
  const out: { type: string; destination?: string; text?: string }[] = [];
  for (let step = walker.next(); step; step = walker.next()) {
    const node: Node = step.node;
    if (!step.entering || ['document', 'paragraph', 'text'].includes(node.type)) continue;
    if (node.type === 'link')
      out.push({ type: 'link', destination: node.destination ?? '', text: node.firstChild?.literal ?? '' });
    else out.push({ type: node.type });
  }
  return out;
}

// Found in review: the report's help page escaped like text (`…display.html?nodeId=GZXW7X6AKTHNUP6H\&ref\_=…`): GitHub
// ended the link at the first backslash, and a copied link kept them.
describe('a help page in the report is one whole link (commonmark.js)', () => {
  it.each([
    'https://www.amazon.com/gp/help/customer/display.html?nodeId=GZXW7X6AKTHNUP6H&ref_=hp_left_v4_sib',
    'https://www.amazon.de/-/en/gp/help/customer/display.html?nodeId=G6E3B2E8QPHQ88KF&ref_=help_search_1-1',
    'https://consumer.taobao.com/help_center/index.htm?spm=a1z0b.7.0.0*~_x&tab=2',
  ])('%s', (url) => {
    const markdown = markdownUrl(url);
    expect(markdown).not.toContain('\\');
    expect(nodesOf(markdown)).toEqual([{ type: 'link', destination: url, text: url }]);
  });

  it.each([
    'https://evil.example/a> [x](javascript:alert(1))',
    'https://evil.example/?q=<img src=x onerror=alert(1)>',
    'https://evil.example/#<script>alert(1)</script>',
    'https://evil.example/ ![i](https://evil.example/x.png)',
  ])('a hostile address stays one link to its own https page: %j', (url) => {
    const nodes = nodesOf(markdownUrl(url));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.type).toBe('link');
    // Shown as the address it is; the renderer percent-encodes `[`/`]` of the destination once more.
    expect(nodes[0]?.text).toBe(new URL(url).href);
    expect(nodes[0]?.destination?.startsWith('https://evil.example/')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'not a url [x](javascript:alert(1))',
  ])('anything but an http(s) address is text, no link: %j', (url) => {
    const { text, foreign } = rendered(markdownUrl(url));
    expect(foreign).toBeNull();
    expect(text).toBe(url);
  });
});
