import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

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
