import type { NotesContext } from './context';
import { exportJson, type NotesExport } from './export-json';
import { groupEntriesByCase } from './group';
import { escapeMarkdown, markdownUrl } from './markdown-escape';
import type { Case, CasePlatform, CaseStatus, Entry, EntryChannel } from './types';

export type ReportLang = 'en' | 'zh';

const LABELS = {
  en: {
    // Punctuation: a label's colon and a count's brackets (full-width in Chinese, as the panel's Chinese texts).
    colon: ': ',
    open: ' (',
    close: ')',
    report: 'Customer service case report',
    exported: 'Exported',
    platform: 'Platform',
    order: 'Order',
    shop: 'Shop',
    status: 'Status',
    followUp: 'Follow-up',
    orderDate: 'Order date',
    tracking: 'Tracking',
    total: 'Total',
    item: 'Item',
    help: 'Help page',
    created: 'Opened',
    contacts: 'Contacts',
    none: 'No contacts recorded yet.',
    agent: 'Agent',
    reference: 'Reference',
    asked: 'Asked',
    answer: 'Answer',
    promised: 'Promised',
    nextStep: 'Next step',
    satisfaction: 'Rating',
    comment: 'Comment on the service',
    // The panel's words for the same statuses and channels (notesStatus_*, notesChannel_*; a test compares them).
    status_: {
      open: 'Open',
      waiting: 'Waiting for the shop',
      resolved: 'Resolved',
      escalated: 'Escalated',
      closed: 'Closed',
    },
    platform_: { amazon: 'Amazon', taobao: 'Taobao', tmall: 'Tmall', other: 'Other shop' },
    channel: {
      chat: 'Chat',
      phone: 'Phone',
      email: 'E-mail',
      social: 'Social media',
      'seller-message': 'Message to the seller',
      'in-app': 'In the app',
      other: 'Other',
    },
  },
  zh: {
    colon: '：',
    open: '（',
    close: '）',
    report: '客服沟通记录',
    exported: '导出时间',
    platform: '平台',
    order: '订单号',
    shop: '店铺',
    status: '状态',
    followUp: '跟进时间',
    orderDate: '下单时间',
    tracking: '运单号',
    total: '实付款',
    item: '商品',
    help: '帮助页面',
    created: '创建时间',
    contacts: '联系记录',
    none: '尚无联系记录。',
    agent: '客服',
    reference: '工单号',
    asked: '询问',
    answer: '答复',
    promised: '承诺',
    nextStep: '下一步',
    satisfaction: '评分',
    comment: '评价说明',
    status_: { open: '处理中', waiting: '等待商家回复', resolved: '已解决', escalated: '已升级处理', closed: '已关闭' },
    platform_: { amazon: '亚马逊', taobao: '淘宝', tmall: '天猫', other: '其他商店' },
    channel: {
      chat: '在线客服',
      phone: '电话',
      email: '邮件',
      social: '社交媒体',
      'seller-message': '给卖家留言',
      'in-app': 'App 内',
      other: '其他',
    },
  },
} satisfies Record<
  ReportLang,
  Record<string, string | Record<CaseStatus, string> | Record<CasePlatform, string> | Record<EntryChannel, string>> & {
    status_: Record<CaseStatus, string>;
    platform_: Record<CasePlatform, string>;
    channel: Record<EntryChannel, string>;
  }
>;

export interface MarkdownOptions {
  /** One case, or all cases when omitted. */
  caseId?: string;
  lang?: ReportLang;
  /** IANA zone for times (default: the runtime's local zone). */
  timeZone?: string;
  /** The notes as the caller already read them (`exportJson`): not read a second time (see CsvOptions.data). */
  data?: NotesExport;
}

/**
 * `2024-05-01 14:03` in the given zone, for many times: one Intl formatter for them all. Built for each time (about
 * 0.2 ms each), a CSV of a large database (100,000 contacts, four times a row) took over four minutes to export.
 */
export function dateTimeFormatter(timeZone?: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (ms) => {
    const parts = format.formatToParts(new Date(ms));
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  };
}

/** `2024-05-01 14:03` in the given zone. */
export function formatDateTime(ms: number, timeZone?: string): string {
  return dateTimeFormatter(timeZone)(ms);
}

function caseSection(c: Case, entries: readonly Entry[], lang: ReportLang, t: (ms: number) => string): string {
  const L = LABELS[lang];
  const out: string[] = [`## ${escapeMarkdown(c.title) || escapeMarkdown(c.orderId ?? c.id)}`, ''];
  const facts: [string, string | undefined][] = [
    // The platform's name, then the storefront when it says more (`Amazon · amazon.de`, not `taobao · taobao`).
    [
      L.platform,
      [L.platform_[c.platform], c.marketplace && c.marketplace !== c.platform && escapeMarkdown(c.marketplace)]
        .filter(Boolean)
        .join(' · '),
    ],
    [L.order, c.orderId && escapeMarkdown(c.orderId)],
    [L.shop, c.shop && escapeMarkdown(c.shop)],
    [L.status, L.status_[c.status]],
    [L.followUp, c.followUpAt === undefined ? undefined : t(c.followUpAt)],
    [L.orderDate, c.manual?.orderDate && escapeMarkdown(c.manual.orderDate)],
    [
      L.tracking,
      c.manual?.trackingId && escapeMarkdown([c.manual.carrier, c.manual.trackingId].filter(Boolean).join(' ')),
    ],
    [L.total, c.manual?.total && escapeMarkdown(c.manual.total)],
    // As the panel's order summary writes one item bought several times: `无线耳机 ×2`.
    [
      L.item,
      c.manual?.item &&
        `${escapeMarkdown(c.manual.item)}${(c.manual.quantity ?? 1) > 1 ? ` ×${c.manual.quantity}` : ''}`,
    ],
    [L.help, c.helpUrl && markdownUrl(c.helpUrl)],
    [L.created, t(c.createdAt)],
  ];
  // `**Platform:** Amazon` / `**平台**：淘宝`. The full-width colon stays outside the bold: CommonMark does not close
  // `**` after punctuation when a letter follows (`**平台：**淘宝` shows its asterisks), a space does follow `:`.
  const fact = (label: string) =>
    L.colon.endsWith(' ') ? `**${label}${L.colon.trimEnd()}** ` : `**${label}**${L.colon}`;
  for (const [label, value] of facts) if (value) out.push(`- ${fact(label)}${value}`);
  out.push('', `### ${L.contacts}${L.open}${entries.length}${L.close}`, '');
  if (entries.length === 0) out.push(L.none, '');
  entries.forEach((e, i) => {
    const head = [t(e.at), L.channel[e.channel], e.agent && `${L.agent}${L.colon}${escapeMarkdown(e.agent)}`]
      .filter(Boolean)
      .join(' · ');
    out.push(`${i + 1}. **${head}**`);
    const lines: [string, string | undefined][] = [
      [L.reference, e.reference],
      [L.asked, e.asked],
      [L.answer, e.answer],
      [L.promised, e.promised],
      [L.nextStep, e.nextStep],
      [L.comment, e.comment],
    ];
    for (const [label, value] of lines) if (value) out.push(`   - ${label}${L.colon}${escapeMarkdown(value, '     ')}`);
    if (e.satisfaction)
      out.push(`   - ${L.satisfaction}${L.colon}${'★'.repeat(e.satisfaction)}${'☆'.repeat(5 - e.satisfaction)}`);
  });
  out.push('');
  return out.join('\n');
}

/** The report's heading in each of its languages: an import told one of these files says what it is. */
export const REPORT_TITLES: readonly string[] = Object.values(LABELS).map((labels) => labels.report);

/** A readable report (one case or all): facts, then the numbered contact timeline. All user text is escaped. */
export async function exportMarkdown(
  ctx: NotesContext,
  { caseId, lang = 'en', timeZone, data: read }: MarkdownOptions = {},
): Promise<string> {
  const data = read ?? (await exportJson(ctx));
  const byCase = groupEntriesByCase(data.entries);
  const cases = caseId ? data.cases.filter((c) => c.id === caseId) : data.cases;
  const L = LABELS[lang];
  const time = dateTimeFormatter(timeZone);
  const head = `# ${L.report}\n\n${L.exported}${L.colon}${time(ctx.now())}\n\n`;
  return head + cases.map((c) => caseSection(c, byCase.get(c.id) ?? [], lang, time)).join('\n');
}
