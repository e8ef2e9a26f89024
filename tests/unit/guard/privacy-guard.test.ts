// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type GuardKind, type PrivacyGuard, startPrivacyGuard } from '../../../lib/guard';
import { GUARDED_TYPES, IDLE_WATCH_MS, WATCH_MS } from '../../../lib/guard/privacy-guard';
import { boxesOverlap, placeOverField, placeWarningBox } from '../../../lib/guard/warning-layout';
import type { UiLocale } from '../../../lib/i18n/locale';
import { redactSensitiveData } from '../../../lib/privacy';
import { catalogueTranslate, guardOn } from './helpers';

let controller: AbortController;
let guard: PrivacyGuard;
let enabled: Set<GuardKind>;
/** The guard's timers (`later`), run only when a test says so, and its clock. */
let timers: Array<{ task: () => void; ms: number }>;
let clock: number;
/** The guard's deferred work (`defer`: scans, re-layouts), run only when a test says so. */
let deferred: Array<() => void>;

function start(lang: UiLocale = 'en') {
  controller = new AbortController();
  enabled = new Set(['typing', 'paste-scam', 'password']);
  timers = [];
  deferred = [];
  clock = 0;
  guard = startPrivacyGuard({
    document,
    signal: controller.signal,
    translate: catalogueTranslate(lang),
    lang,
    isEnabled: (g) => enabled.has(g),
    // Deferred work runs only when the test flushes (or runs it): proves the handler itself does not scan.
    defer: (task) => deferred.push(task),
    later: (task, ms) => timers.push({ task, ms }),
    // A clock that moves only when a test moves it: a scan slowed by a busy machine must not push the next one out
    // of the test's flush.
    now: () => clock,
  });
}

/** Runs the deferred work (a re-layout after a scroll, resize or field resize). */
function runDeferred() {
  for (const task of deferred.splice(0)) task();
}

/** Runs the timers due now (those they set run at the next call). */
function runTimers() {
  for (const { task } of timers.splice(0)) task();
}

const hosts = () => [...document.querySelectorAll('kefu-privacy-guard')];
const box = () => hosts()[0]?.shadowRoot?.querySelector('[data-testid="kefu-guard-box"]') ?? null;
const inBox = (testId: string) =>
  hosts()[0]?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function pasteInto(field: HTMLTextAreaElement, text: string) {
  const event = new Event('paste', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (t: string) => (t === 'text/plain' ? text : '') },
  });
  field.dispatchEvent(event);
  field.value += text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Gives an element a box on screen (happy-dom lays nothing out: every rect is empty, so every box is hidden). */
function onScreen<T extends Element>(el: T, top = 300, left = 20, width = 400, height = 60): T {
  const rect = { top, left, width, height, bottom: top + height, right: left + width, x: left, y: top };
  Object.defineProperty(el, 'getBoundingClientRect', {
    value: () => ({ ...rect, toJSON: () => rect }) as DOMRect,
    configurable: true,
  });
  return el;
}

beforeEach(() => {
  document.body.replaceChildren();
  start();
});
afterEach(() => controller.abort());

describe('typing guard', () => {
  it('warns about a card number inside a shadow root, only after the deferred scan', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, 'My card is 4111 1111 1111 1111, please refund');
    expect(hosts()).toHaveLength(0); // the handler only scheduled
    guard.flush();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.shadowRoot).not.toBeNull();
    // Nothing of the warning is in the page's light DOM.
    expect(host.childNodes).toHaveLength(0);
    expect(box()?.textContent).toContain('bank card number');
    expect(box()?.textContent).toContain('never asks');
    expect(box()?.getAttribute('role')).toBe('alert');
    // The value itself is never shown.
    expect(box()?.textContent).not.toContain('4111');
  });

  it('Redact masks the value, fires input for the page, and the warning goes away', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    const text = 'card 4111 1111 1111 1111 cvv 123 thanks';
    typeInto(area, text);
    guard.flush();
    expect(box()?.textContent).toContain('card security code');
    inBox('kefu-guard-sensitive-action')!.click();
    expect(area.value).toBe('card **** **** **** 1111 cvv *** thanks');
    expect(area.value).toBe(redactSensitiveData(text, { types: [...GUARDED_TYPES] }));
    expect(seen.at(-1)).toBe(area.value);
    expect(hosts()).toHaveLength(0);
  });

  it('a press on Redact or Dismiss leaves the focus in the field (no blur for the page, its caret kept)', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    typeInto(area, 'card 4111 1111 1111 1111');
    guard.flush();
    for (const id of ['kefu-guard-sensitive-action', 'kefu-guard-dismiss']) {
      const press = new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true });
      inBox(id)!.dispatchEvent(press);
      expect(press.defaultPrevented).toBe(true);
    }
  });

  // A review with the keyboard (2026-12): the box is appended to <body>, so Tab from the warned field reached the shop's
  // Send button first (Tab, Enter: the card number sent) and the box's buttons only after every control of the page.
  it('Tab from a warned field goes to Redact; past Dismiss it goes on after the field, Shift+Tab goes back', () => {
    const area = onScreen(document.createElement('textarea'));
    const send = document.createElement('button');
    send.textContent = 'Send';
    const hidden = document.createElement('button');
    hidden.style.display = 'none';
    document.body.append(area, hidden, send);
    area.focus();
    typeInto(area, 'card 4111 1111 1111 1111');
    guard.flush();
    const tab = (target: Element, shiftKey = false) => {
      const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const root = hosts()[0]!.shadowRoot!;
    expect(tab(area)).toBe(true);
    expect(root.activeElement).toBe(inBox('kefu-guard-sensitive-action'));
    // Shift+Tab from the first button: back to the field.
    expect(tab(inBox('kefu-guard-sensitive-action')!, true)).toBe(true);
    expect(document.activeElement).toBe(area);
    // Tab past the last button: the page's next control after the field.
    tab(area);
    inBox('kefu-guard-dismiss')!.focus();
    expect(tab(inBox('kefu-guard-dismiss')!)).toBe(true);
    expect(document.activeElement).toBe(send);
    // Reached some other way (Tab from the end of the page), the box is left by the browser's own order: no cycle.
    inBox('kefu-guard-dismiss')!.focus();
    area.focus();
    inBox('kefu-guard-dismiss')!.focus();
    expect(tab(inBox('kefu-guard-dismiss')!)).toBe(false);
    // Shift+Tab from the field, and Tab from a field with no warning, are the page's.
    expect(tab(area, true)).toBe(false);
    inBox('kefu-guard-dismiss')!.click();
    expect(tab(area)).toBe(false);
  });

  it('Redact pressed during an IME composition waits for its end (an edit under it had the pick replace the mask)', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    typeInto(area, '卡号 4111 1111 1111 1111 ');
    guard.flush();
    area.dispatchEvent(new Event('compositionstart', { bubbles: true, composed: true }));
    typeInto(area, '卡号 4111 1111 1111 1111 xie');
    inBox('kefu-guard-sensitive-action')!.click();
    expect(area.value).toBe('卡号 4111 1111 1111 1111 xie');
    typeInto(area, '卡号 4111 1111 1111 1111 谢谢');
    area.dispatchEvent(new Event('compositionend', { bubbles: true, composed: true }));
    runDeferred();
    expect(area.value).toBe('卡号 **** **** **** 1111 谢谢');
    expect(hosts()).toHaveLength(0);
    // Dismissed meanwhile: no Redact at the end.
    typeInto(area, '卡号 4111 1111 1111 1111 ');
    guard.flush();
    area.dispatchEvent(new Event('compositionstart', { bubbles: true, composed: true }));
    inBox('kefu-guard-sensitive-action')!.click();
    inBox('kefu-guard-dismiss')!.click();
    area.dispatchEvent(new Event('compositionend', { bubbles: true, composed: true }));
    runDeferred();
    expect(area.value).toBe('卡号 4111 1111 1111 1111 ');
  });

  it('Redact works on an input too', () => {
    const input = document.createElement('input');
    input.type = 'text';
    document.body.append(input);
    typeInto(input, '4111111111111111');
    guard.flush();
    inBox('kefu-guard-sensitive-action')!.click();
    expect(input.value).toBe('************1111');
  });

  it('Dismiss hides it until the detected values change', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, 'card 4111 1111 1111 1111');
    guard.flush();
    inBox('kefu-guard-dismiss')!.click();
    expect(hosts()).toHaveLength(0);
    typeInto(area, 'card 4111 1111 1111 1111 and more words');
    guard.flush();
    expect(hosts()).toHaveLength(0); // same card: stays dismissed
    typeInto(area, 'card 4111 1111 1111 1111 and 5555 5555 5555 4444');
    guard.flush();
    expect(hosts()).toHaveLength(1); // a new value: warn again
  });

  it("a click the page's script makes on Redact or Dismiss does nothing: only the user's own clicks count", () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, 'card 4111 1111 1111 1111');
    guard.flush();
    // What `button.click()` or dispatchEvent from the page's script gives in a browser (the root is open, so the page
    // can reach the buttons): an event with isTrusted false. happy-dom sets no isTrusted, so the test does.
    const scripted = () => {
      const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
      Object.defineProperty(event, 'isTrusted', { value: false });
      return event;
    };
    inBox('kefu-guard-dismiss')!.dispatchEvent(scripted());
    inBox('kefu-guard-sensitive-action')!.dispatchEvent(scripted());
    expect(hosts()).toHaveLength(1);
    expect(area.value).toBe('card 4111 1111 1111 1111');
    inBox('kefu-guard-dismiss')!.click();
    expect(hosts()).toHaveLength(0);
  });

  it('works in a contenteditable editor without touching markup', () => {
    const editor = document.createElement('pre');
    editor.className = 'edit';
    editor.setAttribute('contenteditable', 'true');
    const span = document.createElement('span');
    span.textContent = '1111';
    // The card is split over three text nodes (an inline element in the middle); the page text holds markup-like text.
    editor.append('卡号 4111 1111 ', span, ' 1111 谢谢 <img src=x onerror=alert(1)>');
    document.body.append(editor);
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(box()?.textContent).toContain('bank card number');
    inBox('kefu-guard-sensitive-action')!.click();
    expect(editor.textContent).toBe('卡号 **** **** **** 1111 谢谢 <img src=x onerror=alert(1)>');
    expect(editor.querySelector('img')).toBeNull();
    expect(hosts()).toHaveLength(0);
  });

  it('an event from a child of the editor is traced to the editing host', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    const line = document.createElement('div');
    line.textContent = '验证码 123456';
    editor.append(line);
    document.body.append(editor);
    line.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(box()?.textContent).toContain('verification code');
  });

  it('catches a field inside an open shadow root', () => {
    const widget = document.createElement('div');
    document.body.append(widget);
    const root = widget.attachShadow({ mode: 'open' });
    const area = document.createElement('textarea');
    root.append(area);
    typeInto(area, '4111 1111 1111 1111');
    guard.flush();
    expect(hosts()).toHaveLength(1);
  });

  it.each([
    ['an Amazon order ID', 'Order 112-0399923-3070642 never arrived'],
    ['a Taobao order number', '订单号 4861628750601004803 一直没发货'],
    ['a UPS tracking number', 'Tracking 1Z999AA10123456784 shows delivered'],
    ['a courier tracking number', '快递单号 YT1234567890123456 显示已签收'],
    ['a phone number (given to sellers for delivery)', '请联系我 13812345678'],
  ])('no warning for %s', (_, text) => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, text);
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('ignores number inputs, checkboxes and read-only fields', () => {
    const number = Object.assign(document.createElement('input'), { type: 'number' });
    const ro = Object.assign(document.createElement('textarea'), { readOnly: true });
    document.body.append(number, ro);
    ro.value = '4111 1111 1111 1111';
    ro.dispatchEvent(new Event('input', { bubbles: true }));
    number.dispatchEvent(new Event('input', { bubbles: true }));
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('shows Chinese text with the zh_CN catalogue', () => {
    controller.abort();
    start('zh_CN');
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '卡号 4111 1111 1111 1111 安全码 123');
    guard.flush();
    expect(box()?.textContent).toContain('银行卡号、卡片安全码');
    expect(box()?.textContent).toContain('坚决拒绝');
    expect(inBox('kefu-guard-sensitive-action')?.textContent).toBe('遮盖');
    expect(box()?.getAttribute('lang')).toBe('zh-CN');
  });

  // A shopper in Taiwan or Hong Kong chatting with a Taobao shop: the warning in their characters, its own words (the
  // names of what was found) too.
  it.each([
    ['zh_TW', 'zh-TW', '銀行卡號、卡片安全碼', '堅決拒絕'],
    ['zh_HK', 'zh-HK', '銀行卡號、卡片安全碼', '堅決拒絕'],
  ] as const)('shows traditional text with the %s catalogue, tagged %s', (lang, tag, names, refuse) => {
    controller.abort();
    start(lang);
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '卡号 4111 1111 1111 1111 安全码 123');
    guard.flush();
    expect(box()?.textContent).toContain(names);
    expect(box()?.textContent).toContain(refuse);
    // (户 is Hong Kong's standard form too: 賬户.)
    expect(box()?.textContent).not.toMatch(/[银号码这请]/);
    expect(box()?.getAttribute('lang')).toBe(tag);
  });

  it('tags its English box as English (the page around it may be Chinese)', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '4111 1111 1111 1111');
    guard.flush();
    expect(box()?.getAttribute('lang')).toBe('en');
  });

  it('a guard turned off in settings hides its warning on refresh', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '4111 1111 1111 1111');
    guard.flush();
    expect(hosts()).toHaveLength(1);
    enabled.delete('typing');
    guard.refresh();
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('abort removes warnings and stops listening', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '4111 1111 1111 1111');
    guard.flush();
    controller.abort();
    expect(hosts()).toHaveLength(0);
    typeInto(area, '4111 1111 1111 1111 again');
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('the warning goes away when the chat clears the composer by script', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '4111 1111 1111 1111');
    guard.flush();
    area.value = ''; // "sent": no input event
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });
});

describe('password guard', () => {
  it('a password field gets the strong warning and Clear empties it', () => {
    const input = Object.assign(document.createElement('input'), { type: 'password' });
    document.body.append(input);
    typeInto(input, 'hunter2');
    guard.flush();
    expect(inBox('kefu-guard-password')).not.toBeNull();
    expect(box()?.className).toContain('danger');
    expect(box()?.textContent).toContain('password');
    inBox('kefu-guard-password-action')!.click();
    expect(input.value).toBe('');
    expect(hosts()).toHaveLength(0);
  });

  it('is not shown when the password guard is off', () => {
    enabled.delete('password');
    const input = Object.assign(document.createElement('input'), { type: 'password' });
    document.body.append(input);
    typeInto(input, 'hunter2');
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });
});

describe('paste-scam guard', () => {
  const AGENT = '您好,我是淘宝官方客服,您的退款需要验证,请把手机收到的验证码发给我,然后把余额转到安全账户。';

  it('warns when the pasted agent message asks for a code and a safe-account transfer', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    pasteInto(area, AGENT);
    guard.flush();
    const scam = inBox('kefu-guard-scam');
    expect(scam).not.toBeNull();
    expect(scam!.textContent).toContain('verification code');
    expect(scam!.textContent).toContain('“safe” account');
    expect(box()?.className).toContain('danger');
  });

  it('typed text with the same words does not count as a pasted request', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, AGENT);
    guard.flush();
    expect(inBox('kefu-guard-scam')).toBeNull();
  });

  it('disappears when the pasted request is deleted, and respects Dismiss', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    pasteInto(area, 'Amazon support: please send me the verification code we just sent to your phone.');
    guard.flush();
    expect(inBox('kefu-guard-scam')).not.toBeNull();
    inBox('kefu-guard-dismiss')!.click();
    expect(hosts()).toHaveLength(0);
    typeInto(area, `${area.value} ok`);
    guard.flush();
    expect(hosts()).toHaveLength(0);
    typeInto(area, '');
    guard.flush();
    pasteInto(area, 'Add me on WhatsApp to finish the refund.');
    guard.flush();
    expect(inBox('kefu-guard-scam')?.textContent).toContain('leave the platform');
    typeInto(area, 'never mind');
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('names a request for an ID number or an ID photo, in either UI language', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    pasteInto(area, 'To finish the refund, please send a photo of your ID card.');
    guard.flush();
    expect(inBox('kefu-guard-scam')?.textContent).toContain('It asks for an ID or passport number');
    controller.abort();
    document.body.replaceChildren();
    start('zh_CN');
    const zhArea = document.createElement('textarea');
    document.body.append(zhArea);
    pasteInto(zhArea, '请提供您的身份证号码，我们马上为您办理退款');
    guard.flush();
    expect(inBox('kefu-guard-scam')?.textContent).toContain('对方索要身份证号码');
  });

  it('an innocent paste shows nothing', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    pasteInto(area, 'Your parcel will arrive tomorrow between 9 and 12.');
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });
});

describe('slow scans', () => {
  it('a field whose scan was slow is re-scanned later, not on every frame', () => {
    controller.abort();
    controller = new AbortController();
    let clock = 0;
    const delayed: Array<{ task: () => void; ms: number }> = [];
    const slowGuard = guardOn(document, controller.signal, {
      later: (task, ms) => delayed.push({ task, ms }),
      // Each reading of the clock advances it 20 ms, so every scan "costs" 20 ms (> the 16 ms budget).
      now: () => (clock += 20),
    });
    const area = document.createElement('textarea');
    document.body.append(area);
    typeInto(area, '4111 1111 1111 1111');
    slowGuard.flush();
    expect(hosts()).toHaveLength(1);
    typeInto(area, '4111 1111 1111 1111 more');
    slowGuard.flush();
    // Besides the value watch of the shown warning (see the "changed by script" tests).
    const rescans = delayed.filter((d) => d.ms !== WATCH_MS && d.ms !== IDLE_WATCH_MS);
    expect(rescans).toHaveLength(1);
    expect(rescans[0]!.ms).toBeGreaterThan(0);
  });
});

describe('changes made by script (no input event)', () => {
  const CARD = '4111 1111 1111 1111';

  function warnedArea(): HTMLTextAreaElement {
    const area = onScreen(document.createElement('textarea'));
    document.body.append(area);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    expect(hosts()).toHaveLength(1);
    return area;
  }

  it('a focused textarea emptied by script loses its warning at the next value check', () => {
    const area = warnedArea();
    area.value = ''; // the chat "sent" it: no event of any kind
    runTimers();
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('a value replaced by script updates the warning to what the field now holds', () => {
    const area = warnedArea();
    const found = () => inBox('kefu-guard-sensitive')?.querySelector('p')?.textContent;
    expect(found()).toContain('bank card number');
    area.value = '验证码 123456';
    runTimers();
    guard.flush();
    expect(found()).toContain('verification code');
    expect(found()).not.toContain('bank card number');
  });

  it('a chat that empties its box a moment after Send was clicked (server round trip)', () => {
    const area = warnedArea();
    const send = document.createElement('button');
    document.body.append(send);
    area.blur();
    send.click();
    clock += 200;
    runTimers(); // still the card: the warning stays
    guard.flush();
    expect(hosts()).toHaveLength(1);
    area.value = ''; // the server answered
    clock += 300;
    runTimers();
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('a form submit re-checks at once', () => {
    const form = document.createElement('form');
    const area = document.createElement('textarea');
    form.append(area);
    document.body.append(form);
    typeInto(area, `card ${CARD}`);
    guard.flush();
    area.value = '';
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('a contenteditable composer emptied by script is seen by its observer', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = `卡号 ${CARD}`;
    document.body.append(editor);
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(1);
    editor.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 0)); // mutation records are delivered in a microtask
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('the value watch runs while a warning shows: often while its field has the focus or just after an event, then every second', () => {
    const area = warnedArea();
    // Focused: it keeps checking (cheap: one string comparison per tick).
    for (let i = 0; i < 20; i++) {
      clock += WATCH_MS;
      runTimers();
    }
    expect(timers.map((t) => t.ms)).toEqual([WATCH_MS]);
    // Left: after the settle time it slows down, but goes on as long as the warning shows.
    area.blur();
    for (let i = 0; i < 20; i++) {
      clock += WATCH_MS;
      runTimers();
    }
    expect(timers.map((t) => t.ms)).toEqual([IDLE_WATCH_MS]);
    expect(hosts()).toHaveLength(1);
    // A hidden warning stops it.
    area.value = '';
    runTimers();
    guard.flush();
    expect(hosts()).toHaveLength(0);
    runTimers();
    expect(timers).toHaveLength(0);
  });

  /** Lets `ms` of the guard's time pass, running its timers as they come due. */
  function wait(ms: number) {
    for (let spent = 0; spent < ms && timers.length; ) {
      const step = Math.min(...timers.map((t) => t.ms));
      clock += step;
      spent += step;
      runTimers();
      guard.flush();
    }
  }

  it('a composer the page re-renders (the text copied into a new element, focus moved there) keeps its warning and its Dismiss', () => {
    const first = onScreen(document.createElement('textarea'));
    document.body.append(first);
    first.focus();
    typeInto(first, `my card ${CARD}`);
    guard.flush();
    expect(hosts()).toHaveLength(1);
    const rerender = (old: HTMLTextAreaElement) => {
      const next = onScreen(document.createElement('textarea'));
      next.value = old.value;
      old.replaceWith(next);
      next.focus();
      guard.flush();
      return next;
    };
    const second = rerender(first);
    wait(WATCH_MS);
    expect(hosts()).toHaveLength(1);
    inBox('kefu-guard-dismiss')!.click();
    guard.flush();
    expect(hosts()).toHaveLength(0);
    rerender(second);
    wait(WATCH_MS);
    expect(hosts()).toHaveLength(0);
    // A new element with other text is another field: nothing is read from it on focus.
    const other = onScreen(document.createElement('textarea'), 500);
    other.value = `card ${CARD} (a draft)`;
    document.body.append(other);
    other.focus();
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('text a page inserts itself a moment after a paste, or after an IME composition (no input event), is scanned', () => {
    const pasteInto = onScreen(document.createElement('textarea'));
    document.body.append(pasteInto);
    pasteInto.focus();
    // The page cancels the paste and inserts the text itself 300 ms later.
    pasteInto.dispatchEvent(new Event('paste', { bubbles: true, composed: true }));
    guard.flush();
    wait(300);
    pasteInto.value = `card ${CARD}`;
    wait(WATCH_MS * 2);
    expect(hosts()).toHaveLength(1);

    const composeInto = onScreen(document.createElement('input'), 500);
    document.body.append(composeInto);
    composeInto.focus();
    composeInto.dispatchEvent(new Event('compositionstart', { bubbles: true, composed: true }));
    composeInto.value = `卡号 ${CARD}`;
    composeInto.dispatchEvent(new Event('compositionend', { bubbles: true, composed: true }));
    wait(WATCH_MS * 2);
    expect(hosts()).toHaveLength(2);
  });

  it('a composer emptied by script long after focus left it (slow server) loses its warning', () => {
    const area = warnedArea();
    area.blur();
    wait(5_000);
    expect(hosts()).toHaveLength(1);
    area.value = '';
    wait(1_000);
    expect(hosts()).toHaveLength(0);
  });

  it('form.reset() seconds after blur takes the warning away', () => {
    const form = document.createElement('form');
    const area = onScreen(document.createElement('textarea'));
    form.append(area);
    document.body.append(form);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    area.blur();
    wait(3_000);
    expect(hosts()).toHaveLength(1);
    form.reset();
    wait(1_000);
    expect(hosts()).toHaveLength(0);
  });

  it("an editor replaced by a fresh node seconds after Send: the old one's warning goes", () => {
    const editor = onScreen(document.createElement('div'));
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    editor.focus();
    editor.textContent = `card ${CARD}`;
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(1);
    editor.blur();
    wait(3_000);
    editor.replaceWith(editor.cloneNode(false));
    wait(1_000);
    expect(hosts()).toHaveLength(0);
  });

  it('a page that sets the text itself at keydown (no input event) is scanned at keyup, also the first time', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    area.value = `card ${CARD}`; // the page's own model, written back at keydown
    area.dispatchEvent(new KeyboardEvent('keyup', { key: '1', bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(1);
    area.value = 'card';
    area.dispatchEvent(new KeyboardEvent('keyup', { key: 'Backspace', bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(0);
    // A click in a never-scanned field that holds text (a restored draft) is no reason to read it.
    const draft = document.createElement('textarea');
    draft.value = `card ${CARD}`;
    document.body.append(draft);
    draft.click();
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('document.open() erasing the listeners (an editor writing its frame): they are put back', async () => {
    const doc = document.implementation.createHTMLDocument('frame');
    // document.open() erases every listener of the document: recorded here, to be erased the same way.
    const added: Array<[string, EventListenerOrEventListenerObject, AddEventListenerOptions | boolean | undefined]> =
      [];
    const add = doc.addEventListener.bind(doc);
    doc.addEventListener = ((type: string, listener: EventListener, opts?: AddEventListenerOptions) => {
      added.push([type, listener, opts]);
      add(type, listener, opts);
    }) as typeof doc.addEventListener;
    const rewriteController = new AbortController();
    const frameGuard = guardOn(doc, rewriteController.signal);
    // document.open(): listeners erased, the children replaced; then the editor's markup is written.
    for (const [type, listener, opts] of added.splice(0)) doc.removeEventListener(type, listener, opts);
    const html = doc.createElement('html');
    html.append(doc.createElement('head'), doc.createElement('body'));
    doc.replaceChildren(html);
    await new Promise((resolve) => setTimeout(resolve, 0)); // mutation records are delivered in a microtask
    const area = doc.createElement('textarea');
    doc.body.append(area);
    area.value = `card ${CARD}`;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    frameGuard.flush();
    expect(doc.querySelectorAll('kefu-privacy-guard')).toHaveLength(1);
    rewriteController.abort();
    expect(doc.querySelectorAll('kefu-privacy-guard')).toHaveLength(0);
    // After abort, a rewrite puts nothing back.
    const count = added.length;
    doc.replaceChildren(doc.createElement('html'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added.length).toBe(count);
  });

  it('abort stops the watch and disconnects the editor observer', () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const area = warnedArea();
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = CARD;
    document.body.append(editor);
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(2);
    controller.abort();
    expect(disconnect).toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    runTimers(); // the tick that was pending does nothing and sets no new one
    expect(timers).toHaveLength(0);
    area.value = 'card 5555 5555 5555 4444';
    document.body.click();
    guard.flush();
    expect(hosts()).toHaveLength(0);
    disconnect.mockRestore();
  });
});

describe('two warned fields', () => {
  function rectOf(top: number, left: number, width: number, height: number): DOMRect {
    const rect = { top, left, width, height, bottom: top + height, right: left + width, x: left, y: top };
    return { ...rect, toJSON: () => rect } as DOMRect;
  }
  function fieldAt(top: number, left = 20): HTMLTextAreaElement {
    const area = document.createElement('textarea');
    Object.defineProperty(area, 'getBoundingClientRect', { value: () => rectOf(top, left, 400, 60) });
    document.body.append(area);
    return area;
  }
  /** Where each shown box is: the host's inline position, and the size the view assumes when nothing is laid out. */
  function boxes() {
    return hosts().map((host) => {
      const style = (host as HTMLElement).style;
      return {
        top: Number.parseFloat(style.getPropertyValue('top')),
        left: Number.parseFloat(style.getPropertyValue('left')),
        width: 320,
        height: 120,
        visible: style.getPropertyValue('visibility') === 'visible',
      };
    });
  }

  const fieldBox = (top: number, left = 20) => ({ top, left, width: 400, height: 60 });
  const coversField = (box: { top: number; left: number; width: number; height: number }, ...tops: number[]) =>
    tops.some((top) => boxesOverlap(box, fieldBox(top)));

  it('two textareas one under the other get boxes that do not overlap nor cover either field, both shown', () => {
    const reason = fieldAt(300);
    const comment = fieldAt(370);
    typeInto(reason, '4111 1111 1111 1111');
    typeInto(comment, '5555 5555 5555 4444');
    guard.flush();
    const [a, b] = boxes();
    expect(a!.visible && b!.visible).toBe(true);
    expect(boxesOverlap(a!, b!)).toBe(false);
    expect(coversField(a!, 300, 370) || coversField(b!, 300, 370)).toBe(false);
    // The field last typed in: above it would cover the other field, so it goes below; the other keeps its spot.
    expect(b!.top).toBe(370 + 60 + 6);
    expect(a!.top).toBe(300 - 6 - 120);
  });

  it('the focused field takes the usual spot; the other moves out of its way, off both fields', () => {
    const reason = fieldAt(300);
    const comment = fieldAt(370);
    typeInto(reason, '4111 1111 1111 1111');
    typeInto(comment, '5555 5555 5555 4444');
    guard.flush();
    for (const [focus, top] of [
      [reason, 300],
      [comment, 370],
    ] as const) {
      focus.focus();
      const [a, b] = boxes();
      expect(boxesOverlap(a!, b!)).toBe(false);
      // No warning over the field being typed in, nor over the other.
      expect(a!.visible && coversField(a!, top)).toBe(false);
      expect(b!.visible && coversField(b!, top)).toBe(false);
      expect(coversField(a!, 300, 370) || coversField(b!, 300, 370)).toBe(false);
    }
    reason.focus();
    expect(boxes()[0]!.top).toBe(300 - 6 - 120);
  });

  it("with no room for both, the other field's warning hides rather than cover the focused field", () => {
    Object.defineProperty(window, 'innerHeight', { value: 330, configurable: true });
    try {
      const reason = fieldAt(130);
      const comment = fieldAt(200);
      typeInto(reason, '4111 1111 1111 1111');
      typeInto(comment, '5555 5555 5555 4444');
      guard.flush();
      comment.focus();
      const [a, b] = boxes();
      expect(b!.visible).toBe(true);
      expect(coversField(b!, 200)).toBe(false);
      expect(a!.visible).toBe(false);
      // Its field's focus brings it back.
      reason.focus();
      const [a2, b2] = boxes();
      expect(a2!.visible).toBe(true);
      expect(coversField(a2!, 130)).toBe(false);
      expect(b2!.visible && coversField(b2!, 130)).toBe(false);
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    }
  });

  it('side by side fields too', () => {
    const left = fieldAt(300, 20);
    const right = fieldAt(300, 330);
    typeInto(left, '4111 1111 1111 1111');
    typeInto(right, '5555 5555 5555 4444');
    guard.flush();
    const [a, b] = boxes();
    expect(a!.visible && b!.visible).toBe(true);
    expect(boxesOverlap(a!, b!)).toBe(false);
  });

  it('a field filling a short frame: a compact box over it, at the bottom, off the typed text', () => {
    Object.defineProperty(window, 'innerHeight', { value: 100, configurable: true });
    try {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      Object.defineProperty(editor, 'getBoundingClientRect', { value: () => rectOf(4, 4, 590, 90) });
      document.body.append(editor);
      editor.textContent = 'card 4111 1111 1111 1111';
      editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      guard.flush();
      const host = hosts()[0]!;
      const inner = host.shadowRoot!.querySelector('[data-testid="kefu-guard-box"]')!;
      expect(inner.classList.contains('compact')).toBe(true);
      // Bottom of the field's visible part (happy-dom lays nothing out: the assumed 120 px box fills the frame).
      expect(boxes()[0]!.visible).toBe(true);
      // Both buttons are there, in the one row after the text.
      expect(inner.lastElementChild?.className).toBe('actions');
      expect(inner.querySelector('[data-testid="kefu-guard-sensitive-action"]')).not.toBeNull();
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
    }
  });
});

describe('placeWarningBox', () => {
  const viewport = { width: 1024, height: 768 };
  const size = { width: 320, height: 120 };
  const anchor = (top: number, height = 60, left = 20) => ({ top, bottom: top + height, left });

  it('a lone box goes above its field, below it when there is no room, clamped into the viewport', () => {
    expect(placeWarningBox(anchor(300), size, viewport)).toEqual({ top: 174, left: 20, width: 320, height: 120 });
    expect(placeWarningBox(anchor(50), size, viewport)?.top).toBe(116);
    expect(placeWarningBox(anchor(50, 2000), size, viewport)?.top).toBe(768 - 6 - 120);
    expect(placeWarningBox(anchor(300, 60, 900), size, viewport)?.left).toBe(1024 - 6 - 320);
  });

  it('steps past boxes in the way, then tries the other side', () => {
    const taken = { top: 174, left: 20, width: 320, height: 120 };
    expect(placeWarningBox(anchor(300), size, viewport, [taken])?.top).toBe(174 - 6 - 120);
    const high = { top: 48, left: 20, width: 320, height: 120 };
    expect(placeWarningBox(anchor(300), size, viewport, [taken, high])?.top).toBe(366);
  });

  it('returns null when no spot is left in the viewport', () => {
    const small = { width: 400, height: 260 };
    const taken = { top: 6, left: 6, width: 388, height: 248 };
    expect(placeWarningBox(anchor(100, 40), size, small, [taken])).toBeNull();
  });

  const field = (top: number, height = 60) => ({ top, left: 20, width: 400, height });

  it('never covers the focused field: steps past it, or returns null when only a spot over it is left', () => {
    // Field B (focused) right above field A: A's box above A would cover B.
    const focused = field(230);
    const placed = placeWarningBox(anchor(300), size, viewport, [], { focused, fields: [focused, field(300)] });
    expect(boxesOverlap(placed!, focused)).toBe(false);
    expect(placed!.top).toBe(366);
    const short = { width: 1024, height: 420 };
    const taken = { top: 104, left: 20, width: 320, height: 120 };
    // Above: B and the box taken; below: no room. Over B is the only spot left: none.
    expect(placeWarningBox(anchor(300), size, short, [taken], { focused, fields: [focused] })).toBeNull();
  });

  it('keeps off the other warned fields when it can, and next to its own field rather than past another', () => {
    const other = field(230);
    const own = field(300);
    const placed = placeWarningBox(anchor(300), size, viewport, [], { fields: [other, own] });
    // Above would cover the other field (or, stepping past it, sit by the wrong field): below instead.
    expect(placed!.top).toBe(366);
    // No room below: past the other field, still off it.
    const short = { width: 1024, height: 400 };
    const above = placeWarningBox(anchor(300), size, short, [], { fields: [other, own] });
    expect(above!.top).toBe(230 - 6 - 120);
    // No spot off the other field at all: over it (it is not the focused one).
    const tiny = { width: 1024, height: 380 };
    expect(placeWarningBox(anchor(300), size, tiny, [], { fields: [field(100, 100), own] })?.top).toBe(174);
  });

  it('placeOverField: at the bottom of the field, at its top when the text is there, else clear of the caret', () => {
    const frame = { width: 600, height: 100 };
    const small = { width: 320, height: 40 };
    const body = { top: 4, bottom: 94, left: 4 };
    expect(placeOverField(body, small, frame).top).toBe(94 - 6 - 40);
    const firstLine = { top: 4, left: 4, width: 300, height: 18 };
    expect(placeOverField(body, small, frame, [[firstLine]]).top).toBe(48);
    const lastLines = { top: 50, left: 4, width: 300, height: 40 };
    expect(placeOverField(body, small, frame, [[lastLines]]).top).toBe(10);
    const allText = { top: 4, left: 4, width: 500, height: 86 };
    const caret = { top: 70, left: 200, width: 1, height: 18 };
    expect(placeOverField(body, small, frame, [[allText], [caret]]).top).toBe(10);
  });

  it('placeOverField: a field shorter than the frame: the free area below its text, never on the caret', () => {
    const frame = { width: 600, height: 110 };
    const small = { width: 320, height: 40 };
    // The body holds three lines (4..58): its bottom and top spots are on the text; the frame's bottom is not.
    const body = { top: 4, bottom: 58, left: 4 };
    const text = { top: 4, left: 4, width: 300, height: 54 };
    const caret = { top: 40, left: 100, width: 1, height: 17 };
    expect(placeOverField(body, small, frame, [[text], [caret]]).top).toBe(110 - 6 - 40);
    // Two lines (4..40): right below the text, in the frame's free area, off text and caret.
    const two = { top: 4, left: 4, width: 300, height: 36 };
    const below = placeOverField({ top: 4, bottom: 40, left: 4 }, small, frame, [[two], [caret]]);
    expect(boxesOverlap(below, two) || boxesOverlap(below, caret)).toBe(false);
  });

  it('placeOverField: keeps its current spot while it is clear (no flip-flop while typing)', () => {
    const frame = { width: 600, height: 200 };
    const small = { width: 320, height: 40 };
    const body = { top: 4, bottom: 194, left: 4 };
    const allText = { top: 4, left: 4, width: 500, height: 186 };
    const current = { top: 10, left: 4, width: 320, height: 40 };
    // The caret on the last line: the top spot; the caret then on a middle line clear of both: it stays there.
    expect(
      placeOverField(body, small, frame, [[allText], [{ top: 150, left: 100, width: 1, height: 18 }]], current).top,
    ).toBe(10);
    expect(
      placeOverField(body, small, frame, [[allText], [{ top: 90, left: 100, width: 1, height: 18 }]], current).top,
    ).toBe(10);
    // Only when the caret comes under it does it move.
    const moved = placeOverField(
      body,
      small,
      frame,
      [[allText], [{ top: 20, left: 100, width: 1, height: 18 }]],
      current,
    );
    expect(moved.top).not.toBe(10);
    expect(boxesOverlap(moved, { top: 20, left: 100, width: 1, height: 18 })).toBe(false);
  });

  it('placeOverField: no spot clear of the caret: the one covering the least of it', () => {
    const frame = { width: 600, height: 70 };
    const small = { width: 320, height: 40 };
    const body = { top: 0, bottom: 70, left: 4 };
    const caret = { top: 40, left: 100, width: 1, height: 18 };
    // The bottom spot (24..64) covers all of it, the top one (6..46) 6 px.
    expect(placeOverField(body, small, frame, [[caret]]).top).toBe(6);
  });
});

/** Counts reads of `prop` (a getter somewhere on the prototype chain) on one object. */
function countReads(obj: object, prop: string): { count: number } {
  const counter = { count: 0 };
  let proto = Object.getPrototypeOf(obj);
  let desc: PropertyDescriptor | undefined;
  while (proto && !desc) {
    desc = Object.getOwnPropertyDescriptor(proto, prop);
    proto = Object.getPrototypeOf(proto);
  }
  const found = desc!;
  Object.defineProperty(obj, prop, {
    configurable: true,
    get() {
      counter.count++;
      return found.get!.call(this);
    },
    set(value: unknown) {
      found.set!.call(this, value);
    },
  });
  return counter;
}

describe('watch cost and box placement (browser hunt)', () => {
  const CARD = '4111 1111 1111 1111';
  const hostStyle = (i = 0) => (hosts()[i] as HTMLElement).style;
  const topOf = (i = 0) => Number.parseFloat(hostStyle(i).getPropertyValue('top'));
  const isVisible = (i = 0) => hostStyle(i).getPropertyValue('visibility') === 'visible';

  it('focus moving from another field into the box (mousedown on Dismiss) does not move the box', () => {
    const subject = onScreen(document.createElement('input'), 230, 20, 400, 20);
    const area = onScreen(document.createElement('textarea'), 300);
    document.body.append(subject, area);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    subject.focus();
    const top = topOf();
    expect(isVisible()).toBe(true);
    // The button takes the focus: focusout of the subject with the box's host as relatedTarget, then focusin.
    const host = hosts()[0]!;
    subject.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: host }));
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: subject }));
    expect(topOf()).toBe(top);
    // While the mouse button is down on the box, nothing moves it either.
    inBox('kefu-guard-dismiss')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    area.focus();
    expect(topOf()).toBe(top);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    inBox('kefu-guard-dismiss')!.click();
    expect(hosts()).toHaveLength(0);
  });

  type Where = { clientX: number; clientY: number };
  /**
   * A warned textarea and a page's Send button; `fire` dispatches a mouse event at the box's spot (or `where`). Under
   * fake timers, run at the end: the shield removes its listeners by its timers, so nothing of it outlives the test.
   */
  function withWarnedAndSend(
    test: (page: {
      area: HTMLTextAreaElement;
      send: HTMLButtonElement;
      sent: () => number;
      at: Where;
      fire: (
        target: Element,
        type: string,
        options?: { where?: Where; button?: number; detail?: number },
      ) => MouseEvent;
      redact: () => HTMLElement;
    }) => void,
  ) {
    vi.useFakeTimers();
    try {
      const area = onScreen(document.createElement('textarea'), 300);
      const send = document.createElement('button');
      document.body.append(area, send);
      area.focus();
      typeInto(area, `card ${CARD} and`);
      guard.flush();
      let sent = 0;
      send.addEventListener('click', () => sent++);
      const at = { clientX: Number.parseFloat(hostStyle().getPropertyValue('left')) + 1, clientY: topOf() + 1 };
      const fire = (target: Element, type: string, { where = at, button = 0, detail = 1 } = {}) => {
        const init = { bubbles: true, composed: true, cancelable: true, detail, button, ...where };
        const event = new MouseEvent(type, init);
        target.dispatchEvent(event);
        return event;
      };
      test({ area, send, sent: () => sent, at, fire, redact: () => inBox('kefu-guard-sensitive-action')! });
    } finally {
      vi.runAllTimers();
      vi.useRealTimers();
    }
  }

  it("a double click on Redact: the second click is the box's, not the page's where the box was (its Send button)", () =>
    withWarnedAndSend(({ area, send, sent, fire, redact }) => {
      fire(redact(), 'click');
      expect(area.value).toBe('card **** **** **** 1111 and');
      expect(hosts()).toHaveLength(0);
      // The second click of the double click, pressed at 400 ms and held 400 ms (its click comes after the 500):
      // the box is gone, and what is now there never sees it.
      vi.advanceTimersByTime(400);
      expect(fire(send, 'mousedown').defaultPrevented).toBe(true);
      vi.advanceTimersByTime(400);
      fire(send, 'mouseup');
      expect(fire(send, 'click', { detail: 2 }).defaultPrevented).toBe(true);
      expect(sent()).toBe(0);
      // A later click is the page's again.
      vi.advanceTimersByTime(10);
      fire(send, 'mousedown');
      fire(send, 'click');
      expect(sent()).toBe(1);
    }));

  it('after Redact, a press that gives no click (another button) does not leave later clicks taken', () =>
    withWarnedAndSend(({ send, sent, fire, redact }) => {
      fire(redact(), 'click');
      vi.advanceTimersByTime(100);
      // A right press where the box was is the page's (its context menu), and gives no click.
      expect(fire(send, 'mousedown', { button: 2 }).defaultPrevented).toBe(false);
      fire(send, 'mouseup', { button: 2 });
      fire(send, 'contextmenu', { button: 2 });
      // Before: the taken press kept every later release and click taken, anywhere, for 1.5 s.
      vi.advanceTimersByTime(600);
      const far = { clientX: 900, clientY: 20 };
      for (const type of ['mousedown', 'mouseup', 'click']) fire(send, type, { where: far });
      expect(sent()).toBe(1);
    }));

  it('a taken press held past a second is still taken until its release', () =>
    withWarnedAndSend(({ send, sent, fire, redact }) => {
      fire(redact(), 'click');
      vi.advanceTimersByTime(400);
      fire(send, 'mousedown');
      vi.advanceTimersByTime(1300);
      fire(send, 'mouseup');
      fire(send, 'click');
      expect(sent()).toBe(0);
    }));

  it('a press into the field where the box was, right after Redact, is not taken (it places the caret)', () =>
    withWarnedAndSend(({ area, fire, redact }) => {
      fire(redact(), 'click');
      vi.advanceTimersByTime(100);
      expect(fire(area, 'mousedown').defaultPrevented).toBe(false);
    }));

  it('Redact from the keyboard (a click with detail 0) takes no later click', () => {
    const area = onScreen(document.createElement('textarea'), 300);
    const send = document.createElement('button');
    document.body.append(area, send);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    let sent = 0;
    send.addEventListener('click', () => sent++);
    const at = { clientX: Number.parseFloat(hostStyle().getPropertyValue('left')) + 1, clientY: topOf() + 1 };
    inBox('kefu-guard-sensitive-action')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0, ...at }));
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1, ...at }));
    expect(sent).toBe(1);
  });

  it('after Redact, a page that writes its own copy of the text back on the next key is warned again', () => {
    const area = onScreen(document.createElement('textarea'), 300);
    document.body.append(area);
    area.focus();
    typeInto(area, `my card ${CARD}`);
    guard.flush();
    inBox('kefu-guard-sensitive-action')!.click();
    guard.flush();
    expect(hosts()).toHaveLength(0);
    // The next keystroke: the page handles keydown itself and sets the value from its model (no input event).
    area.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: '!' }));
    area.value = `my card ${CARD}!`;
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: '!' }));
    guard.flush();
    expect(hosts()).toHaveLength(1);
  });

  it('the watch reads no editor text (its observer sees changes); a keyup reads its field only without an input event', () => {
    const editor = onScreen(document.createElement('div'));
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = `card ${CARD}`;
    document.body.append(editor);
    editor.focus();
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    guard.flush();
    expect(hosts()).toHaveLength(1);
    const walks = countReads(editor, 'firstChild');
    for (let i = 0; i < 5; i++) {
      clock += WATCH_MS;
      runTimers();
    }
    editor.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true }));
    expect(walks.count).toBe(0);
    expect(timers).toHaveLength(1); // still watching: a removed editor is noticed

    const area = onScreen(document.createElement('textarea'), 500);
    document.body.append(area);
    typeInto(area, `card ${CARD}`);
    guard.flush();
    const reads = countReads(area, 'value');
    // The keystroke's input event scanned it: its keyup reads nothing more.
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true }));
    expect(reads.count).toBe(0);
    // A keyup with no input event before it (the page sets the text itself) reads the field once.
    area.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true }));
    expect(reads.count).toBe(1);
  });

  it('the watch pauses while the page is hidden and re-checks when it is shown again', () => {
    const area = onScreen(document.createElement('textarea'));
    document.body.append(area);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      runTimers();
      expect(timers).toHaveLength(0);
      area.value = '';
    } finally {
      Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    }
    document.dispatchEvent(new Event('visibilitychange'));
    guard.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('the idle watch stops while every box is hidden (its field is off screen)', () => {
    const area = onScreen(document.createElement('textarea'), -800);
    document.body.append(area);
    area.focus();
    typeInto(area, `card ${CARD}`);
    guard.flush();
    area.blur();
    for (let i = 0; i < 20 && timers.length; i++) {
      clock += WATCH_MS;
      runTimers();
    }
    expect(hosts()).toHaveLength(1);
    expect(timers).toHaveLength(0);
  });

  it('a box hidden with its field (display:none) comes back when the field is shown again', () => {
    const callbacks: Array<() => void> = [];
    const observed = new Set<Element>();
    class FakeResizeObserver {
      constructor(callback: () => void) {
        callbacks.push(callback);
      }
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
      disconnect() {
        observed.clear();
      }
    }
    const saved = window.ResizeObserver;
    window.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    try {
      controller.abort();
      start();
      const area = onScreen(document.createElement('textarea'));
      document.body.append(area);
      typeInto(area, `card ${CARD}`);
      guard.flush();
      expect(observed.has(area)).toBe(true);
      expect(isVisible()).toBe(true);
      onScreen(area, 0, 0, 0, 0); // its widget: display:none
      for (const callback of callbacks) callback();
      runDeferred();
      expect(isVisible()).toBe(false);
      onScreen(area);
      for (const callback of callbacks) callback();
      runDeferred();
      expect(isVisible()).toBe(true);
      controller.abort();
      expect(observed.size).toBe(0);
    } finally {
      window.ResizeObserver = saved;
    }
  });

  it('the box keeps the UI language direction on a right-to-left page', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    try {
      const area = onScreen(document.createElement('textarea'));
      document.body.append(area);
      typeInto(area, `card ${CARD}`);
      guard.flush();
      expect(box()?.getAttribute('dir')).toBe('ltr');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('under CSS zoom the position is given in the zoomed coordinates', () => {
    Object.defineProperty(HTMLElement.prototype, 'currentCSSZoom', { get: () => 2, configurable: true });
    try {
      const area = onScreen(document.createElement('textarea'), 300);
      document.body.append(area);
      typeInto(area, `card ${CARD}`);
      guard.flush();
      expect(topOf()).toBe((300 - 6 - 120) / 2);
    } finally {
      delete (HTMLElement.prototype as { currentCSSZoom?: number }).currentCSSZoom;
    }
  });

  it('a lone box hides while its field is out of view (page scroll or its scrolling box), and comes back', () => {
    const area = onScreen(document.createElement('textarea'), -800);
    document.body.append(area);
    typeInto(area, `card ${CARD}`);
    guard.flush();
    expect(isVisible()).toBe(false);
    onScreen(area, 300);
    document.dispatchEvent(new Event('scroll'));
    runDeferred();
    expect(isVisible()).toBe(true);

    const list = onScreen(document.createElement('div'), 100, 0, 500, 100);
    list.style.overflow = 'auto';
    const inner = onScreen(document.createElement('textarea'), 300);
    list.append(inner);
    document.body.append(list);
    typeInto(inner, 'card 5555 5555 5555 4444');
    guard.flush();
    expect(isVisible(1)).toBe(false);
  });
});
