/**
 * Notes bench in real Chromium: the same measures as `bench/notes.bench.ts` (1 000 cases × 10 entries, search
 * median/p95, export, import, size), run inside the built extension's own page, so against Chromium's real
 * IndexedDB (LevelDB-backed) instead of fake-indexeddb. The bench module is bundled with esbuild and evaluated in
 * `chrome-extension://<id>/sidepanel.html` (through DevTools, which the page's CSP does not restrict).
 *
 * Run: `npx wxt build && npx tsx bench/notes-chromium.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { launchKefu } from '../scripts/kefu-browser';
import type { NotesBenchResult } from './notes.bench';

interface ChromiumNotesResult extends NotesBenchResult {
  /** Growth of `navigator.storage.estimate().usage` over the run (both bench databases), bytes. */
  storageUsageDelta: number | null;
  lines: string[];
}

/** The bench module as one browser script; its Node-only imports are stubbed out. */
async function bundleNotesBench(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents: `
        import { runNotesBench } from './notes.bench';
        globalThis.__kefuNotesBench = async () => {
          const estimate = async () => (await navigator.storage?.estimate?.())?.usage ?? null;
          const before = await estimate();
          const lines = [];
          const result = await runNotesBench((line) => lines.push(line));
          const after = await estimate();
          return { ...result, lines, storageUsageDelta: before === null || after === null ? null : after - before };
        };`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // notes.bench.ts runs itself when started from the command line: that check must stay false in the page.
    define: { 'process.argv': '[]', 'import.meta.url': '""' },
    plugins: [
      {
        name: 'stub-node-only',
        setup(b) {
          // The page has a real IndexedDB: the fake must not replace it. `node:url` serves only the CLI check.
          b.onResolve({ filter: /^(fake-indexeddb\/auto|node:url)$/ }, (args) => ({
            path: args.path,
            namespace: 'stub',
          }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export const pathToFileURL = () => ({});',
          }));
        },
      },
    ],
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function runNotesChromiumBench(log: (line: string) => void = console.log): Promise<ChromiumNotesResult> {
  const script = await bundleNotesBench();
  const kefu = await launchKefu();
  try {
    const page = await kefu.context.newPage();
    await page.goto(`chrome-extension://${kefu.extensionId}/sidepanel.html`);
    await page.evaluate(script);
    const result = (await page.evaluate('globalThis.__kefuNotesBench()')) as ChromiumNotesResult;
    const version = kefu.context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    log(`notes bench in Chromium ${version} (real IndexedDB, extension page):`);
    for (const line of result.lines.slice(1)) log(line);
    if (result.storageUsageDelta !== null) {
      log(
        `  storage.estimate() growth over the run (source + imported copy): ${(result.storageUsageDelta / 1024 / 1024).toFixed(2)} MiB`,
      );
    }
    return result;
  } finally {
    await kefu.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runNotesChromiumBench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
