/** What opening the welcome page needs of the browser API (a stand-in in tests). */
export interface WelcomeBrowser {
  runtime: {
    getURL(path: '/welcome.html'): string;
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/**
 * Opens the welcome page (entrypoints/welcome) once, when Kefu is first installed: not on an update, a browser update
 * or a re-enable. Registered synchronously at start-up, as MV3 requires for the event to reach the worker.
 */
export function setUpWelcome(api: WelcomeBrowser): void {
  api.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    // A tab that cannot be opened (the browser is closing) only loses the welcome; Kefu works without it.
    api.tabs.create({ url: api.runtime.getURL('/welcome.html') }).catch(() => {});
  });
}
