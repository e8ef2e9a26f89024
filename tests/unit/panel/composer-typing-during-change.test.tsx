// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { OrderContext } from '../../../components/order-context';
import { TemplateComposer } from '../../../components/TemplateComposer';
import type { Lang } from '../../../lib/templates';
import { amazonOrder, byTestId, message, renderRootLifecycle, tick, type, waitFor } from '../notes-ui/helpers';

/**
 * A change that comes by itself (a rescan of the tab, the message's language or template changed) is rendered at
 * once, but the composer decides what becomes of the message in effects that run after the next paint, with `edited`
 * and `text` as that render saw them. The user's first keystroke in between (the message unedited until then) was not
 * seen: a rescan's new details went without the notice, and a new template wrote over the keystroke. As with "Rebuild
 * from template" (composer-typing-after-rebuild.test.tsx): Preact runs a render's pending effects right before the
 * next render of the component, here the keystroke's.
 */
describe('the first keystroke in the message, typed as a change is rendered', () => {
  const rootOf = renderRootLifecycle();
  const show = (ctx: OrderContext, lang: Lang = 'en') =>
    render(<TemplateComposer ctx={ctx} problem="not-received" lang={lang} copyRaw={false} history={[]} />, rootOf());
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message') as HTMLTextAreaElement;
  const offer = () => byTestId(rootOf(), 'replace-offer');
  const id = '111-0000000-0000061';
  const before: OrderContext = (() => {
    const ctx = amazonOrder(id);
    return { ...ctx, order: { ...ctx.order, shipments: [] } };
  })();
  /** The same order after a rescan: its tracking ID, total and status are now known. */
  const after: OrderContext = (() => {
    const ctx = amazonOrder(id);
    return {
      ...ctx,
      order: { ...ctx.order, total: { amount: 42.5, currency: 'USD', text: '$42.50' }, status: 'Shipped' },
    };
  })();

  it('a rescan with new details: the keystroke stays, and the user is told the details changed', async () => {
    show(before);
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const written = box().value;
    expect(written).not.toContain('1Z999AA10123456784');
    // The rescan's render, synchronous: its effects wait for the next paint. The keystroke comes before it.
    show(after);
    type(box(), `${written}\nIt was due last Monday.`);
    await tick(200);
    expect(box().value).toBe(`${written}\nIt was due last Monday.`);
    await waitFor(() => offer());
    expect(offer()?.textContent).toContain(message('orderDetailsChangedNotice'));
  });

  it('a new template: the keystroke stays, and the user is asked whether to replace the edits', async () => {
    show(before);
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const written = box().value;
    // Another source for the message, rendered by itself: in the panel, the template's wording saved in another window
    // (the stored templates' live query); a language is the change a test can render at a moment of its choosing.
    show(before, 'zh_CN');
    type(box(), `${written}\nIt was due last Monday.`);
    await tick(200);
    expect(box().value).toBe(`${written}\nIt was due last Monday.`);
    await waitFor(() => offer());
    expect(offer()?.textContent).toContain(message('editsKeptNotice'));
  });
});
