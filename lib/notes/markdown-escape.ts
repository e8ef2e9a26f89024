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
