import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';

/** The few `chrome.*` calls evaluated inside the extension's service worker (Node has no such global). */
declare const chrome: {
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

// Playwright reports a service worker's own requests only with this switch; the no-network test needs them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const CHROMIUM = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures');

/** Chromium flags for a closed machine: nothing may leave it, and Chromium must not try its own services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** A shop page: served under `url` with the bytes of `file` (relative to tests/fixtures). */
export interface ServedPage {
  url: string;
  file?: string;
  html?: string;
  /** Answer this much later (a slow server: the tab sits between "loading" and the new page for that long). */
  delayMs?: number;
}

export interface KefuBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Every request the browser made that was not a page we served or an extension resource. */
  strayRequests: string[];
  /** Register what a URL serves; unregistered shop URLs get a 404 page. */
  serve(page: ServedPage): void;
  openShopPage(url: string): Promise<Page>;
  /** Opens the side panel UI in a popup window of its own (it then follows the active tab of the normal window). */
  openPanel(query?: string): Promise<Page>;
  sessionRecords(): Promise<Record<string, unknown>>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURES, file), 'latin1');
}

/**
 * Launches Debian's Chromium with the built extension. Shop pages are answered by route interception under their
 * real hostnames (content scripts inject exactly as on the real site) and served with `script-src 'none'` so the
 * saved page's own scripts stay inert, as in a saved copy; everything else is aborted and recorded.
 */
export async function launchKefu(
  options: {
    userDataDir?: string;
    locale?: string;
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    /**
     * The welcome page opened on install: waited for either way, so it never comes up in front of the
     * pages opened next; then closed (default: tests and screenshots see only their own pages) or kept (the demo).
     */
    welcome?: 'close' | 'keep';
  } = {},
): Promise<KefuBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install chromium`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npx wxt build');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kefu-e2e-'));
  // A profile that has never run Kefu must open the welcome page (an older one may too: see below).
  const freshProfile = readdirSync(userDataDir).length === 0;
  const args = [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    // Playwright turns the back/forward cache off; real users have it, and Kefu must cope with pages it restores.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    colorScheme: options.colorScheme,
    locale: options.locale,
    env: { ...process.env, ...(options.locale ? { LANGUAGE: options.locale.replace('-', '_') } : {}) },
    viewport: { width: 1280, height: 900 },
  });

  const served = new Map<string, ServedPage>();
  const allowedSubresources = new Set<string>();
  const strayRequests: string[] = [];

  const record = (request: Request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url === 'about:blank') return;
    if (served.has(stripHash(url)) || allowedSubresources.has(normalizeUrl(url))) return;
    strayRequests.push(url);
  };
  context.on('request', record);

  await context.route(/^https?:\/\//, async (route) => {
    const url = stripHash(route.request().url());
    const page = served.get(url);
    if (page && route.request().resourceType() === 'document') {
      if (page.delayMs) await new Promise((resolve) => setTimeout(resolve, page.delayMs));
      const body = page.html ?? fixtureHtml(page.file!);
      for (const sub of declaredSubresources(body, url)) allowedSubresources.add(normalizeUrl(sub));
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "script-src 'none'" },
        body: Buffer.from(body, page.file ? 'latin1' : 'utf8'),
      });
      return;
    }
    if (route.request().resourceType() === 'document' && /amazon|taobao|tmall/.test(new URL(url).hostname)) {
      await route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not a fixture</h1>' });
      return;
    }
    await route.abort('blockedbyclient');
  });

  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // Chromium runs the onInstalled 'install' event for an extension loaded with --load-extension at every launch, not
  // only in a new profile (a user's installed copy gets it once): the page is waited for at every launch.
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }).catch(() => null));
  if (!welcome && freshProfile) throw new Error('The welcome page did not open on install');
  if (welcome && (options.welcome ?? 'close') === 'close') await welcome.close();

  const kefu: KefuBrowser = {
    context,
    extensionId,
    worker,
    userDataDir,
    strayRequests,
    serve(page) {
      served.set(stripHash(page.url), page);
    },
    async openShopPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPanel(query = '') {
      const panelUrl = `chrome-extension://${extensionId}/sidepanel.html${query}`;
      // Chrome may stop and restart the service worker at any time (notably right after a relaunch on an existing
      // profile): use the live one, and try again if the popup does not appear.
      for (let attempt = 1; ; attempt++) {
        const live = context.serviceWorkers().at(-1) ?? worker;
        const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(panelUrl), timeout: 8000 });
        try {
          await live.evaluate(
            (url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 900 }),
            panelUrl,
          );
          const page = await opened;
          // The real side panel is about this wide; Playwright otherwise gives every page the context's viewport.
          await page.setViewportSize({ width: 400, height: 900 });
          await page.waitForLoadState('domcontentloaded');
          return page;
        } catch (error) {
          opened.catch(() => {});
          if (attempt >= 3) throw error;
        }
      }
    },
    async sessionRecords() {
      const live = context.serviceWorkers().at(-1) ?? worker;
      return live.evaluate(() => chrome.storage.session.get(null));
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return kefu;
}

/** Chromium percent-encodes characters (e.g. `|`) that the page's HTML wrote raw and never sends the #hash. */
function normalizeUrl(url: string): string {
  try {
    return decodeURI(stripHash(url));
  } catch {
    return stripHash(url);
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** Subresource URLs a served HTML page itself declares (img/src, link/href, srcset…): requests the page may make. */
function declaredSubresources(html: string, base: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\b(src|href|srcset|data-src|poster|action)\s*=\s*["']([^"']+)["']/gi)) {
    // Only srcset lists several URLs ("a.jpg 1x, b.jpg 2x"); other values may contain commas (Amazon joins assets).
    const parts = m[1]!.toLowerCase() === 'srcset' ? m[2]!.split(/,\s+/) : [m[2]!];
    for (const part of parts) {
      const candidate = part.trim().split(/\s+/)[0]!.replace(/&amp;/g, '&');
      try {
        out.push(new URL(candidate, base).href);
      } catch {
        // not a URL
      }
    }
  }
  for (const m of html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) {
    try {
      out.push(new URL(m[1]!.replace(/&amp;/g, '&'), base).href);
    } catch {
      // not a URL
    }
  }
  return out;
}

/** Waits until the background has stored a record for some tab whose orders include `orderId`. */
export async function waitForTabOrder(kefu: KefuBrowser, orderId: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const records = await kefu.sessionRecords();
    for (const value of Object.values(records)) {
      const orders = (value as { extraction?: { orders?: { orderId: string }[] } }).extraction?.orders ?? [];
      if (orders.some((o) => o.orderId === orderId)) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab reported order ${orderId} within ${timeoutMs} ms`);
}

const CLIPBOARD_PAGE = 'https://clipboard-reader.test/';

/**
 * A page allowed to read and write the clipboard. CDP cannot grant clipboard access to an extension origin; the
 * clipboard is browser-wide, so tests read (and preset) it on this page.
 */
export async function openClipboardPage(kefu: KefuBrowser): Promise<Page> {
  kefu.serve({ url: CLIPBOARD_PAGE, html: '<html><body>clipboard reader</body></html>' });
  await kefu.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(CLIPBOARD_PAGE).origin,
  });
  return kefu.openShopPage(CLIPBOARD_PAGE);
}
