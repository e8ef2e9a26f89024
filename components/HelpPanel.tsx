import { useState } from 'preact/hooks';
import { channelAdvice, checklist, contactTips, helpLinks, securityReminder } from '@/lib/help';
import { shownBcp47, t } from '@/lib/i18n';
import { forUi } from '@/lib/i18n/hant';
import type { Lang, ProblemKind } from '@/lib/templates';
import { checklistKeyOf, readChecklistTicks, toggleChecklistTick } from './checklist-ticks';
import { type OrderContext, orderIdentity } from './order-context';

const CHANNEL_KEYS = {
  chat: 'channelChat',
  phone: 'channelPhone',
  email: 'channelEmail',
  social: 'channelSocial',
  'seller-message': 'channelSellerMessage',
  'in-app': 'channelInApp',
  forum: 'channelForum',
} as const;

/** Where and how to ask: the right help pages, which channel and how to reach a person, what to prepare, how to talk. */
export function HelpPanel({ ctx, problem, lang }: { ctx: OrderContext; problem: ProblemKind; lang: Lang }) {
  const links = helpLinks({
    platform: ctx.platform,
    marketplace: ctx.marketplace ?? undefined,
    problem,
    orderId: ctx.order.orderId,
    manualHelpUrl: ctx.helpUrl,
    orderUrl: ctx.order.detailUrl,
    pathPrefix: ctx.pathPrefix,
  });
  const advice = channelAdvice(ctx.platform, problem, lang, ctx.marketplace);
  const reachHuman = t('reachHuman');
  const items = checklist(ctx.platform, problem, lang);
  // The ticks are checklist-ticks.ts's, by order and problem; this state only re-renders after a tick.
  const ticksKey = checklistKeyOf(problem, orderIdentity(ctx));
  const ticked = readChecklistTicks(ticksKey);
  const [, setTicks] = useState(0);
  // All of it is for the shopper, in the panel's language: in traditional characters in a zh_TW or zh_HK UI.
  const shown = (text: string) => forUi(text, lang);
  const tag = shownBcp47(lang);

  return (
    <>
      <section class="card" aria-label={t('helpLinksTitle')} data-testid="help-links">
        <h3>{t('helpLinksTitle')}</h3>
        {links.length === 0 ? (
          <p class="muted">{t('noHelpLinks')}</p>
        ) : (
          <ul class="links">
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" data-link-id={link.id} lang={tag}>
                  {shown(link.label[lang])}
                </a>
                {link.orderSpecific && <span class="badge">{t('forThisOrder')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-label={t('channelTitle')} data-testid="channel-advice">
        <h3>{t('channelTitle')}</h3>
        <p>
          {advice.recommended.map((c, i) => (
            <span key={c} class={i === 0 ? 'badge strong' : 'badge'}>
              {t(CHANNEL_KEYS[c])}
            </span>
          ))}
        </p>
        <p lang={tag}>{shown(advice.why)}</p>
        <ol lang={tag}>
          {advice.steps.map((step) => (
            <li key={step}>{shown(step)}</li>
          ))}
        </ol>
        <p>
          <strong>{reachHuman}</strong>
          {/* A full-width colon carries its own space ("找人工客服：阿里小蜜…"); a Latin one needs one. */}
          {reachHuman.endsWith('：') ? '' : ' '}
          <span lang={tag}>{shown(advice.humanTip)}</span>
        </p>
        {advice.hours && (
          <p class="muted" lang={tag}>
            {shown(advice.hours)}
          </p>
        )}
      </section>
      <section class="card" aria-label={t('checklistTitle')} data-testid="checklist">
        <h3>{t('checklistTitle')}</h3>
        <ul class="checklist" lang={tag}>
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked.has(item.id)}
                  onChange={() => {
                    toggleChecklistTick(ticksKey, item.id);
                    setTicks((n) => n + 1);
                  }}
                />{' '}
                {shown(item.text)}
              </label>
            </li>
          ))}
        </ul>
        <p class="security-reminder" role="note" lang={tag}>
          {shown(securityReminder(lang))}
        </p>
      </section>
      {/* The seeds' tips for the conversation itself: general, so folded until asked for. */}
      <details class="card fold" data-testid="contact-tips">
        <summary>{t('tipsTitle')}</summary>
        <ul lang={tag}>
          {contactTips(ctx.platform, lang).map((tip) => (
            <li key={tip}>{shown(tip)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
