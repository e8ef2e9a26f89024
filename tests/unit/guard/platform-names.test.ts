// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type GuardPlatform, guardPlatformForHost } from '../../../lib/guard/strings';
import type { UiLocale } from '../../../lib/i18n/locale';
import { catalogueTranslate, guardOn } from './helpers';

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
});

/** The warning box's text after `text` was pasted (scam) or typed (a card number) into a chat box. */
function warningText(platform: GuardPlatform | undefined, lang: UiLocale, text: string, paste: boolean): string {
  controller?.abort();
  document.body.replaceChildren();
  controller = new AbortController();
  const area = document.createElement('textarea');
  document.body.append(area);
  const guard = guardOn(document, controller.signal, { platform, lang, translate: catalogueTranslate(lang) });
  area.value = text;
  const event = new Event(paste ? 'paste' : 'input', { bubbles: true, composed: true });
  if (paste) Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  area.dispatchEvent(event);
  guard.flush();
  return document.querySelector('kefu-privacy-guard')?.shadowRoot?.textContent ?? '';
}

const SCAM_ZH = '您好，我是官方客服，请把手机收到的验证码发给我。';
const SCAM_EN = 'Amazon support: please send me the verification code we just sent to your phone.';
const CARD = 'my card is 4111 1111 1111 1111';

describe('the guard names the platform whose chat it is on', () => {
  it('on Taobao/Tmall: only 淘宝/天猫 (a shopper there was also told to go to Amazon)', () => {
    const scam = warningText('taobao', 'zh_CN', SCAM_ZH, true);
    expect(scam).toContain('自己从淘宝/天猫官网、App 联系官方客服核实');
    expect(scam).not.toContain('亚马逊');
    expect(warningText('taobao', 'zh_CN', CARD, false)).toContain('真正的淘宝/天猫客服不会索要这些信息');
  });

  it('on Amazon: only Amazon, in either UI language', () => {
    const scam = warningText('amazon', 'en', SCAM_EN, true);
    expect(scam).toContain('from the Amazon site or app');
    expect(scam).not.toMatch(/Taobao|Tmall/);
    expect(warningText('amazon', 'en', CARD, false)).toContain('A real Amazon agent never asks');
    expect(warningText('amazon', 'zh_CN', SCAM_ZH, true)).toContain('自己从亚马逊官网');
  });

  it('elsewhere or unknown: every platform, and Chinese reads without one', () => {
    expect(warningText(null, 'en', SCAM_EN, true)).toContain('from the Amazon or Taobao/Tmall site or app');
    expect(warningText(undefined, 'en', CARD, false)).toContain('A real Amazon, Taobao or Tmall agent');
    expect(warningText(null, 'zh_CN', SCAM_ZH, true)).toContain('自己从亚马逊或淘宝/天猫官网');
    expect(warningText(null, 'zh_CN', CARD, false)).toContain('真正的客服不会索要这些信息');
  });

  it('in traditional characters with a zh_TW or zh_HK catalogue', () => {
    expect(warningText('taobao', 'zh_TW', SCAM_ZH, true)).toContain('自己從淘寶/天貓官網、App 聯絡官方客服核實');
    expect(warningText('amazon', 'zh_HK', CARD, false)).toContain('真正的亞馬遜客服不會索要這些信息');
    expect(warningText(null, 'zh_TW', SCAM_ZH, true)).toContain('自己從亞馬遜或淘寶/天貓官網');
  });

  it('reads the platform from the page host (Tmall shops chat through Taobao’s 旺旺: one name)', () => {
    expect(guardPlatformForHost('www.amazon.co.uk')).toBe('amazon');
    expect(guardPlatformForHost('amazon.com.br')).toBe('amazon');
    expect(guardPlatformForHost('market.m.taobao.com')).toBe('taobao');
    expect(guardPlatformForHost('trade.tmall.com')).toBe('taobao');
    expect(guardPlatformForHost('chaoshi.tmall.hk')).toBe('taobao');
    expect(guardPlatformForHost('amazon.example.org')).toBeNull();
    expect(guardPlatformForHost('nottaobao.com')).toBeNull();
  });
});
