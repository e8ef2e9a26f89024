import type { Lang, Localized } from '../templates';
import type { HelpPlatform } from './types';

// How to talk to customer service, from the seeds' tips sections: 000 三 (礼貌沟通, 直接表达关键信息, 做好记笔记,
// 遵循指示), 001 与客服沟通技巧 and 评价客服, 002 §2 (清晰阐述问题, 保持耐心和礼貌) and 相关问题2 (保留所有沟通记录),
// 003 联系前的准备工作 (保持冷静) and 总结与建议 (及时反馈, 保持耐心, 记录交流过程, 利用社区资源); 000 一.6 社区论坛.

const COMMON: readonly Localized[] = [
  {
    // seed 000 技巧2, 002 §2.2 ("订单号是12345" rather than "我的订单出问题了"), 001 (明确指出受损部位)
    zh_CN: '一开始就说清订单号（如有）和问题，再补充细节；描述要具体，比如指出哪里坏了，而不是只说“有问题”。',
    en: 'Start with the order number (if there is one) and the problem, then add the details; be specific (say exactly what is broken) rather than just “there is a problem”.',
  },
  {
    // seed 000 技巧1, 001 ("您好""谢谢"), 002 §2.3, 003 保持冷静/保持耐心
    zh_CN: '保持礼貌和耐心，多说“您好”“谢谢”；即使等待很久也尽量冷静，对方会更愿意帮忙。',
    en: 'Stay polite and patient, with a “hello” and a “thank you”; keep calm even after a long wait, and the agent will be keener to help.',
  },
  {
    // seed 000 技巧4
    zh_CN: '按客服给的步骤操作；如果还是没有解决，告诉对方你已经试过哪些步骤。',
    en: "Follow the steps the agent gives you; if that doesn't fix it, tell them which steps you have already tried.",
  },
  {
    // seed 000 技巧3, 002 相关问题2, 003 记录交流过程
    zh_CN: '每次联系后记下客服的名字、给出的方案和时间，并保存聊天记录或截图，方便后续跟进。',
    en: "After each contact, note the agent's name, the solution offered and the time, and keep the chat log or screenshots for the follow-up.",
  },
  {
    // seed 003 及时反馈
    zh_CN: '遇到问题及时联系，不要拖延，以免问题扩大。',
    en: 'Get in touch as soon as a problem appears; waiting can make it worse.',
  },
];

// seed 001 评价客服 (written about Tmall; Taobao's service is the same).
const RATE_THE_AGENT: Localized = {
  zh_CN: '服务结束后可以给客服评价：好评是对客服的认可，差评能帮助平台发现不足、改进服务。',
  en: 'When the chat ends you can rate the agent: good ratings recognise the work, and poor ones help the platform find and fix gaps in its service.',
};

const PLATFORM_TIPS: Readonly<Record<HelpPlatform, readonly Localized[]>> = {
  amazon: [
    {
      // seed 003 利用社区资源
      zh_CN: '除了官方客服，亚马逊用户社区里也能看到其他用户的经验和建议。',
      en: "Besides customer service, Amazon's customer community is a place to read other shoppers' experience and advice.",
    },
  ],
  taobao: [RATE_THE_AGENT],
  tmall: [RATE_THE_AGENT],
  other: [
    {
      // seed 000 一.6 社区论坛, 一.4 (社交媒体上能看到其他用户的反馈)
      zh_CN:
        '有些公司（特别是技术类和游戏类）设有社区论坛，可以先搜一搜别人是否问过同样的问题，官方人员也会在论坛回复。',
      en: "Some companies, especially tech and games companies, run a community forum: search it for the same question first; the company's staff answer there too.",
    },
  ],
};

/** How to get the most out of the conversation with customer service: the seeds' general tips, then the platform's. */
export function contactTips(platform: HelpPlatform, lang: Lang): string[] {
  return [...COMMON, ...PLATFORM_TIPS[platform]].map((tip) => tip[lang]);
}
