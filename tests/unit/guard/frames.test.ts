import { type BrowserWindow, Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import guardContentScript from '../../../entrypoints/guard.content/index';
import { guardMatchPatterns, watchedFieldOf } from '../../../lib/guard';
import { type FrameWindow, guardFrameContext, knownIdentifiersInContext } from '../../../lib/guard/frame-context';
import { GUARDED_TYPES } from '../../../lib/guard/privacy-guard';
import { findSecrets } from '../../../lib/privacy';
import { guardOn } from './helpers';

const WW_OUTER = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E5%BA%97&orderId=4861628750601004803';
/** A rich-text composer as editors build it: an about:srcdoc frame whose body is the editing host. */
const EDITOR_SRCDOC =
  '<!DOCTYPE html><html><head><title>editor</title></head><body contenteditable="true"></body></html>';

const windows: Window[] = [];
afterEach(async () => {
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

/** A shop page (its own happy-dom window, with iframe loading on) holding a srcdoc editor frame. */
async function pageWithEditorFrame(srcdoc = EDITOR_SRCDOC) {
  const page = new Window({ url: WW_OUTER, settings: { disableIframePageLoading: false } });
  windows.push(page);
  const iframe = page.document.createElement('iframe');
  iframe.srcdoc = srcdoc;
  page.document.body.append(iframe);
  await page.happyDOM.waitUntilComplete();
  // Same origin (srcdoc inherits the page's): a full window, not a cross-origin stand-in.
  const frame = iframe.contentWindow as BrowserWindow | null;
  if (!frame) throw new Error('the srcdoc frame did not load');
  return { page, iframe, frame, frameDoc: frame.document as unknown as Document };
}

describe('guard content script definition (becomes the manifest entry)', () => {
  it('runs in all frames, and in about:blank / about:srcdoc frames of a guarded page', () => {
    expect(guardContentScript.allFrames).toBe(true);
    expect(guardContentScript.matchAboutBlank).toBe(true);
  });

  it('does not ask for matchOriginAsFallback: Chrome refuses it for patterns with a path, which every guard pattern has', () => {
    expect(guardContentScript.matchOriginAsFallback).toBeUndefined();
    for (const pattern of guardMatchPatterns()) expect(new URL(pattern.replace(/\*/g, 'x')).pathname).not.toBe('/x');
  });
});

describe('guardFrameContext', () => {
  it('a srcdoc frame stands for the page around it, with both documents', async () => {
    const { page, frame, frameDoc } = await pageWithEditorFrame();
    expect(frame.location.href).toBe('about:srcdoc');
    const context = guardFrameContext(frame as unknown as FrameWindow);
    expect(context?.url.href).toBe(WW_OUTER);
    expect(context?.documents).toEqual([frameDoc, page.document]);
  });

  it('a page with a URL stands for itself', () => {
    const page = new Window({ url: WW_OUTER });
    windows.push(page);
    expect(guardFrameContext(page as unknown as FrameWindow)?.url.hostname).toBe('market.m.taobao.com');
  });

  /** A cross-origin window: reading its location throws, as a browser's SecurityError does. */
  const blocked: FrameWindow = {
    get location(): never {
      throw new Error('SecurityError');
    },
    document: {} as Document,
    get parent() {
      return blocked;
    },
  };
  const fake = (href: string, parent?: FrameWindow): FrameWindow => {
    const win: FrameWindow = {
      location: { href },
      document: {} as Document,
      get parent() {
        return parent ?? win;
      },
    };
    return win;
  };

  it('climbs nested about: frames (about:blank in about:srcdoc) like Chrome does', () => {
    const page = fake('https://refund2.taobao.com/dispute/apply.htm?bizOrderId=1');
    const outer = fake('about:srcdoc', page);
    expect(guardFrameContext(fake('about:blank', outer))?.url.pathname).toBe('/dispute/apply.htm');
  });

  it.each([
    ['a top-level about:blank (a blank tab, a pop-up)', fake('about:blank')],
    ['an about: frame whose parent cannot be read (sandboxed, opaque origin)', fake('about:srcdoc', blocked)],
  ])('null for %s', (_, win) => {
    expect(guardFrameContext(win)).toBeNull();
  });
});

describe('the guard in an editor frame', () => {
  it('warns on a card typed into a srcdoc editor body, outside the editable text, and Redact masks it', async () => {
    const { page, frameDoc } = await pageWithEditorFrame();
    const controller = new AbortController();
    const guard = guardOn(frameDoc, controller.signal);
    const body = frameDoc.body;
    const line = frameDoc.createElement('p');
    line.textContent = '卡号 4111 1111 1111 1111';
    body.append(line);
    line.dispatchEvent(new (frameDoc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    guard.flush();
    const host = frameDoc.querySelector('kefu-privacy-guard');
    expect(host).not.toBeNull();
    // Not in the page's document, and not inside the editable body (it would become part of the message).
    expect(page.document.querySelector('kefu-privacy-guard')).toBeNull();
    expect(body.contains(host)).toBe(false);
    expect(host?.shadowRoot?.textContent).toContain('bank card number');
    host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="kefu-guard-sensitive-action"]')?.click();
    expect(body.textContent).toBe('卡号 **** **** **** 1111');
    expect(frameDoc.querySelector('kefu-privacy-guard')).toBeNull();
    controller.abort();
  });

  it('an order number shown by the page around the frame is not flagged inside it', async () => {
    const { frame, frameDoc } = await pageWithEditorFrame();
    const context = guardFrameContext(frame as unknown as FrameWindow);
    expect(knownIdentifiersInContext(context!)).toContain('4861628750601004803');
    const controller = new AbortController();
    // What the entrypoint passes: the identifiers of every document from the frame up to the page.
    const guard = guardOn(frameDoc, controller.signal, { knownIdentifiers: () => knownIdentifiersInContext(context!) });
    frameDoc.body.textContent = '订单 4861628750601004803 一直没发货';
    frameDoc.body.dispatchEvent(
      new (frameDoc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }),
    );
    guard.flush();
    expect(frameDoc.querySelector('kefu-privacy-guard')).toBeNull();
    controller.abort();
  });

  it('a designMode document: its body is the field, never <html> (whose text would take in the <head>)', async () => {
    const { frameDoc } = await pageWithEditorFrame(
      '<!DOCTYPE html><html><head><title>t</title></head><body>x</body></html>',
    );
    frameDoc.designMode = 'on';
    expect(watchedFieldOf(frameDoc.documentElement)).toBe(frameDoc.body);
    expect(watchedFieldOf(frameDoc.body)).toBe(frameDoc.body);
  });
});

describe('known identifiers from a link the user was sent', () => {
  it('a crafted query (?orderId=<a bank card prefix>) does not silence the card warning on a guarded chat page', () => {
    // Someone posing as the shop sends a link to the real chat page with the card prefix of the victim's bank added.
    const page = new Window({ url: `${WW_OUTER}&tradeId=622202&refundId=411111` });
    windows.push(page);
    const context = guardFrameContext(page as unknown as FrameWindow);
    if (!context) throw new Error('no context');
    const ids = knownIdentifiersInContext(context);
    expect(ids).toContain('622202');
    const types = [...GUARDED_TYPES];
    expect(findSecrets('退款到我的卡 6222021234567890128', { types, knownIdentifiers: ids })).toHaveLength(1);
    expect(findSecrets('card 4111 1111 1111 1111', { types, knownIdentifiers: ids })).toHaveLength(1);
    // The page's own order number is still no card.
    expect(findSecrets('订单 4861628750601004803', { types, knownIdentifiers: ids })).toEqual([]);
  });
});
