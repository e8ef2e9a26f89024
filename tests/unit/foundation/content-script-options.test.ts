import { describe, expect, it } from 'vitest';
import amazonOrders from '../../../entrypoints/amazon-orders.content/index';
import amazonTracking from '../../../entrypoints/amazon-tracking.content/index';
import guard from '../../../entrypoints/guard.content/index';
import taobaoOrders from '../../../entrypoints/taobao-orders.content/index';

describe('content scripts tell the page nothing', () => {
  // WXT's context, by default, announces each content script to the page with window.postMessage({ type:
  // "<extension id>:<script>:wxt:content-script-started", contentScriptName }): every script of the shop page (and any
  // `message` listener a third party put there) learns that Kefu is installed, its id and which of its scripts run.
  it.each([
    ['amazon-orders', amazonOrders],
    ['amazon-tracking', amazonTracking],
    ['guard', guard],
    ['taobao-orders', taobaoOrders],
  ] as const)('%s does not post its start to the page', (_name, script) => {
    expect(script.noScriptStartedPostMessage).toBe(true);
    expect('world' in script ? script.world : 'ISOLATED').toBe('ISOLATED');
  });
});
