import { describe, expect, it } from 'vitest';
import {
  channelAdvice,
  checklist,
  contactTips,
  type HelpPlatform,
  helpLinks,
  securityReminder,
} from '../../../lib/help';
import { type Lang, PROBLEM_KIND_IDS, PROBLEM_KINDS } from '../../../lib/templates';

// Items of the seed documents (/work/shared/seeds: 000 general guide, 001 Tmall, 002 "TP", 003 Amazon) that the
// help content must carry, in both languages.

const PLATFORMS: readonly HelpPlatform[] = ['amazon', 'taobao', 'tmall', 'other'];
const LANGS: readonly Lang[] = ['zh_CN', 'en'];
const ACCOUNT = ['cannot-login', 'account-compromised', 'close-account'];

function adviceText(platform: HelpPlatform, problem: (typeof PROBLEM_KIND_IDS)[number], lang: Lang): string[] {
  const a = channelAdvice(platform, problem, lang);
  return [...a.steps, a.why, a.humanTip, a.hours ?? ''];
}

/** Arabic numbers in a text ("48小时", "24 hours", "7个工作日"); "Double 11" is 双十一 in Chinese. */
function numbers(text: string): string[] {
  return (text.replace(/Double 11/g, '').match(/\d+/g) ?? []).sort();
}

describe('zh_CN and en say the same', () => {
  it.each(
    PLATFORMS.flatMap((platform) => PROBLEM_KIND_IDS.map((problem) => ({ platform, problem }))),
  )('$platform / $problem: each advice text gives the same numbers (hours, days) in both languages', ({
    platform,
    problem,
  }) => {
    const zh = adviceText(platform, problem, 'zh_CN');
    const en = adviceText(platform, problem, 'en');
    expect(en.length).toBe(zh.length);
    for (const [i, text] of zh.entries()) expect(numbers(en[i] ?? ''), `${text}\n${en[i]}`).toEqual(numbers(text));
  });

  it('gives the same number of tips in both languages', () => {
    for (const platform of PLATFORMS)
      expect(contactTips(platform, 'en').length).toBe(contactTips(platform, 'zh_CN').length);
  });

  it('Amazon: closing an account says the e-mail reply comes within 24 hours in both languages', () => {
    expect(channelAdvice('amazon', 'close-account', 'zh_CN').why).toMatch(/24小时/);
    expect(channelAdvice('amazon', 'close-account', 'en').why).toMatch(/24 hours/);
  });

  // Seed 002 §3.1.1: delays, a wrong address, a lost parcel; §3.2.1: unopened in full, opened may cost a fee.
  it('other shops: the causes of a missing parcel and the refund fee are in both languages', () => {
    const zh = channelAdvice('other', 'not-received', 'zh_CN').steps.join('\n');
    for (const cause of ['运送延迟', '地址错误', '丢失']) expect(zh).toContain(cause);
    const en = channelAdvice('other', 'not-received', 'en').steps.join('\n');
    for (const cause of ['delays', 'wrong address', 'lost']) expect(en).toContain(cause);
    expect(channelAdvice('other', 'refund-request', 'zh_CN').steps.join('\n')).toMatch(
      /未拆封[\s\S]*已拆封[\s\S]*手续费/,
    );
    expect(channelAdvice('other', 'refund-request', 'en').steps.join('\n')).toMatch(/unopened[\s\S]*opened[\s\S]*fee/);
  });

  // Seed 000 Q3: 服务的具体内容、收费标准、是否有额外费用、优惠政策.
  it('other shops: fee questions include discounts', () => {
    expect(channelAdvice('other', 'billing-question', 'zh_CN').steps.join('\n')).toContain('优惠政策');
    expect(channelAdvice('other', 'billing-question', 'en').steps.join('\n')).toContain('discounts');
  });
});

describe('channels and how to reach them', () => {
  // Seed 003 例子三: 帮助 → 联系客服 → 发送电子邮件, form with the order ID, attachments, reply within 24 hours.
  it('Amazon: says how to send an e-mail wherever e-mail is recommended', () => {
    for (const problem of PROBLEM_KIND_IDS) {
      const zh = channelAdvice('amazon', problem, 'zh_CN');
      const en = channelAdvice('amazon', problem, 'en');
      if (!zh.recommended.includes('email') || zh.recommended[0] === 'phone') continue;
      expect(zh.steps.join('\n'), problem).toMatch(/发送电子邮件[\s\S]*附上照片[\s\S]*24小时/);
      expect(en.steps.join('\n'), problem).toMatch(/e-mail[\s\S]*attach photos[\s\S]*24 hours/);
    }
  });

  // Seed 003: 在“帮助”页面中找到“电话号码”选项，根据您的国家或地区选择相应的号码.
  it('Amazon: the phone number is found on the help pages by country or region', () => {
    expect(channelAdvice('amazon', 'escalation', 'zh_CN').humanTip).toMatch(/帮助页面[\s\S]*国家或地区[\s\S]*电话号码/);
    expect(channelAdvice('amazon', 'escalation', 'en').humanTip).toMatch(/help pages[\s\S]*country or region/);
  });

  // Seed 003: Twitter, Facebook; a public question draws attention. Seed 001: privacy.
  it('social media: names the accounts and keeps order and personal details out of public posts', () => {
    const zh = channelAdvice('amazon', 'escalation', 'zh_CN').steps.join('\n');
    expect(zh).toMatch(/Twitter[\s\S]*Facebook/);
    const en = channelAdvice('amazon', 'escalation', 'en').steps.join('\n');
    expect(en).toMatch(/Twitter[\s\S]*Facebook/);
    for (const platform of PLATFORMS) {
      for (const lang of LANGS) {
        for (const text of adviceText(platform, 'escalation', lang)) {
          if (/公开|public/i.test(text)) expect(text, text).toMatch(/订单号|order number/);
        }
      }
    }
  });

  // Seed 001: 官网首页的“客服”链接; App 右下角“我的” → “客服中心”; 输入“人工服务”.
  it('Taobao/Tmall: both ways into the service (app and website) lead to a person', () => {
    for (const platform of ['taobao', 'tmall'] as const) {
      const zh = channelAdvice(platform, 'escalation', 'zh_CN').humanTip;
      expect(zh).toMatch(/我的[\s\S]*客服中心/);
      expect(zh).toMatch(/首页[\s\S]*客服/);
      expect(zh).toContain('人工服务');
      const en = channelAdvice(platform, 'escalation', 'en').humanTip;
      expect(en).toMatch(/Me → Customer service/);
      expect(en).toMatch(/home page/);
    }
  });
});

describe('the problem kinds added from the seeds', () => {
  it('not-shipped: seller first, then the platform; Amazon offers to cancel while it has not shipped', () => {
    for (const platform of ['amazon', 'taobao', 'tmall'] as const) {
      expect(channelAdvice(platform, 'not-shipped', 'zh_CN').recommended[0]).toBe('seller-message');
    }
    expect(channelAdvice('amazon', 'not-shipped', 'zh_CN').steps.join('\n')).toMatch(/还没发货[\s\S]*取消/);
    expect(channelAdvice('amazon', 'not-shipped', 'en').steps.join('\n')).toMatch(/cancel[\s\S]*not shipped/);
    const ids = checklist('taobao', 'not-shipped', 'zh_CN').map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['order-id', 'promised-dispatch', 'payment-proof']));
    expect(ids).not.toContain('tracking-id');
  });

  // Seed 001: self-service for simple questions (尺码查询、退换货规则), a conversation for complex ones (家电安装).
  it('product-question: self-service first, then the shop; no order links, no complaint', () => {
    for (const platform of ['taobao', 'tmall'] as const) {
      const zh = channelAdvice(platform, 'product-question', 'zh_CN');
      expect(zh.recommended[0]).toBe('seller-message');
      expect(zh.steps[0]).toMatch(/尺码[\s\S]*退换货规则/);
      expect(zh.why).toMatch(/安装/);
      expect(zh.steps.join('\n')).not.toMatch(/投诉/);
      expect(channelAdvice(platform, 'product-question', 'en').steps[0]).toMatch(/size[\s\S]*return rules/);
    }
    for (const platform of ['amazon', 'taobao', 'tmall'] as const) {
      const links = helpLinks({ platform, problem: 'product-question', orderId: '4213376587012345678' });
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((l) => !l.orderSpecific)).toBe(true);
      expect(links.map((l) => l.id).join(' ')).not.toMatch(/complaint|refund|return/);
    }
    for (const lang of LANGS) {
      const ids = checklist('amazon', 'product-question', lang).map((i) => i.id);
      expect(ids).toEqual(['item-link', 'questions', 'own-needs', 'tried']);
    }
  });

  it('every kind is in the picker list once', () => {
    expect(PROBLEM_KINDS.map((p) => p.id)).toEqual([...PROBLEM_KIND_IDS]);
  });
});

describe('checklist', () => {
  // Seed 003: 确保您已经登录正确的亚马逊账户，因为客服可能需要验证您的身份.
  it('Amazon order problems ask to be signed in to the account the order was placed with', () => {
    for (const problem of PROBLEM_KIND_IDS) {
      const ids = checklist('amazon', problem, 'zh_CN').map((i) => i.id);
      if (ids.includes('order-id')) expect(ids, problem).toContain('right-account');
      else expect(ids, problem).not.toContain('right-account');
    }
    const zh = checklist('amazon', 'not-received', 'zh_CN');
    expect(zh.find((i) => i.id === 'right-account')?.text).toMatch(/登录[\s\S]*亚马逊账户[\s\S]*核实身份/);
    const en = checklist('amazon', 'not-received', 'en');
    expect(en.find((i) => i.id === 'right-account')?.text).toMatch(/signed in[\s\S]*verify/);
    // Right after the order's ID and facts, before the evidence.
    const order = zh.map((i) => i.id);
    expect(order.indexOf('right-account')).toBe(order.indexOf('order-facts') + 1);
    const billing = checklist('amazon', 'billing-question', 'en').map((i) => i.id);
    expect(billing.indexOf('right-account')).toBe(billing.indexOf('order-id') + 1);
  });

  it('other platforms do not get the Amazon account item', () => {
    for (const platform of ['taobao', 'tmall', 'other'] as const) {
      for (const problem of PROBLEM_KIND_IDS) {
        expect(checklist(platform, problem, 'en').map((i) => i.id)).not.toContain('right-account');
      }
    }
    for (const problem of ACCOUNT) {
      expect(checklist('amazon', problem as 'cannot-login', 'en').map((i) => i.id)).not.toContain('right-account');
    }
  });
});

describe('securityReminder', () => {
  // Seed 001: 银行账户信息、密码 — never, even if "customer service" asks. Seeds 000/002/003: the official site's
  // contact page and Amazon's own help page are where the channels and numbers are.
  it('covers bank accounts and says to use only the official entrances and numbers', () => {
    const zh = securityReminder('zh_CN');
    expect(zh).toContain('银行账户');
    expect(zh).toMatch(/官方入口/);
    expect(zh).toMatch(/电话[\s\S]*官方帮助页面/);
    const en = securityReminder('en');
    expect(en).toMatch(/bank account/);
    expect(en).toMatch(/only through the official website or app/);
    expect(en).toMatch(/phone numbers only from the shop's own help pages/);
  });
});

describe('contactTips', () => {
  it.each(
    PLATFORMS.flatMap((platform) => LANGS.map((lang) => ({ platform, lang }))),
  )('$platform / $lang: the seeds’ tips, in the language', ({ platform, lang }) => {
    const tips = contactTips(platform, lang);
    expect(tips.length).toBeGreaterThanOrEqual(5);
    const all = tips.join('\n');
    if (lang === 'zh_CN') {
      // 000 技巧1–4, 003 及时反馈 / 保持冷静
      for (const word of ['订单号', '礼貌', '耐心', '冷静', '名字', '已经试过', '及时联系'])
        expect(all).toContain(word);
    } else {
      expect(all).not.toMatch(/[\u4e00-\u9fff]/);
      for (const word of ['order number', 'polite', 'patient', 'calm', "agent's name", 'already tried', 'as soon as'])
        expect(all).toContain(word);
    }
  });

  it('adds each platform’s own tip: rate the agent (Tmall/Taobao), the community (Amazon), forums (others)', () => {
    expect(contactTips('tmall', 'zh_CN').join('\n')).toMatch(/评价/);
    expect(contactTips('taobao', 'en').join('\n')).toMatch(/rate the agent/);
    expect(contactTips('amazon', 'zh_CN').join('\n')).toMatch(/社区/);
    expect(contactTips('amazon', 'en').join('\n')).toMatch(/community/);
    expect(contactTips('other', 'zh_CN').join('\n')).toMatch(/论坛/);
    expect(contactTips('other', 'en').join('\n')).toMatch(/forum/);
  });

  it('returns a fresh array each time', () => {
    contactTips('amazon', 'en').push('x');
    expect(contactTips('amazon', 'en')).not.toContain('x');
  });
});
