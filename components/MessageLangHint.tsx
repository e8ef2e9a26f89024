import { resolveAmazonMarketplace } from '@/lib/help/help-links';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/templates';
import type { OrderContext } from './order-context';

/**
 * The language the shop's sellers and agents write, of the two a message can be in: Chinese on Taobao, Tmall and
 * amazon.cn; English on every other Amazon storefront (amazon.de's agents write German or English, amazon.co.jp's
 * Japanese or English: none is sure to read Chinese). Null for another shop: Kefu does not know its language.
 */
export function shopMessageLang(ctx: Pick<OrderContext, 'platform' | 'marketplace'>): Lang | null {
  if (ctx.platform === 'taobao' || ctx.platform === 'tmall') return 'zh_CN';
  if (ctx.platform !== 'amazon') return null;
  return resolveAmazonMarketplace(ctx.marketplace).language.startsWith('zh') ? 'zh_CN' : 'en';
}

/**
 * Offers the shop's language when the message is in the other one. The message language is one choice for every
 * order (the last one picked, else the panel's): a shopper who writes to Taobao in Chinese got Chinese for an
 * amazon.de order too, for an agent who writes German and English. Said, not switched: the choice stays the user's.
 */
export function MessageLangHint({
  ctx,
  lang,
  onChoose,
}: {
  ctx: Pick<OrderContext, 'platform' | 'marketplace'>;
  lang: Lang;
  onChoose: (lang: Lang) => void;
}) {
  const wanted = shopMessageLang(ctx);
  if (!wanted || wanted === lang) return null;
  const shop =
    ctx.platform === 'amazon' ? resolveAmazonMarketplace(ctx.marketplace).domain : t(`platform_${ctx.platform}`);
  const said = t(wanted === 'en' ? 'messageLangHintEnglish' : 'messageLangHintChinese', shop);
  return (
    <p class="lang-hint" data-testid="message-lang-hint">
      {/* A full-width full stop carries its own space (“…看得懂中文。改用英文写”); a Latin one needs one. */}
      {said}
      {said.endsWith('。') ? '' : ' '}
      <button type="button" onClick={() => onChoose(wanted)} data-testid="message-lang-switch">
        {t(wanted === 'en' ? 'writeInEnglish' : 'writeInChinese')}
      </button>
    </p>
  );
}
