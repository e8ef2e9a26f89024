import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KefuBrowser, launchKefu, waitForTabOrder } from '../../scripts/kefu-browser';

const ORDER = '112-0399923-3070642';
const AMAZON_DETAIL = `https://www.amazon.com/gp/your-account/order-details?orderID=${ORDER}`;
const FIXTURE = 'real/amazon.com/order-details-112-0399923-3070642.html';
const CARD = '4111 1111 1111 1111';
const MASKED_CARD = '**** **** **** 1111';

/** The panel opened on the tab's order, its message written. */
async function openOrderPanel(kefu: KefuBrowser): Promise<Page> {
  const panel = await kefu.openPanel();
  await expect.poll(() => panel.getByTestId('order-id').first().textContent(), { timeout: 10_000 }).toBe(ORDER);
  await expect.poll(() => panel.getByTestId('message').inputValue(), { timeout: 10_000 }).toContain(ORDER);
  return panel;
}

describe('the message being written in the built extension', () => {
  let kefu: KefuBrowser;

  beforeAll(async () => {
    kefu = await launchKefu();
    kefu.serve({ url: AMAZON_DETAIL, file: FIXTURE });
    await kefu.openShopPage(AMAZON_DETAIL);
    await waitForTabOrder(kefu, ORDER);
  });
  afterAll(async () => {
    await kefu?.close();
  });

  it('comes back with its problem after the panel is closed and opened again, a card number masked', async () => {
    let panel = await openOrderPanel(kefu);
    const picker = () => panel.getByTestId('problem-picker');
    const box = () => panel.getByTestId('message');
    expect(await picker().inputValue()).toBe('not-received');
    const notReceived = await box().inputValue();
    await picker().selectOption('quality-damage');
    await expect.poll(() => box().inputValue()).not.toBe(notReceived);
    await box().fill(`${await box().inputValue()}\nThey asked for my card ${CARD}.`);
    const typed = await box().inputValue();
    await panel.close(); // at once: the panel's pagehide writes what was typed

    // Only masked in the session, which is all a panel opened again can read.
    const session = JSON.stringify(await kefu.sessionRecords());
    expect(session).toContain(MASKED_CARD);
    expect(session).not.toContain(CARD);

    panel = await openOrderPanel(kefu);
    await expect.poll(() => picker().inputValue(), { timeout: 10_000 }).toBe('quality-damage');
    await expect.poll(() => box().inputValue(), { timeout: 10_000 }).toBe(typed.replace(CARD, MASKED_CARD));
    // Written from this template and these order details: nothing to tell.
    expect(await panel.getByTestId('replace-offer').count()).toBe(0);

    // Rebuilt from the template: nothing typed is left, so the next opening starts on the message as the template has it.
    await panel.getByTestId('regenerate').click();
    await expect.poll(() => box().inputValue()).not.toContain(MASKED_CARD);
    const rebuilt = await box().inputValue();
    await panel.close();
    panel = await openOrderPanel(kefu);
    await expect.poll(() => picker().inputValue()).toBe('not-received');
    expect(await box().inputValue()).not.toBe(rebuilt);
    await panel.close();
  });

  it('makes no network request of its own', () => {
    expect(kefu.strayRequests).toEqual([]);
  });
});
