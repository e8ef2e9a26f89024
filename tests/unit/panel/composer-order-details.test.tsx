// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { OrderContext } from '../../../components/order-context';
import { TemplateComposer } from '../../../components/TemplateComposer';
import type { Lang, ProblemKind } from '../../../lib/templates';
import { amazonOrder, byTestId, click, message, renderRootLifecycle, tick, type, waitFor } from '../notes-ui/helpers';

// Code review (s20): a message edited for order A, order B shown, A's data changed meanwhile (a rescan found its
// tracking ID, its total, a new status), then A again: the edited message came back with the old facts and nothing
// said so. An edited message is kept (the user's words), but the user is told the order's details changed since it
// was written and offered "Rebuild from the template"; an unedited one simply follows the new facts.
describe("the composer when an order's details changed since its message was written", () => {
  const rootOf = renderRootLifecycle();

  const show = (ctx: OrderContext, lang: Lang = 'en', problem: ProblemKind = 'not-received') =>
    render(<TemplateComposer ctx={ctx} problem={problem} lang={lang} copyRaw={false} history={[]} />, rootOf());
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message')!;
  const offer = () => byTestId(rootOf(), 'replace-offer');

  /** Order A as first scanned: no parcel yet. Synthetic, from the panel tests' `amazonOrder` (made-up values). */
  const scannedBefore = (id: string): OrderContext => {
    const ctx = amazonOrder(id);
    return { ...ctx, order: { ...ctx.order, shipments: [] } };
  };
  /** The same order after a rescan: its tracking ID and total are now known. */
  const scannedAfter = (id: string): OrderContext => {
    const ctx = amazonOrder(id);
    return {
      ...ctx,
      order: { ...ctx.order, total: { amount: 42.5, currency: 'USD', text: '$42.50' }, status: 'Shipped' },
    };
  };
  const other = amazonOrder('111-0000000-0000099');

  it('keeps an edited draft, says the details changed, and Rebuild writes it again with the new facts', async () => {
    const id = '111-0000000-0000041';
    show(scannedBefore(id));
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const edit = `${box().value}\nIt was due last Monday.`;
    type(box(), edit);
    await tick();
    show(other);
    await waitFor(() => box().value.includes('111-0000000-0000099'));
    show(scannedAfter(id));
    await waitFor(() => box().value === edit);
    await waitFor(() => offer());
    expect(offer()?.textContent).toContain(message('orderDetailsChangedNotice'));
    // Not the notice about a new template: the template is the one the edits were made to.
    expect(offer()?.textContent).not.toContain(message('editsKeptNotice'));
    const rebuild = byTestId<HTMLButtonElement>(rootOf(), 'replace-edits')!;
    expect(rebuild.textContent).toBe(message('regenerate'));
    expect(byTestId(rootOf(), 'keep-edits')?.textContent).toBe(message('keepEdits'));

    rebuild.focus();
    click(rebuild);
    await waitFor(() => !offer());
    await waitFor(() => box().value.includes('1Z999AA10123456784'));
    expect(box().value).not.toContain('It was due last Monday.');
    expect(document.activeElement).toBe(box());
  });

  it('"Keep my edits" closes the notice, and the same details do not ask again on the next return', async () => {
    const id = '111-0000000-0000042';
    show(scannedBefore(id));
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const edit = `${box().value}\nKEEP`;
    type(box(), edit);
    await tick();
    show(other);
    await waitFor(() => box().value.includes('111-0000000-0000099'));
    show(scannedAfter(id));
    await waitFor(() => offer());
    click(byTestId(rootOf(), 'keep-edits'));
    await waitFor(() => !offer());
    expect(box().value).toBe(edit);

    show(other);
    await waitFor(() => box().value.includes('111-0000000-0000099'));
    show(scannedAfter(id));
    await waitFor(() => box().value === edit);
    await tick(50);
    expect(offer()).toBeNull();
  });

  it('an edited draft whose order did not change comes back without a notice', async () => {
    const id = '111-0000000-0000043';
    show(scannedBefore(id));
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const edit = `${box().value}\nSAME`;
    type(box(), edit);
    await tick();
    show(other);
    await waitFor(() => box().value.includes('111-0000000-0000099'));
    // A new object with the same facts (the panel re-reads the tab's orders): nothing changed.
    show(scannedBefore(id));
    await waitFor(() => box().value === edit);
    await tick(50);
    expect(offer()).toBeNull();
  });

  it('an unedited draft (only fill-ins typed) follows the new facts at once, keeping the fill-ins', async () => {
    const id = '111-0000000-0000044';
    show(scannedBefore(id));
    await waitFor(() => byTestId(rootOf(), 'missing-outcome'));
    await tick(50);
    type(byTestId(rootOf(), 'missing-outcome'), 'a full refund');
    await waitFor(() => box().value.includes('a full refund'));
    show(other);
    await waitFor(() => box().value.includes('111-0000000-0000099'));
    show(scannedAfter(id));
    await waitFor(() => box().value.includes('1Z999AA10123456784') && box().value.includes('a full refund'));
    await tick(50);
    expect(offer()).toBeNull();
  });

  it('says so too when the details change while the edited message is on screen (a rescan of the same tab)', async () => {
    const id = '111-0000000-0000045';
    show(scannedBefore(id));
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const edit = `${box().value}\nLIVE`;
    type(box(), edit);
    await tick();
    show(scannedAfter(id));
    await waitFor(() => offer());
    expect(offer()?.textContent).toContain(message('orderDetailsChangedNotice'));
    expect(box().value).toBe(edit);
  });
});
