/**
 * Extract orders from a saved shop page, the way the content script would on the live page.
 *
 *   npx tsx scripts/extract-cli.ts <saved-page.html> --url <original url>
 *   npm run extract -- <saved-page.html> --url <original url>
 *
 * Prints `{ ...PageExtraction, diagnostics }` as pretty JSON on stdout; the detected charset goes to stderr.
 * Exit codes: 0 success, 1 the file could not be read or parsed, 2 bad usage (missing argument, bad URL).
 * Page scripts are never executed: happy-dom runs with JavaScript evaluation and all file loading disabled.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { type DetailedExtraction, extractPageDetailed } from '../lib/extract/index';

export const USAGE = `Usage: npx tsx scripts/extract-cli.ts <saved-page.html> --url <original url>

Reads a saved Amazon / Taobao / Tmall page and prints the orders Kefu finds on it, with diagnostics
(which strategy found each field; null = not found).

Options:
  --url <url>   the address the page was served under (decides the site and page kind)
  -h, --help    show this help

Exit codes: 0 ok, 1 file unreadable, 2 bad usage.`;

export interface DecodedPage {
  text: string;
  /** TextDecoder label used, e.g. `utf-8`, `gbk`. */
  charset: string;
  /** Why that charset was chosen. */
  how: string;
}

const SNIFF_BYTES = 4096;
/** The Encoding Standard's labels of GBK (https://encoding.spec.whatwg.org/#names-and-labels). */
const GBK_LABELS = new Set([
  'chinese',
  'csgb2312',
  'csiso58gb231280',
  'gb2312',
  'gb_2312',
  'gb_2312-80',
  'gbk',
  'iso-ir-58',
  'x-gbk',
]);

/** Charset named by `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase() ?? null;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes → text. Order: BOM; then valid UTF-8 wins even over a declared legacy charset (browsers' "Save page" re-encodes
 * to UTF-8 but keeps the original `<meta charset="gbk">` — the real Taobao fixtures are exactly that); then the
 * declared charset; then GB18030 (a superset of GBK/GB2312) for undeclared Chinese pages.
 */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', how: 'BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', how: 'BOM' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', how: 'BOM' };
  }
  const declared = declaredCharset(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const how =
      declared && !/^utf-?8$/.test(declared)
        ? `valid UTF-8 (declared ${declared} ignored)`
        : declared
          ? 'meta'
          : 'valid UTF-8';
    return { text, charset: 'utf-8', how };
  } catch {
    // not UTF-8: fall through
  }
  // The Encoding Standard decodes every GBK label with the GB18030 decoder, as browsers do; Node's ICU 'gbk' maps
  // some bytes (A2E3 €, A8BF ǹ, FE50 ⺁) to private-use characters instead.
  if (declared && GBK_LABELS.has(declared)) {
    return { text: new TextDecoder('gb18030').decode(bytes), charset: declared, how: 'meta (decoded as GB18030)' };
  }
  if (declared && !/^utf-?8$/.test(declared) && supported(declared)) {
    return { text: new TextDecoder(declared).decode(bytes), charset: declared, how: 'meta' };
  }
  return {
    text: new TextDecoder('gb18030').decode(bytes),
    charset: 'gb18030',
    how: 'UTF-8 decoding failed; fell back to GB18030',
  };
}

/** Parses HTML with scripts disabled and runs the extractor. */
export async function extractHtml(html: string, url: string): Promise<DetailedExtraction> {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    return extractPageDetailed(doc, url);
  } finally {
    await window.happyDOM.close();
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p),
};

/** The CLI without process globals: returns the exit code. */
export async function runExtractCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--url') {
      url = argv[++i];
      if (url === undefined) {
        io.stderr(`error: --url needs a value\n\n${USAGE}\n`);
        return 2;
      }
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg.startsWith('-')) {
      io.stderr(`error: unknown option ${arg}\n\n${USAGE}\n`);
      return 2;
    } else if (file === undefined) {
      file = arg;
    } else {
      io.stderr(`error: unexpected argument ${arg}\n\n${USAGE}\n`);
      return 2;
    }
  }
  if (!file) {
    io.stderr(`error: missing the saved page's path\n\n${USAGE}\n`);
    return 2;
  }
  if (!url) {
    io.stderr(`error: missing --url <original url> (the site and page kind are read from it)\n\n${USAGE}\n`);
    return 2;
  }
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    io.stderr(`error: not a valid URL: ${url}\n`);
    return 2;
  }
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') {
    io.stderr(`error: the URL must be http(s): ${url}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    io.stderr(code === 'ENOENT' ? `error: no such file: ${file}\n` : `error: cannot read ${file}: ${String(e)}\n`);
    return 1;
  }
  try {
    const decoded = decodeHtmlBytes(bytes);
    io.stderr(`charset: ${decoded.charset} (${decoded.how})\n`);
    const result = await extractHtml(decoded.text, parsedUrl.href);
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    io.stderr(`error: could not extract ${file}: ${String(e)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  runExtractCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
