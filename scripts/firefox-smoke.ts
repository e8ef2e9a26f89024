/**
 * Firefox smoke check of the built extension (.output/firefox-mv2): CI runs Kefu only in Chromium (tests/e2e), so
 * this is the check, run by hand, that the Firefox build works as well. It drives Debian's Firefox ESR with
 * puppeteer-core over WebDriver BiDi, installs the extension temporarily, and serves saved shop pages under their
 * real URLs by request interception (every other request is refused: nothing leaves the machine), so the content
 * scripts run exactly where they would on the real sites.
 *
 * Needs `apt-get install -y firefox-esr firefox-esr-l10n-zh-cn` (the language pack: without it Firefox can only speak
 * English) and a Firefox build; `npm run smoke:firefox` builds first. Prints one line per check and
 * `firefox-smoke: N passed, N failed`; exits 1 when a check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import type { TabOrders } from '../lib/tab-orders';

const FIREFOX = process.env.KEFU_FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv2');
const FIXTURES = resolve('tests/fixtures');
// Firefox gives each install a random moz-extension:// host; this one is set by pref so the panel's URL is known.
const EXTENSION_UUID = '4b1d0c5e-6a7f-4e2b-9c3d-8e5f6a7b8c9d';
/** How long one step (a page to report, an element to show up) may take before its check fails. */
const STEP_TIMEOUT_MS = 15_000;

// ---------------------------------------------------------------------------------------------------------------
// The saved pages, under the URLs they were saved from (tests/fixtures/*/expected.json) or that the guard tests use.

interface RealPage {
  file: string;
  url: string;
  orderCount: number;
  orderIds: string[];
  trackingIds: { trackingId: string; carrier: string }[];
}
interface SyntheticPage {
  file: string;
  url: string;
  pageKind: string;
  orders: { orderId: string; trackingId?: string }[];
}

const real = (file: string) => expectedEntry<RealPage>('real', file);
const AMAZON_LIST = real('amazon.com/order-history-2020-40.html');
const TAOBAO_DETAIL = real('taobao/taobao_ordersdetails.html');
const AMAZON_TRACKER = expectedEntry<SyntheticPage>('synthetic/amazon', 'progress-tracker-tba.html');
// The chat pages' URLs are in tests/fixtures/synthetic/chat/README.md (shortened there).
const AMAZON_CHAT = {
  url: 'https://www.amazon.com/message-us?muClientName=foresight&paradigm=foresightBotless',
  file: 'synthetic/chat/amazon-message-us.html',
};
const WANGWANG_CHAT = {
  url: 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E7%A4%BA%E4%BE%8B&gid=&type=web',
  file: 'synthetic/chat/taobao-ww-outer.html',
};
const WANGWANG_CHAT_CORE = {
  url: 'https://market.m.taobao.com/app/im/chat-core/index.html',
  file: 'synthetic/chat/taobao-ww-chat-core.html',
};
/** The public Visa test number, as in the Chromium guard tests. */
const CARD = '4111 1111 1111 1111';

const SERVED = new Map<string, string>(
  [AMAZON_LIST, TAOBAO_DETAIL, AMAZON_TRACKER, AMAZON_CHAT, WANGWANG_CHAT, WANGWANG_CHAT_CORE].map(({ url, file }) => [
    url,
    file,
  ]),
);

/** A page of tests/fixtures/<folder>/expected.json, its `file` made relative to tests/fixtures as the others. */
function expectedEntry<T extends { file: string }>(folder: string, file: string): T {
  const expected = JSON.parse(readFileSync(join(FIXTURES, folder, 'expected.json'), 'utf8')) as { pages: T[] };
  const entry = expected.pages.find((page) => page.file === file);
  if (!entry) throw new Error(`${file} is not in tests/fixtures/${folder}/expected.json`);
  return { ...entry, file: join(folder, entry.file) };
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox with Kefu installed.

interface Session {
  firefox: Browser;
  /**
   * The welcome page Kefu opens on install: an extension page, so it has Kefu's `browser.*` API. The checks read
   * session storage through it (Firefox's background page is not a browsing context BiDi can script).
   */
  extensionPage: Page;
}

function launchFirefox(locale: 'en-US' | 'zh-CN'): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // The browser's language is the one Kefu's UI follows (browser.i18n), as a user's Firefox would set it.
      'intl.locale.requested': locale,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      // A manifest key Firefox does not know (or a Chrome-only one) is otherwise only a warning in the console, and
      // so is a call to a deprecated API (windows.getLastFocused's windowTypes was one): both fail here.
      'extensions.webextensions.warnings-as-errors': true,
    },
  });
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The extension page that is open at `path` (Puppeteer reports extension pages as about:blank: ask each page). */
async function findExtensionPage(firefox: Browser, path: string): Promise<Page> {
  const wanted = `moz-extension://${EXTENSION_UUID}/${path}`;
  return waitFor(`${path} to open`, async () => {
    for (const page of await firefox.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return page;
    }
    return undefined;
  });
}

/** A new tab on `url`, answered with its saved page; the page's own scripts stay inert, as in a saved copy. */
async function openShopTab(firefox: Browser, url: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

function answer(request: HTTPRequest): Promise<void> {
  const file = SERVED.get(request.url().split('#')[0]!);
  if (!file || !request.isNavigationRequest()) return request.abort('blockedbyclient');
  return request.respond({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "script-src 'none'" },
    body: readFileSync(join(FIXTURES, file)),
  });
}

/** What the background stored for the tab showing `url` (the content script's report, checked and kept). */
function tabRecord(session: Session, url: string): Promise<TabOrders> {
  return waitFor(`a report from ${url}`, async () => {
    const records = await session.extensionPage.evaluate(() => browser.storage.session.get(null));
    return Object.values(records as Record<string, TabOrders>).find((record) => record.url === url);
  });
}

/** The panel page popped out in a window of its own, as Kefu's panel can be: it follows the browser window's tab. */
async function openPanel(session: Session): Promise<Page> {
  const url = `moz-extension://${EXTENSION_UUID}/sidepanel.html`;
  await session.extensionPage.evaluate(
    (panelUrl) => browser.windows.create({ url: panelUrl, type: 'popup', width: 420, height: 900 }),
    url,
  );
  return findExtensionPage(session.firefox, 'sidepanel.html');
}

const byTestId = (id: string) => `[data-testid="${id}"]`;
/** Puppeteer's `>>>` looks into shadow roots too: the guard's warning lives in one. */
const inShadow = (id: string) => `>>> ${byTestId(id)}`;

function textOf(page: Page | Frame, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
}

/** Polls `read` until it gives a value (not undefined/false/''); fails after STEP_TIMEOUT_MS naming what it awaited. */
async function waitFor<T>(what: string, read: () => Promise<T | undefined | false | ''>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && value !== false && value !== '') return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function catalogue(locale: 'en' | 'zh_CN'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
}

// ---------------------------------------------------------------------------------------------------------------
// The checks. Each returns what it saw (printed after "ok") or throws what went wrong.

async function installKefu(firefox: Browser): Promise<Session> {
  // Rejects on any manifest error, and (see the warnings-as-errors pref) on any warning.
  const id = await firefox.installExtension(EXTENSION_DIR);
  expectEqual('extension id', id, geckoId());
  // The background opens the welcome page on install (runtime.onInstalled): proof that it ran.
  return { firefox, extensionPage: await findExtensionPage(firefox, 'welcome.html') };
}

async function backgroundRuns(session: Session): Promise<string> {
  const background = await session.extensionPage.evaluate(async () => {
    // The polyfill's types give the page as an empty `Window`; in Firefox's MV2 it is the background's real window.
    const page = (await browser.runtime.getBackgroundPage()) as unknown as { location: Location; document: Document };
    return page ? `${page.location.pathname} ${page.document.readyState}` : 'none';
  });
  expectEqual('background page', background, '/_generated_background_page.html complete');
  return 'background page loaded, welcome page opened on install';
}

async function amazonListOrders(session: Session): Promise<string> {
  await openShopTab(session.firefox, AMAZON_LIST.url);
  const record = await tabRecord(session, AMAZON_LIST.url);
  expectEqual('order ids', record.extraction.orders.map((o) => o.orderId).sort(), [...AMAZON_LIST.orderIds].sort());
  return `${record.extraction.orders.length} orders (expected ${AMAZON_LIST.orderCount})`;
}

async function taobaoDetailOrder(session: Session): Promise<string> {
  await openShopTab(session.firefox, TAOBAO_DETAIL.url);
  const [order] = (await tabRecord(session, TAOBAO_DETAIL.url)).extraction.orders;
  expectEqual('order id', order?.orderId, TAOBAO_DETAIL.orderIds[0]);
  const [expected] = TAOBAO_DETAIL.trackingIds;
  const shipment = order?.shipments.find((s) => s.trackingId === expected?.trackingId);
  expectEqual('tracking', [shipment?.trackingId, shipment?.carrier], [expected?.trackingId, expected?.carrier]);
  return `order ${order?.orderId}, tracking ${shipment?.trackingId} (${shipment?.carrier})`;
}

async function trackerPage(session: Session): Promise<string> {
  await openShopTab(session.firefox, AMAZON_TRACKER.url);
  const { extraction } = await tabRecord(session, AMAZON_TRACKER.url);
  const [expected] = AMAZON_TRACKER.orders;
  const [order] = extraction.orders;
  expectEqual('page kind', extraction.pageKind, AMAZON_TRACKER.pageKind);
  expectEqual(
    'order and tracking',
    [order?.orderId, order?.shipments[0]?.trackingId],
    [expected?.orderId, expected?.trackingId],
  );
  return `order ${order?.orderId}, tracking ${order?.shipments[0]?.trackingId}`;
}

/** Types a card number into `box` of `frame`, waits for the guard's warning, then presses its Redact button. */
async function typeCardAndRedact(page: Page, frame: Page | Frame, box: string, prefix: string): Promise<string> {
  await frame.click(box);
  await page.keyboard.type(`${prefix} ${CARD}`);
  await waitFor('the guard warning', async () => (await frame.$(inShadow('kefu-guard-box'))) !== null);
  await frame.locator(inShadow('kefu-guard-sensitive-action')).click();
  return waitFor('the card to be masked', () =>
    frame.$eval(box, (el) => ('value' in el ? String(el.value) : (el.textContent ?? ''))),
  );
}

async function guardInTextarea(session: Session): Promise<string> {
  const page = await openShopTab(session.firefox, AMAZON_CHAT.url);
  const text = await typeCardAndRedact(page, page, '#chat-input', 'my card');
  expectEqual('message after Redact', text, 'my card **** **** **** 1111');
  await page.close();
  return `Amazon chat textarea: "${text}"`;
}

async function guardInFrameEditor(session: Session): Promise<string> {
  const page = await openShopTab(session.firefox, WANGWANG_CHAT.url);
  const frame = await waitFor('the chat-core frame', async () =>
    page.frames().find((f) => f.url().startsWith(WANGWANG_CHAT_CORE.url)),
  );
  const text = await typeCardAndRedact(page, frame, '#composer', '卡号');
  expectEqual('message after Redact', text, '卡号 **** **** **** 1111');
  await page.close();
  return `旺旺 contenteditable in an iframe: "${text}"`;
}

async function panelShowsShopTab(panel: Page): Promise<string> {
  const orderId = await waitFor('the order in the panel', () => textOf(panel, byTestId('field-orderId')));
  expectEqual('order id', orderId, TAOBAO_DETAIL.orderIds[0]);
  const tracking = await textOf(panel, byTestId('field-tracking'));
  if (!tracking.includes(TAOBAO_DETAIL.trackingIds[0]!.trackingId)) throw new Error(`tracking shown: "${tracking}"`);
  return `order ${orderId}, tracking ${tracking.trim()}`;
}

async function composerMessage(panel: Page, words: string): Promise<string> {
  const message = await waitFor('the composer message', () =>
    panel.$eval(byTestId('message'), (el) => (el as HTMLTextAreaElement).value),
  );
  for (const part of [TAOBAO_DETAIL.orderIds[0]!, TAOBAO_DETAIL.trackingIds[0]!.trackingId, words]) {
    if (!message.includes(part)) throw new Error(`the message lacks "${part}": ${message.slice(0, 200)}…`);
  }
  return `${message.length} characters with the order and tracking IDs`;
}

async function notesSurviveReload(panel: Page): Promise<string> {
  const promised = `refund in 48h (${Date.now().toString(36)})`;
  await panel.waitForSelector(byTestId('notes-add-toggle'), { timeout: STEP_TIMEOUT_MS });
  // The form sits in a <details> (open when a contact was being written): Firefox gives its folded content a box, so
  // ask the <details> whether it is open rather than whether the form looks visible.
  const toggle = byTestId('notes-add-toggle');
  const folded = await panel.$eval(toggle, (summary) => !(summary.parentElement as HTMLDetailsElement).open);
  if (folded) await panel.click(toggle);
  await panel.locator(`${byTestId('notes-add-form')} ${byTestId('notes-field-agent')}`).fill('Wang');
  await panel.locator(`${byTestId('notes-add-form')} ${byTestId('notes-field-promised')}`).fill(promised);
  await panel.click(`${byTestId('notes-add-form')} ${byTestId('notes-save-entry')}`);
  const saved = () => textOf(panel, byTestId('notes-entry-promised')).then((t) => t.includes(promised));
  await waitFor('the saved contact', saved);
  // A reload runs the panel from scratch: what it shows then came from IndexedDB. The mark tells the new document
  // from the old one, which may still answer for a moment.
  type Marked = { kefuBeforeReload?: boolean };
  await panel.evaluate(() => {
    (window as Marked).kefuBeforeReload = true;
    location.reload();
  });
  await waitFor('the panel to load again', () =>
    panel.evaluate(() => !(window as Marked).kefuBeforeReload && document.readyState === 'complete'),
  );
  await waitFor('the contact after a reload', saved);
  return 'a contact saved, shown again after a reload';
}

async function speaksLocale(session: Session, panel: Page, locale: 'en' | 'zh_CN'): Promise<string> {
  const messages = catalogue(locale);
  const uiLanguage = await session.extensionPage.evaluate(() => browser.i18n.getUILanguage());
  const title = await session.extensionPage.evaluate(() => document.title);
  const heading = await waitFor('the panel heading', () => textOf(panel, '#on-page'));
  const hint = locale === 'zh_CN' ? ' (no zh-CN language pack? apt-get install -y firefox-esr-l10n-zh-cn)' : '';
  expectEqual(`welcome title, UI language ${uiLanguage}${hint}`, title, messages.welcomeTitle?.message);
  expectEqual('panel heading', heading, messages.ordersOnPage?.message);
  return `UI language ${uiLanguage}: "${title}", "${heading}"`;
}

// ---------------------------------------------------------------------------------------------------------------
// Running them.

const results: boolean[] = [];

/**
 * Runs one check and prints its line, with what it saw when that is a string. A check that fails gives undefined and
 * never stops the others, except those that need what it would have given (its caller then skips them).
 */
async function check<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    const value = await run();
    console.log(`ok    ${name}${typeof value === 'string' ? ` — ${value}` : ''}`);
    results.push(true);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAIL  ${name}: ${message.split('\n')[0]}`);
    results.push(false);
    return undefined;
  }
}

/** The whole round in English: install, every content script, the panel, the composer, case notes. */
async function englishRound(firefox: Browser): Promise<void> {
  const session = await check('en-US: installs with no manifest error or warning', () => installKefu(firefox));
  if (!session) return;
  await check('en-US: background starts', () => backgroundRuns(session));
  await check('en-US: orders script on an Amazon order list', () => amazonListOrders(session));
  await check('en-US: tracking script on an Amazon package tracker', () => trackerPage(session));
  await check('en-US: guard warns on a card typed in a chat box, Redact masks it', () => guardInTextarea(session));
  await check('en-US: guard in a chat editor inside an iframe', () => guardInFrameEditor(session));
  // Last of the shop tabs, so it is the one the panel follows.
  await check('en-US: orders script on a Taobao order detail', () => taobaoDetailOrder(session));
  const panel = await check('en-US: panel pops out', () => openPanel(session));
  if (!panel) return;
  await check("en-US: panel shows the shop tab's order", () => panelShowsShopTab(panel));
  await check('en-US: composer fills a message for it', () => composerMessage(panel, 'Order ID'));
  await check('en-US: UI in English', () => speaksLocale(session, panel, 'en'));
  await check('en-US: case notes save and survive a reload', () => notesSurviveReload(panel));
}

/** The UI in Chinese: the panel and the messages it writes follow Firefox's language. */
async function chineseRound(firefox: Browser): Promise<void> {
  const session = await check('zh-CN: installs', () => installKefu(firefox));
  if (!session) return;
  await check('zh-CN: orders script on a Taobao order detail', () => taobaoDetailOrder(session));
  const panel = await check('zh-CN: panel pops out', () => openPanel(session));
  if (!panel) return;
  await check('zh-CN: UI in Chinese', () => speaksLocale(session, panel, 'zh_CN'));
  await check('zh-CN: composer writes in Chinese', () => composerMessage(panel, '订单号'));
}

async function withFirefox(locale: 'en-US' | 'zh-CN', round: (firefox: Browser) => Promise<void>): Promise<void> {
  const firefox = await check(`${locale}: Firefox starts`, () => launchFirefox(locale));
  if (!firefox) return;
  console.log(`      ${await firefox.version()} (${FIREFOX}), UI language ${locale}`);
  try {
    await round(firefox);
  } finally {
    await firefox.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(FIREFOX))
    throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr firefox-esr-l10n-zh-cn`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: npx wxt build -b firefox');
  const started = Date.now();
  await withFirefox('en-US', englishRound);
  await withFirefox('zh-CN', chineseRound);
  const failed = results.filter((ok) => !ok).length;
  console.log(`${results.length} checks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`firefox-smoke: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
