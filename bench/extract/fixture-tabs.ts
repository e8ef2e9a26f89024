import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundleForBrowser } from '../extract.bench';

const ROOT = 'tests/fixtures/real';

export interface FixturePage {
  file: string;
  url: string;
}

/**
 * Opens each saved page of tests/fixtures/real whose file name contains `filter` in Debian's headless Chromium, as the
 * extraction bench does (every host unresolvable, every request refused: nothing leaves the machine), adds the bench's
 * in-page entry (`globalThis.__kefuBench`) and hands the tab to `read`. `prepare` makes the saved HTML what the tab is
 * given (its scripts inert or stripped).
 */
export async function forEachFixtureTab(
  filter: string,
  prepare: (html: string) => string,
  read: (tab: Page, page: FixturePage) => Promise<void>,
): Promise<void> {
  const script = await bundleForBrowser();
  const { pages } = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as { pages: FixturePage[] };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route('**/*', (route) => route.abort());
    for (const page of pages.filter((p) => p.file.includes(filter))) {
      const tab = await context.newPage();
      await tab.setContent(prepare(readFileSync(join(ROOT, page.file), 'utf8')), { waitUntil: 'domcontentloaded' });
      await tab.addScriptTag({ content: script });
      await read(tab, page);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
}

/** Runs a bench script: a failure is printed and becomes the exit code. */
export function runBenchScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
