// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GuardSettings } from '../../../components/GuardSettings';
import { GUARD_SETTINGS_KEY, readGuardSettings } from '../../../lib/guard/settings';
import { renderRootLifecycle, tick, waitFor } from '../notes-ui/helpers';

describe('the guard settings switches', () => {
  const rootOf = renderRootLifecycle();
  beforeEach(() => fakeBrowser.reset());

  const boxes = () => [...rootOf().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const site = (domain: string) => rootOf().querySelector<HTMLInputElement>(`[data-testid="guard-site-${domain}"]`);
  const flip = (box: HTMLInputElement | null | undefined) => {
    if (!box) throw new Error('no such switch');
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('keeps every switch flipped within one storage round trip (the second write dropped the first)', async () => {
    render(<GuardSettings />, rootOf());
    await waitFor(() => boxes().length > 3);
    await tick(20);
    // Two kinds and a site, faster than storage answers.
    flip(boxes()[0]);
    flip(boxes()[2]);
    flip(site('amazon.de'));
    await vi.waitFor(async () => {
      const stored = await readGuardSettings(fakeBrowser.storage.local);
      expect(stored.disabledGuards?.sort()).toEqual(['password', 'typing']);
      expect(stored.disabledSites).toEqual(['amazon.de']);
    });
    // And the switches show it, with no flicker back to an older state after the writes.
    await tick(50);
    expect(boxes()[0]?.checked).toBe(false);
    expect(boxes()[1]?.checked).toBe(true);
    expect(boxes()[2]?.checked).toBe(false);
    expect(site('amazon.de')?.checked).toBe(false);
    expect(site('amazon.fr')?.checked).toBe(true);
  });

  it('applies a switch to what storage holds, so a change made elsewhere (another panel) is kept', async () => {
    render(<GuardSettings />, rootOf());
    await waitFor(() => boxes().length > 3);
    await tick(20);
    await fakeBrowser.storage.local.set({ [GUARD_SETTINGS_KEY]: { disabledSites: ['tmall.com'] } });
    await waitFor(() => site('tmall.com')?.checked === false);
    flip(boxes()[1]);
    await vi.waitFor(async () => {
      const stored = await readGuardSettings(fakeBrowser.storage.local);
      expect(stored).toEqual({ disabledSites: ['tmall.com'], disabledGuards: ['paste-scam'] });
    });
  });
});
