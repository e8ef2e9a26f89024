import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GuardKind, type PrivacyGuard, startPrivacyGuard } from '../../../lib/guard';
import { GUARDED_TYPES } from '../../../lib/guard/privacy-guard';
import { redactSensitiveData } from '../../../lib/privacy';
import { catalogueTranslate } from './helpers';

let controller: AbortController;
let guard: PrivacyGuard;
let enabled: Set<GuardKind>;

function start(lang: 'en' | 'zh_CN' = 'en') {
  controller = new AbortController();
  enabled = new Set(['typing', 'paste-scam', 'password']);
  guard = startPrivacyGuard({
    document,
    signal: controller.signal,
    translate: catalogueTranslate(lang),
    lang,
    isEnabled: (g) => enabled.has(g),
    // Deferred work runs only when the test flushes: proves the handler itself does not scan.
    defer: () => {},
    later: () => {},
    // A frozen clock: a scan slowed by a busy machine must not push the next one out of the test's flush.
    now: () => 0,
  });
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
    expect(box()?.textContent).toContain('坚定拒绝');
    expect(inBox('kefu-guard-sensitive-action')?.textContent).toBe('打码');
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
    expect(scam!.textContent).toContain('"safe" account');
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
    const slowGuard = startPrivacyGuard({
      document,
      signal: controller.signal,
      translate: catalogueTranslate('en'),
      lang: 'en',
      isEnabled: () => true,
      defer: () => {},
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
    expect(delayed).toHaveLength(1);
    expect(delayed[0]!.ms).toBeGreaterThan(0);
  });
});
