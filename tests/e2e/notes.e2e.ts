import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

/** The few `chrome.*` calls evaluated inside the extension's service worker. */
declare const chrome: {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
};

const ORDER = '112-0399923-3070642';
const AMAZON_DETAIL = `https://www.amazon.com/gp/your-account/order-details?orderID=${ORDER}`;
const FIXTURE = 'real/amazon.com/order-details-112-0399923-3070642.html';

/** The side panel's case notes, as a user drives them. */
class CaseNotesPanel {
  constructor(readonly page: Page) {}

  async waitForOrder(): Promise<void> {
    await expect.poll(() => this.page.getByTestId('order-id').first().textContent(), { timeout: 10_000 }).toBe(ORDER);
    await this.page.getByTestId('case-notes').waitFor();
  }

  async addContact(fields: Record<string, string>): Promise<void> {
    const form = this.page.getByTestId('notes-add-form');
    if (!(await form.isVisible())) await this.page.getByTestId('notes-add-toggle').click();
    for (const [name, value] of Object.entries(fields)) await form.getByTestId(`notes-field-${name}`).fill(value);
    await form.getByTestId('notes-save-entry').click();
  }

  promises(): Promise<string[]> {
    return this.page.getByTestId('notes-entry-promised').allTextContents();
  }

  agents(): Promise<string[]> {
    return this.page.getByTestId('notes-entry-agent').allTextContents();
  }
}

async function openOrderPanel(kefu: KefuBrowser): Promise<CaseNotesPanel> {
  const panel = new CaseNotesPanel(await kefu.openPanel());
  await panel.waitForOrder();
  return panel;
}

/** The service worker as it is now (Chrome may have stopped and restarted it since launch). */
async function followUpAlarms(kefu: KefuBrowser): Promise<{ name: string; scheduledTime: number }[]> {
  const worker = kefu.context.serviceWorkers()[0] ?? kefu.worker;
  const all = await worker.evaluate(() => chrome.alarms.getAll());
  return all.filter((a) => a.name.startsWith('followup:'));
}

describe('case notes in the built extension', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kefu-notes-e2e-'));
  let kefu: KefuBrowser;

  const launch = async () => {
    kefu = await launchKefu({ userDataDir });
    kefu.serve({ url: AMAZON_DETAIL, file: FIXTURE });
    await kefu.openShopPage(AMAZON_DETAIL);
    await waitForTabOrder(kefu, ORDER);
  };

  beforeAll(launch);
  afterAll(async () => {
    await kefu?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('a logged contact survives a panel reload and a browser restart', async () => {
    const panel = await openOrderPanel(kefu);
    await panel.addContact({
      agent: 'Wang',
      asked: 'Parcel marked delivered, not received',
      promised: 'refund in 48h',
    });
    await expect.poll(() => panel.promises(), { timeout: 10_000 }).toEqual(['refund in 48h']);
    expect(await panel.agents()).toEqual(['Wang']);

    await panel.page.reload();
    await panel.waitForOrder();
    await expect.poll(() => panel.promises(), { timeout: 10_000 }).toEqual(['refund in 48h']);

    await kefu.close({ keepProfile: true });
    await launch();
    const again = await openOrderPanel(kefu);
    await expect.poll(() => again.promises(), { timeout: 10_000 }).toEqual(['refund in 48h']);
    expect(await again.agents()).toEqual(['Wang']);
    await again.page.close();
  });

  it('two panels open at once: each write shows up in both (live query)', async () => {
    const [a, b] = [await openOrderPanel(kefu), await openOrderPanel(kefu)];
    await a.addContact({ agent: 'Panel A agent', promised: 'call back tomorrow' });
    await b.addContact({ agent: 'Panel B agent', promised: 'replacement ships Monday' });
    const expected = ['Panel A agent', 'Panel B agent', 'Wang'];
    await expect.poll(async () => (await a.agents()).sort(), { timeout: 10_000 }).toEqual(expected);
    await expect.poll(async () => (await b.agents()).sort(), { timeout: 10_000 }).toEqual(expected);
    await a.page.close();
    await b.page.close();
  });

  it('a follow-up date schedules a reminder alarm, re-created from the notes when the browser starts', async () => {
    let panel = await openOrderPanel(kefu);
    // Two minutes ahead, in the browser's local time (what datetime-local speaks), to the minute.
    const { value, when } = await panel.page.evaluate(() => {
      const d = new Date(Date.now() + 2 * 60_000);
      d.setSeconds(0, 0);
      const pad = (n: number) => String(n).padStart(2, '0');
      return {
        value: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`,
        when: d.getTime(),
      };
    });
    await panel.page.getByTestId('notes-followup').fill(value);
    await expect
      .poll(async () => (await followUpAlarms(kefu)).map((a) => a.scheduledTime), { timeout: 10_000 })
      .toEqual([when]);

    // Lose the alarm (as after a crash or a profile copy), restart: the worker's start-up sync re-creates it.
    await (kefu.context.serviceWorkers()[0] ?? kefu.worker).evaluate(() => chrome.alarms.clearAll());
    await kefu.close({ keepProfile: true });
    await launch();
    await expect
      .poll(async () => (await followUpAlarms(kefu)).map((a) => a.scheduledTime), { timeout: 10_000 })
      .toEqual([when]);

    panel = await openOrderPanel(kefu);
    await panel.page.getByTestId('notes-followup-clear').click();
    await expect.poll(async () => followUpAlarms(kefu), { timeout: 10_000 }).toEqual([]);
    await panel.page.close();
  });

  it('all cases: a note typed with accents is found by a query without them (Chromium ICU)', async () => {
    const panel = await openOrderPanel(kefu);
    await panel.addContact({ agent: 'Frau Müller', asked: 'Rückerstattung beantragt' });
    await expect.poll(() => panel.agents(), { timeout: 10_000 }).toContain('Frau Müller');
    await panel.page.getByTestId('notes-fold').locator('summary').click();
    await panel.page.getByTestId('notes-search').fill('ruckerstattung muller');
    const snippets = panel.page.locator('[data-testid="notes-case-row"] .notes-case-snippet');
    await expect.poll(() => snippets.allTextContents(), { timeout: 10_000 }).toEqual(['Rückerstattung beantragt']);
    await panel.page.close();
  });

  it('a contact half typed comes back after the panel is closed and opened again, its secrets masked', async () => {
    let panel = await openOrderPanel(kefu);
    const form = panel.page.getByTestId('notes-add-form');
    if (!(await form.isVisible())) await panel.page.getByTestId('notes-add-toggle').click();
    await form.getByTestId('notes-field-agent').fill('Zhang');
    await form.getByTestId('notes-field-asked').fill('They asked for my card 4111 1111 1111 1111');
    await panel.page.close(); // at once: the panel's pagehide writes what was typed

    panel = await openOrderPanel(kefu);
    const again = panel.page.getByTestId('notes-add-form');
    await expect.poll(() => again.getByTestId('notes-field-agent').inputValue(), { timeout: 10_000 }).toBe('Zhang');
    expect(await again.getByTestId('notes-field-asked').inputValue()).toBe(
      'They asked for my card **** **** **** 1111',
    );
    // Started over: gone from the session too, so the next opening is blank.
    await panel.page.getByTestId('notes-draft-discard').click();
    await expect.poll(() => again.getByTestId('notes-field-agent').inputValue()).toBe('');
    await panel.page.close();
    panel = await openOrderPanel(kefu);
    await panel.page.getByTestId('case-notes').waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(await panel.page.getByTestId('notes-draft-restored').count()).toBe(0);
    await panel.page.close();
  });

  it('makes no network request of its own', () => {
    expect(kefu.strayRequests).toEqual([]);
  });
});
