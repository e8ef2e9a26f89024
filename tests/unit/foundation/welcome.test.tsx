// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../../components/Welcome';
import { setUpWelcome } from '../../../lib/background/welcome';
import { byTestId, click, installI18n, message, mount, waitFor } from '../notes-ui/helpers';

describe('the welcome page opens once, on first install', () => {
  const install = () => {
    const listeners: ((details: { reason: string }) => void)[] = [];
    const create = vi.fn(async (_: { url: string }) => ({}));
    setUpWelcome({
      runtime: {
        getURL: (path) => `chrome-extension://kefu${path}`,
        onInstalled: { addListener: (listener) => listeners.push(listener) },
      },
      tabs: { create },
    });
    const fire = (reason: string) => {
      for (const listener of listeners) listener({ reason });
    };
    return { create, fire };
  };

  it('opens on install', () => {
    const { create, fire } = install();
    fire('install');
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://kefu/welcome.html' });
  });

  it('not on an update, a browser update or a shared module update', () => {
    const { create, fire } = install();
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) fire(reason);
    expect(create).not.toHaveBeenCalled();
  });

  it('a tab the browser refuses to open throws nothing', () => {
    const { create, fire } = install();
    // The refusal, and whether anyone handles it: an unhandled rejection is not seen reliably from inside a test
    // (the runner's own handlers come first), so the test checks that the returned promise gets a rejection handler.
    const refused = Promise.reject(new Error('browser closing'));
    refused.catch(() => {});
    let handled = false;
    create.mockReturnValueOnce({
      // biome-ignore lint/suspicious/noThenProperty: a promise stand-in that records who handles its rejection
      then: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => {
        handled ||= onRejected !== undefined;
        return refused.then(onFulfilled, onRejected);
      },
      catch: (onRejected: (e: unknown) => unknown) => {
        handled = true;
        return refused.catch(onRejected);
      },
    } as unknown as Promise<object>);
    expect(() => fire('install')).not.toThrow();
    expect(handled).toBe(true);
  });
});

describe('the welcome page', () => {
  const g = globalThis as { chrome?: unknown };
  let view: ReturnType<typeof mount> | null = null;
  afterEach(() => {
    view?.unmount();
    view = null;
    delete g.chrome;
    fakeBrowser.reset();
  });

  /**
   * A wait for the page to have called `api`, had its answer, and rendered it (Preact renders on a microtask). A fixed
   * wait was not enough on a loaded CI machine.
   */
  const answered = (api: { mock: { results: { value: unknown }[] } }) => async (): Promise<void> => {
    await waitFor(() => api.mock.results.length > 0);
    await api.mock.results[0]?.value;
    await new Promise((r) => setTimeout(r, 0));
  };

  /** The current window is 7; returns the wait for the page to have it. */
  const windowSeven = () => {
    const getCurrent = vi.fn(async () => ({ id: 7 }));
    fakeBrowser.windows.getCurrent = getCurrent as unknown as typeof fakeBrowser.windows.getCurrent;
    return answered(getCurrent);
  };

  /** The panel's command with this shortcut; returns the wait for the page to have it. */
  const commands = (shortcut: string) => {
    const getAll = vi.fn(async () => [{ name: '_execute_action', shortcut }]);
    (fakeBrowser as unknown as { commands: unknown }).commands = { getAll };
    return answered(getAll);
  };

  it('names the shortcut the user has now, in both languages', async () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      installI18n(lang);
      commands('Ctrl+Shift+Y');
      view = mount(<Welcome />);
      const text = await waitFor(() => {
        const t = byTestId(view!.root, 'welcome')?.textContent ?? '';
        return t.includes('Ctrl+Shift+Y') && t;
      });
      expect(text).toContain(message('welcomeTitle'));
      expect(text).toContain(message('welcomePrivacy'));
      view.unmount();
      view = null;
    }
  });

  it('without a shortcut (the user cleared it) names only the toolbar button', async () => {
    installI18n('en');
    const answered = commands('');
    view = mount(<Welcome />);
    await answered();
    expect(view.root.textContent).toContain(message('welcomeStepPanel'));
    expect(view.root.textContent).not.toContain('$');
  });

  it("'Open the panel now' opens Chrome's side panel for this window, in the click", async () => {
    installI18n('en');
    commands('Alt+Shift+K');
    const open = vi.fn(async (_: { windowId: number }) => {});
    g.chrome = { sidePanel: { open } };
    const windowKnown = windowSeven();
    view = mount(<Welcome />);
    // The window is looked up when the page loads; the click then calls open() at once.
    await windowKnown();
    click(byTestId(view.root, 'welcome-open-panel'));
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await new Promise((r) => setTimeout(r, 0));
    expect(byTestId(view.root, 'welcome-open-failed')).toBeNull();
  });

  it('says to use the toolbar button when the browser does not open the panel', async () => {
    installI18n('zh_CN');
    commands('Alt+Shift+K');
    g.chrome = { sidePanel: { open: async () => Promise.reject(new Error('user gesture required')) } };
    const windowKnown = windowSeven();
    view = mount(<Welcome />);
    await windowKnown();
    click(byTestId(view.root, 'welcome-open-panel'));
    const failed = await waitFor(() => byTestId(view!.root, 'welcome-open-failed'));
    expect(failed.textContent).toBe(message('welcomeOpenFailed'));
  });

  it('shows no open button where the browser has no panel API to call', async () => {
    installI18n('en');
    commands('Alt+Shift+K');
    view = mount(<Welcome />);
    await waitFor(() => byTestId(view!.root, 'welcome'));
    expect(byTestId(view.root, 'welcome-open-panel')).toBeNull();
  });
});
