/**
 * Escapes user text for Markdown so a note can never turn into a link, image, HTML, heading, list or table in a
 * rendered report. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping the inline markers
 * everywhere is safe; block markers matter only at a line start (`1.` is a list only there), so they are escaped
 * there to keep ordinary text like "3.5 kg" readable. Parentheses, braces, `!` and a `#` inside a line stay as written (with
 * `[` and `]` escaped no link or image can open), so "(gift wrap)" and "#12" read as typed, also as plain text; only
 * a closing run of `#` is escaped, which a heading would drop. Line breaks become hard breaks (`\` + newline) with
 * the given indent, so multi-line answers stay inside their list item.
 */
const INLINE = /[\\`*_[\]<>|~&]/g;

export function escapeMarkdownLine(line: string): string {
  let out = line.replace(INLINE, (ch) => `\\${ch}`);
  // Block-level markers at the start: `- `, `+ `, `= `/`---` (setext), `# ` (heading), `> ` already escaped, ordered
  // `1.`/`1)`.
  out = out.replace(/^(\s*)([-+=#])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  // "Parcel lost #" in a case's heading: a heading's closing `#` run would vanish.
  out = out.replace(/(\s)(#+)\s*$/, '$1\\$2');
  return out;
}

export function escapeMarkdown(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdownLine(line.trim()))
    .join(`\\\n${indent}`);
}

/**
 * A web address as a CommonMark autolink (`<https://…>`), whole and clickable. Escaped like text, its `&` and `_`
 * became `\&` and `\_`: GitHub's renderer ends a bare link at the first escape (`…?nodeId=X` without `&ref_=…`), and
 * a copied link kept the backslashes. An autolink takes no escapes and ends only at `>`; the WHATWG serialisation
 * percent-encodes `<`, `>`, spaces and controls, so a hostile address cannot close it early or open anything else.
 * Anything but http(s) (a `javascript:` address from an edited backup) is no link: it stays escaped text.
 */
export function markdownUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return escapeMarkdown(text);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return escapeMarkdown(text);
  // The serialiser leaves no space, `<` or `>` in any part of an http(s) address; encoded here too, so the autolink's
  // safety does not rest on its percent-encode sets alone.
  const href = url.href.replace(/[\s<>]/g, (ch) => encodeURIComponent(ch));
  return `<${href}>`;
}
